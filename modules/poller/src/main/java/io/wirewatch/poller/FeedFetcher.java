package io.wirewatch.poller;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;
import javax.net.ssl.SSLException;

/**
 * Downloads feed documents politely: one conditional GET per poll.
 *
 * <p>In: a feed URL and the {@link Validators} of the last successful fetch. Out: a
 * {@link FetchResult} (200 with body, 304, or a failure with a one-line reason); HTTP and network
 * problems never escape as exceptions.
 *
 * <p>Sends If-None-Match (ETag verbatim) and If-Modified-Since, asks for gzip or deflate and
 * decodes it itself (HttpClient does not), identifies itself with an informative User-Agent,
 * follows up to {@value #MAX_REDIRECTS} redirects (never https to http) and says when all were
 * permanent, reads the server's freshness hints, enforces a connect timeout, a deadline for the
 * whole exchange, and a body size cap while the body streams in and again after decoding.
 */
public final class FeedFetcher implements AutoCloseable {

    private static final String FEED_ACCEPT =
            "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5";

    private static final int MAX_REDIRECTS = 5;

    private static final String HEADERS_TIMED_OUT = "timed out waiting for the response";

    private final PollerSettings settings;
    private final ExecutorService executor;
    private final HttpClient client;

    public FeedFetcher(PollerSettings settings) {
        this.settings = settings;
        // Our own executor so close() really releases HttpClient's threads (Java 17's client is not closeable).
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "wirewatch-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(executor)
                .build();
    }

    /**
     * Fetches {@code url}, conditionally when {@code validators} are known. Never throws.
     *
     * <p>Redirects are followed here, not by HttpClient, so the result can say whether every hop
     * was permanent (the poller moves a feed only after a 301 repeats) and so https never
     * downgrades to http. The deadline covers all hops together.
     */
    public FetchResult fetch(URI url, Validators validators) {
        Validators sent = validators == null ? Validators.NONE : validators;
        long deadline = System.nanoTime() + settings.requestTimeout().toNanos();
        URI current = url;
        boolean allPermanent = true;
        for (int hop = 0; ; hop++) {
            HttpRequest request;
            try {
                request = request(current, sent);
            } catch (IllegalArgumentException e) {
                return new FetchResult.Failed(0, "invalid request: " + oneLine(e.getMessage()), null);
            }
            HttpResponse<byte[]> response;
            CompletableFuture<HttpResponse<byte[]>> exchange = client.sendAsync(request, this::bodyHandler);
            try {
                // HttpRequest.timeout only covers the wait for the response headers; this covers the body too.
                response = exchange.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                exchange.cancel(true); // since JDK 16 this aborts the underlying exchange
                return new FetchResult.Failed(0, "timed out after " + human(settings.requestTimeout()), null);
            } catch (InterruptedException e) {
                exchange.cancel(true);
                Thread.currentThread().interrupt();
                return new FetchResult.Failed(0, "interrupted", null);
            } catch (ExecutionException e) {
                // HttpClient's own timeout (headers late) and ours (body late) read the same to operators.
                String reason = reason(e.getCause());
                return new FetchResult.Failed(0, reason.equals(HEADERS_TIMED_OUT)
                        ? "timed out after " + human(settings.requestTimeout()) : reason, null);
            } catch (RuntimeException e) {
                return new FetchResult.Failed(0, reason(e), null);
            }
            int status = response.statusCode();
            if (!isRedirect(status)) {
                return interpret(response, hop > 0 && allPermanent ? current : null);
            }
            String location = response.headers().firstValue("Location").orElse(null);
            if (location == null || location.isBlank()) {
                return new FetchResult.Failed(status, "HTTP " + status + " without a Location", null);
            }
            if (hop >= MAX_REDIRECTS) {
                return new FetchResult.Failed(status, "HTTP " + status + ": more than " + MAX_REDIRECTS + " redirects", null);
            }
            URI next;
            try {
                next = current.resolve(location.strip());
            } catch (IllegalArgumentException e) {
                return new FetchResult.Failed(status, "HTTP " + status + " to an invalid Location", null);
            }
            String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || next.getHost() == null) {
                return new FetchResult.Failed(status, "HTTP " + status + " to a non-http(s) Location", null);
            }
            if (scheme.equals("http") && "https".equalsIgnoreCase(current.getScheme())) {
                return new FetchResult.Failed(status, "HTTP " + status + ": redirect from https to http refused", null);
            }
            allPermanent &= status == 301 || status == 308;
            current = next;
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private HttpRequest request(URI url, Validators validators) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(url)
                .GET()
                .timeout(settings.requestTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", FEED_ACCEPT)
                .header("Accept-Encoding", "gzip, deflate");
        if (validators.etag() != null) {
            builder.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            builder.header("If-Modified-Since", validators.lastModified());
        }
        return builder.build();
    }

    private HttpResponse.BodySubscriber<byte[]> bodyHandler(HttpResponse.ResponseInfo info) {
        if (info.statusCode() / 100 != 2) {
            // Error pages and redirects: nothing to parse, don't buffer them.
            return HttpResponse.BodySubscribers.replacing(new byte[0]);
        }
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1L);
        return new CappedBodySubscriber(settings.maxBodyBytes(), declared);
    }

    private FetchResult interpret(HttpResponse<byte[]> response, URI movedTo) {
        int status = response.statusCode();
        Duration freshFor = Freshness.of(response.headers(), Instant.now());
        Validators validators = new Validators(
                response.headers().firstValue("ETag").orElse(null),
                response.headers().firstValue("Last-Modified").orElse(null));
        if (status == 304) {
            return new FetchResult.NotModified(validators, movedTo, freshFor);
        }
        if (status / 100 != 2 || status == 204) {
            String reason = "HTTP " + status;
            Duration retryAfter = status == 429 || status == 503
                    ? retryAfter(response.headers().firstValue("Retry-After").orElse(null), Instant.now())
                    : null;
            return new FetchResult.Failed(status, reason, retryAfter);
        }
        byte[] body = response.body();
        String encoding = response.headers().firstValue("Content-Encoding").orElse("").strip().toLowerCase(Locale.ROOT);
        // Some servers serve pre-compressed files without the header: the gzip magic cannot start an XML document.
        boolean gzipped = encoding.equals("gzip") || encoding.equals("x-gzip")
                || body.length > 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b;
        if (gzipped) {
            try {
                body = gunzip(body, settings.maxBodyBytes());
            } catch (IOException e) {
                return new FetchResult.Failed(status, reason(e), null);
            }
        } else if (encoding.equals("deflate")) {
            try {
                body = inflate(body, settings.maxBodyBytes());
            } catch (IOException e) {
                return new FetchResult.Failed(status, reason(e), null);
            }
        } else if (!encoding.isEmpty() && !encoding.equals("identity")) {
            return new FetchResult.Failed(status, "unsupported Content-Encoding " + oneLine(encoding), null);
        }
        return new FetchResult.Fetched(status, body, response.headers().firstValue("Content-Type").orElse(null),
                validators, response.uri(), movedTo, freshFor);
    }

    /** Gunzips with the same cap as the wire, so a small gzip bomb cannot blow the heap. */
    static byte[] gunzip(byte[] compressed, long cap) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return readCapped(in, compressed.length, cap);
        } catch (ZipException | java.io.EOFException e) {
            throw new IOException("invalid gzip body: " + oneLine(e.getMessage()), e);
        }
    }

    /** Reads a decompressing stream to its end, refusing more than {@code cap} bytes of output. */
    private static byte[] readCapped(InputStream in, int compressedLength, long cap) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, compressedLength * 4));
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) >= 0; ) {
            total += n;
            if (total > cap) {
                throw new CappedBodySubscriber.BodyTooLargeException(cap);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /**
     * Inflates a "deflate" body with the same cap as gzip. RFC 9110 means zlib-wrapped data, but
     * some servers send raw deflate: the zlib header decides.
     */
    static byte[] inflate(byte[] compressed, long cap) throws IOException {
        boolean zlib = compressed.length > 1 && (compressed[0] & 0x0f) == 8
                && (((compressed[0] & 0xff) << 8) | (compressed[1] & 0xff)) % 31 == 0;
        Inflater inflater = new Inflater(!zlib);
        try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(compressed), inflater)) {
            return readCapped(in, compressed.length, cap);
        } catch (ZipException | java.io.EOFException e) {
            throw new IOException("invalid deflate body: " + oneLine(e.getMessage()), e);
        } finally {
            inflater.end();
        }
    }

    /** Retry-After as delay-seconds or HTTP-date; null when absent or unreadable. */
    static Duration retryAfter(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
        try {
            long seconds = Long.parseLong(value);
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }

    /** A one-line reason for a failed exchange, from the innermost meaningful cause. Never the URL. */
    static String reason(Throwable error) {
        Throwable e = error;
        for (int depth = 0; e != null && depth < 8; depth++, e = e.getCause()) {
            if (e instanceof CappedBodySubscriber.BodyTooLargeException) {
                return e.getMessage();
            }
            if (e instanceof HttpConnectTimeoutException) {
                return "connect timed out";
            }
            if (e instanceof HttpTimeoutException) {
                return HEADERS_TIMED_OUT;
            }
            if (e instanceof ConnectException && !(e.getCause() instanceof UnresolvedAddressException)) {
                return "connection refused or unreachable";
            }
            if (e instanceof UnresolvedAddressException || e instanceof java.net.UnknownHostException) {
                return "host not found";
            }
            if (e instanceof SSLException) {
                return "TLS failure: " + oneLine(e.getMessage());
            }
            if (e.getMessage() != null && (e.getMessage().startsWith("invalid gzip body") || e.getMessage().startsWith("invalid deflate body"))) {
                return e.getMessage();
            }
        }
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + oneLine(message));
    }

    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        // One line, and no query strings: URLs in exception messages may carry tokens.
        String line = text.strip().replaceAll("\\s+", " ").replaceAll("(https?://[^\\s?#]*)\\?\\S*", "$1?…");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private static String human(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
