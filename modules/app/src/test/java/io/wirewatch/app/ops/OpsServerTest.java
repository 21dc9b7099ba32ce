package io.wirewatch.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpsServerTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final AtomicBoolean topologyRunning = new AtomicBoolean(false);
    private Telemetry telemetry;
    private OpsServer server;

    @BeforeEach
    void serve() {
        telemetry = new Telemetry("topology");
        Readiness readiness = new Readiness();
        readiness.register("topology", () -> new Readiness.Check(topologyRunning.get(),
                topologyRunning.get() ? "RUNNING" : "REBALANCING"));
        server = OpsServer.start("127.0.0.1", 0, telemetry.registry(), readiness);
    }

    @AfterEach
    void stop() {
        server.close();
        telemetry.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void metricsArePrometheusTextWithTheRoleTag() throws Exception {
        // Given a counter of our own
        telemetry.registry().counter("wirewatch.test.articles", "feed", "wire-a").increment(3);

        // When Prometheus scrapes
        HttpResponse<String> metrics = get("/metrics");

        // Then our meter and the JVM's are there, tagged with the role
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        assertThat(metrics.body()).contains("wirewatch_test_articles_total{feed=\"wire-a\",role=\"topology\"} 3.0")
                .contains("jvm_memory_used_bytes");
    }

    @Test
    void readinessFollowsThePartsWhileLivenessStaysUp() throws Exception {
        // Given a topology still rebalancing
        HttpResponse<String> notYet = get("/health/ready");
        assertThat(notYet.statusCode()).isEqualTo(503);
        assertThat(notYet.body()).contains("\"status\":\"DOWN\"", "\"state\":\"REBALANCING\"");
        assertThat(get("/health/live").statusCode()).isEqualTo(200);

        // When it runs
        topologyRunning.set(true);

        // Then the process is ready
        HttpResponse<String> ready = get("/health/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"status\":\"UP\"", "\"state\":\"RUNNING\"");
    }

    @Test
    void aProcessWithNoPartsIsNotReady() {
        assertThat(new Readiness().ready()).isFalse();
    }
}
