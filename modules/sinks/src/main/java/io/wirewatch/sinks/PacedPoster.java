package io.wirewatch.sinks;

import io.wirewatch.sinks.config.Destination;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs JSON to one destination at its pace and retries what a retry can fix.
 *
 * <p>In: a body and the headers to sign it with. Out: returns once the server answered 2xx. The
 * answers are told apart as mature tools do: 429 waits the server's Retry-After (seconds) and spends
 * the burst; 5xx, I/O errors and timeouts back off exponentially (1 s doubling, bounded by
 * {@code maxBackoff}, {@code maxAttempts} tries); any other 4xx is final: {@link DeliveryRejected}.
 * The URL never appears in a log or an exception.
 */
public final class PacedPoster {

    private static final Logger LOG = LoggerFactory.getLogger(PacedPoster.class);
    /** A server that only ever answers 429 is broken, not busy; after this many the alert is dead-lettered. */
    static final int MAX_RATE_LIMITED = 50;
    private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);

    private final Destination destination;
    private final HttpClient client;
    private final TokenBucket bucket;
    private final URI uri;
    private final DeliveryListener listener;

    public PacedPoster(Destination destination) {
        this(destination, DeliveryListener.NONE);
    }

    /** A poster that tells {@code listener} of every retry (for metrics). */
    public PacedPoster(Destination destination, DeliveryListener listener) {
        this.destination = destination;
        this.listener = listener;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(destination.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.bucket = new TokenBucket(destination.ratePerSecond(), destination.burst());
        this.uri = URI.create(destination.url().reveal());
    }

    /**
     * @param body    the JSON body
     * @param headers extra headers for one attempt (a webhook signs each attempt afresh, so its
     *                timestamp stays current)
     */
    public void post(byte[] body, Function<byte[], Map<String, String>> headers)
            throws DeliveryRejected, InterruptedException {
        int failures = 0;
        int rateLimited = 0;
        String lastProblem = "";
        while (true) {
            bucket.take();
            HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                    .timeout(destination.timeout())
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", "wirewatch/0.1 (+https://github.com/wirewatch)")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            headers.apply(body).forEach(request::header);
            Duration wait;
            try {
                HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status >= 200 && status < 300) {
                    return;
                }
                // A server may echo the request path, where Slack keeps its token.
                lastProblem = destination.url().redact("HTTP " + status + snippet(response.body()));
                if (status == 429) {
                    if (++rateLimited > MAX_RATE_LIMITED) {
                        throw new DeliveryRejected(destination.name() + ": still rate limited after "
                                + MAX_RATE_LIMITED + " waits (" + lastProblem + ")");
                    }
                    bucket.drain();
                    listener.retried(destination.name(), "rate_limited");
                    wait = retryAfter(response.headers().firstValue("Retry-After"));
                    LOG.info("{}: rate limited, waiting {} ms as the server asks", destination.name(), wait.toMillis());
                    Thread.sleep(wait.toMillis());
                    continue;
                }
                if (status < 500) {
                    throw new DeliveryRejected(destination.name() + ": " + lastProblem);
                }
            } catch (IOException e) {
                // Timeouts land here too (HttpTimeoutException). The request may have reached the
                // server: a retry can then post twice, the one duplicate at-least-once allows.
                lastProblem = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            }
            lastProblem = destination.url().redact(lastProblem);
            if (++failures >= destination.maxAttempts()) {
                throw new DeliveryRejected(destination.name() + ": gave up after " + failures + " attempts, last: "
                        + lastProblem);
            }
            listener.retried(destination.name(), lastProblem.startsWith("HTTP ") ? "http_5xx" : "network");
            wait = backoff(failures);
            LOG.warn("{}: attempt {} failed ({}); retrying in {} ms", destination.name(), failures, lastProblem,
                    wait.toMillis());
            Thread.sleep(wait.toMillis());
        }
    }

    /** 1 s, 2 s, 4 s ... never above {@code maxBackoff}. */
    Duration backoff(int failures) {
        long ms = 1000L << Math.min(failures - 1, 20);
        return Duration.ofMillis(Math.min(ms, destination.maxBackoff().toMillis()));
    }

    static Duration retryAfter(Optional<String> header) {
        if (header.isPresent() && header.get().trim().matches("\\d{1,6}")) {
            return Duration.ofSeconds(Long.parseLong(header.get().trim()));
        }
        // Slack sends seconds; an HTTP date or nothing gets the conservative one second.
        return DEFAULT_RETRY_AFTER;
    }

    private String snippet(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String line = body.strip().replaceAll("\\s+", " ");
        return " " + (line.length() > 200 ? line.substring(0, 200) + "…" : line);
    }

    public String destinationName() {
        return destination.name();
    }
}
