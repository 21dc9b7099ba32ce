package io.wirewatch.sinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.sinks.config.Destination;
import io.wirewatch.sinks.config.DestinationType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** How the HTTP sinks tell 429, 5xx, other 4xx and a slow server apart. */
class PacedPosterTest {

    private static final byte[] BODY = "{\"text\":\"hi\"}".getBytes(StandardCharsets.UTF_8);

    private static Destination destination(String url, int attempts, Duration timeout) {
        return new Destination("test", DestinationType.SLACK, new Secret("URL", url), null, 100, 10, 0, timeout,
                attempts, Duration.ofMillis(20), false);
    }

    @Test
    void a429IsWaitedOutAsTheServerAsksThenTheMessageGoes() throws Exception {
        // Given a server that answers the first request 429 with Retry-After: 1
        AtomicInteger n = new AtomicInteger();
        try (ScriptedServer server = new ScriptedServer(r -> n.getAndIncrement() == 0
                ? new ScriptedServer.Answer(429, "rate_limited", Map.of("Retry-After", "1"), 0)
                : ScriptedServer.Answer.of(200))) {
            // When a message is posted
            new PacedPoster(destination(server.url("/s"), 3, Duration.ofSeconds(5))).post(BODY, b -> Map.of());

            // Then it went on the second request, which did not come before the Retry-After ran out
            assertThat(server.requests()).hasSize(2);
            assertThat(server.violations()).isZero();
        }
    }

    @Test
    void serverErrorsAreRetriedWithBackoffUntilOneGoesThroughAndEachRetryIsTold() throws Exception {
        AtomicInteger n = new AtomicInteger();
        java.util.List<String> retries = new java.util.concurrent.CopyOnWriteArrayList<>();
        DeliveryListener listener = new DeliveryListener() {
            @Override
            public void retried(String destination, String reason) {
                retries.add(destination + ":" + reason);
            }
        };
        try (ScriptedServer server = new ScriptedServer(r -> ScriptedServer.Answer.of(n.getAndIncrement() < 2 ? 503 : 200))) {
            new PacedPoster(destination(server.url("/s"), 5, Duration.ofSeconds(5)), listener).post(BODY, b -> Map.of());
            assertThat(server.requests()).hasSize(3);
            assertThat(retries).containsExactly("test:http_5xx", "test:http_5xx");
        }
    }

    @Test
    void aClientErrorIsFinalAndNotRetried() throws Exception {
        try (ScriptedServer server = new ScriptedServer(r -> new ScriptedServer.Answer(404, "no_service", Map.of(), 0))) {
            PacedPoster poster = new PacedPoster(destination(server.url("/s"), 5, Duration.ofSeconds(5)));
            assertThatThrownBy(() -> poster.post(BODY, b -> Map.of()))
                    .isInstanceOf(DeliveryRejected.class).hasMessage("test: HTTP 404 no_service");
            assertThat(server.requests()).hasSize(1);
        }
    }

    @Test
    void aSlowServerTimesOutAndTheAttemptsAreBounded() throws Exception {
        // Given a server that takes two seconds to answer, and a 200 ms timeout
        try (ScriptedServer server = new ScriptedServer(r -> new ScriptedServer.Answer(200, "", Map.of(), 2000))) {
            PacedPoster poster = new PacedPoster(destination(server.url("/services/T1/B1/tok3n"), 2, Duration.ofMillis(200)));

            // Then two attempts time out and the alert is given up on, the URL not named
            assertThatThrownBy(() -> poster.post(BODY, b -> Map.of()))
                    .isInstanceOf(DeliveryRejected.class)
                    .hasMessageContaining("gave up after 2 attempts")
                    .hasMessageContaining("HttpTimeoutException")
                    .hasMessageNotContaining("tok3n");
            assertThat(server.requests()).hasSize(2);
        }
    }

    @Test
    void backoffDoublesAndIsBounded() {
        PacedPoster poster = new PacedPoster(new Destination("t", DestinationType.SLACK, new Secret("U", "http://127.0.0.1:1/"),
                null, 1, 1, 0, Duration.ofSeconds(1), 10, Duration.ofSeconds(5), false));
        assertThat(poster.backoff(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(poster.backoff(3)).isEqualTo(Duration.ofSeconds(4));
        assertThat(poster.backoff(9)).isEqualTo(Duration.ofSeconds(5));
    }
}
