package io.wirewatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.app.config.WirewatchConfig;
import io.wirewatch.app.demo.DemoFeeds;
import io.wirewatch.app.ops.OpsServer;
import io.wirewatch.app.ops.Readiness;
import io.wirewatch.app.ops.Telemetry;
import io.wirewatch.model.Json;
import io.wirewatch.poller.FeedSource;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Prometheus scrapes a demo-sized run, then every PromQL query of every panel of the Grafana
 * dashboard must return data: a panel whose metric was renamed or never recorded fails here, not
 * on a newsroom's wall. Skips where Prometheus is not installed (.ci/run installs Debian's).
 */
class PrometheusDashboardTest {

    private static final Path DASHBOARD = Path.of("../../deploy/grafana/dashboards/wirewatch.json");
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void everyPanelQueryReturnsDataAfterADemoSizedRun() throws Exception {
        Path prometheus = Stream.of("/usr/bin/prometheus", "/usr/local/bin/prometheus").map(Path::of)
                .filter(Files::isExecutable).findFirst().orElse(null);
        assumeTrue(prometheus != null, "prometheus is not installed (apt-get install prometheus); .ci/run installs it");

        // Given the demo outlets, the whole pipeline with a routed destination, and its /metrics
        WirewatchConfig base = WirewatchConfig.load(configRoutingEverythingToAConsole());
        try (DemoFeeds feeds = DemoFeeds.start(Instant.now().truncatedTo(ChronoUnit.SECONDS));
             Telemetry telemetry = new Telemetry("all")) {
            Readiness readiness = new Readiness();
            WirewatchConfig config = DemoCommand.demoConfig(base, feeds, dir.resolve("demo"), true);
            PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
            try (OpsServer ops = OpsServer.start("127.0.0.1", 0, telemetry.registry(), readiness);
                 Service service = Service.open(config, Role.ALL, quiet, telemetry, readiness);
                 ArticleWatch judged = new ArticleWatch(service.kafka())) {

                // And a real Prometheus scraping it every second
                int promPort = freePort();
                Process server = startPrometheus(prometheus, ops.port(), promPort);
                try {
                    awaitQuery(promPort, "up == 1", Duration.ofSeconds(60));

                    // When the outlets are polled and everything is judged and delivered
                    int expected = 0;
                    for (FeedSource feed : service.poller().feeds()) {
                        expected += service.poller().pollOnce(feed).published();
                    }
                    assertThat(judged.awaitArticles(expected, Duration.ofSeconds(90))).isTrue();
                    // Two scrapes after the last change give every rate() two samples that differ.
                    Thread.sleep(3000);

                    // Then every panel's every query returns data
                    Map<String, Integer> resultsByQuery = new LinkedHashMap<>();
                    for (String query : panelQueries()) {
                        JsonNode answer = query(promPort, query);
                        assertThat(answer.get("status").asText()).as(query).isEqualTo("success");
                        resultsByQuery.put(query, answer.get("data").get("result").size());
                    }
                    assertThat(resultsByQuery).isNotEmpty().allSatisfy((query, results) ->
                            assertThat(results).as("series for " + query).isPositive());
                } finally {
                    server.destroy();
                    server.waitFor();
                }
            }
        }
    }

    /** The project's config, with config/alerts.yaml replaced by one routing every alert to a console. */
    private Path configRoutingEverythingToAConsole() throws Exception {
        Path config = Files.createDirectories(dir.resolve("config"));
        try (Stream<Path> files = Files.list(Path.of("../../config"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                Files.copy(file, config.resolve(file.getFileName()));
            }
        }
        Files.writeString(config.resolve("alerts.yaml"), """
                destinations:
                  - name: desk
                    type: console
                    json: true
                routes:
                  - destinations: [desk]
                """);
        return config.resolve("wirewatch.yaml");
    }

    private static List<String> panelQueries() throws Exception {
        List<String> queries = new ArrayList<>();
        for (JsonNode panel : Json.mapper().readTree(DASHBOARD.toFile()).get("panels")) {
            panel.get("targets").forEach(t -> queries.add(t.get("expr").asText()));
        }
        return queries;
    }

    private Process startPrometheus(Path binary, int target, int port) throws Exception {
        Path config = dir.resolve("prometheus.yml");
        Files.writeString(config, """
                global:
                  scrape_interval: 1s
                scrape_configs:
                  - job_name: wirewatch
                    static_configs:
                      - targets: ["127.0.0.1:%d"]
                """.formatted(target));
        return new ProcessBuilder(binary.toString(), "--config.file=" + config,
                "--storage.tsdb.path=" + dir.resolve("tsdb"), "--web.listen-address=127.0.0.1:" + port)
                .redirectErrorStream(true).redirectOutput(dir.resolve("prometheus.log").toFile()).start();
    }

    private void awaitQuery(int port, String query, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                JsonNode answer = query(port, query);
                if (answer.get("data").get("result").size() > 0) {
                    return;
                }
            } catch (java.io.IOException notYetListening) {
                // Prometheus is still starting.
            }
            assertThat(System.nanoTime()).as("Prometheus answered " + query).isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    private JsonNode query(int port, String query) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + port + "/api/v1/query?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        return Json.mapper().readTree(response.body());
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
