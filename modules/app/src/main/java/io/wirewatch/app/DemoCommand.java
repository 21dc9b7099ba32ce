package io.wirewatch.app;

import io.wirewatch.app.config.ConsoleSection;
import io.wirewatch.app.config.FeedConfig;
import io.wirewatch.app.config.KafkaConfig;
import io.wirewatch.app.config.OpsSection;
import io.wirewatch.app.config.StreamsSection;
import io.wirewatch.app.config.WirewatchConfig;
import io.wirewatch.app.demo.DemoFeeds;
import io.wirewatch.app.demo.DemoOutlet;
import io.wirewatch.app.ops.Readiness;
import io.wirewatch.app.ops.Telemetry;
import io.wirewatch.model.Article;
import io.wirewatch.poller.FeedSource;
import io.wirewatch.poller.PollReport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code wirewatch demo}: the whole pipeline on this machine, no internet needed. Two outlets
 * served on loopback publish an hour apart; the embedded broker, the poller, the topology and the
 * console sink run until every article is judged and every alert printed.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the whole pipeline on bundled feeds served on loopback, print the alerts, exit.")
final class DemoCommand implements Callable<Integer> {

    @Option(names = {"-c", "--config"}, defaultValue = "config/wirewatch.yaml",
            description = "Configuration whose gazetteer, topics and thresholds the demo uses (default: ${DEFAULT-VALUE}).")
    Path config;

    @Option(names = "--data-dir", defaultValue = "data/demo",
            description = "Where the demo's broker and state live; emptied at start (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--json", description = "Print alerts as JSON lines.")
    boolean json;

    @Option(names = "--timeout", defaultValue = "PT2M", description = "Give up after this long (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    PrintStream out = System.out;

    @Override
    public Integer call() throws Exception {
        WirewatchConfig base = WirewatchConfig.load(config);
        wipe(dataDir);
        Instant start = Instant.now();
        // Feeds carry whole seconds.
        Instant published = start.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        try (DemoFeeds feeds = DemoFeeds.start(published)) {
            WirewatchConfig demo = demoConfig(base, feeds, dataDir, json);
            out.println("wirewatch demo: " + feeds.outlets().size() + " outlets on loopback, embedded Kafka in "
                    + dataDir.resolve("kafka") + "\n");
            try (Telemetry telemetry = new Telemetry("demo");
                 Service service = Service.open(demo, Role.ALL, out, telemetry, new Readiness());
                 ArticleWatch judged = new ArticleWatch(service.kafka())) {
                int expected = 0;
                for (FeedSource feed : service.poller().feeds()) {
                    PollReport report = service.poller().pollOnce(feed);
                    if (!report.ok()) {
                        out.println("demo feed " + feed.id() + " failed: " + report.error());
                        return 1;
                    }
                    expected += report.published();
                    // The next outlet publishes later: let the topology judge this one first.
                    if (!judged.awaitArticles(expected, timeout)) {
                        out.println("the topology judged " + judged.articles().size() + " of " + expected
                                + " articles within " + timeout.toSeconds() + " s");
                        return 1;
                    }
                }
                int alerts = AlertBacklog.committedAlerts(service.kafka(), timeout);
                if (!service.awaitDelivered(alerts, timeout)) {
                    out.println("the console sink printed fewer than " + alerts + " alerts within " + timeout.toSeconds() + " s");
                    return 1;
                }
                printStories(judged.articles());
                out.printf("%d articles, %d alerts, %.1f s%n", expected, alerts,
                        Duration.between(start, Instant.now()).toMillis() / 1000.0);
                return 0;
            }
        }
    }

    /** The base config with the demo's outlets, a fresh embedded broker under {@code dataDir}, no ops port. */
    static WirewatchConfig demoConfig(WirewatchConfig base, DemoFeeds feeds, Path dataDir, boolean json) {
        List<FeedConfig> feedConfigs = feeds.outlets().stream()
                .map((DemoOutlet o) -> new FeedConfig(o.id(), o.name(), feeds.feedUrl(o), Duration.ofMinutes(5)))
                .toList();
        KafkaConfig kafka = new KafkaConfig("", dataDir.resolve("kafka").toString(), 0, base.kafka().partitions(), 1, null);
        StreamsSection streams = new StreamsSection("wirewatch-demo", dataDir.resolve("streams").toString(), 1,
                base.streams().commitInterval());
        return base.withKafka(kafka).withStreams(streams).withFeeds(feedConfigs)
                .withConsole(new ConsoleSection(true, json)).withOps(new OpsSection(false, null, null));
    }

    private void printStories(List<Article> articles) {
        Map<String, List<Article>> stories = articles.stream()
                .collect(Collectors.groupingBy(Article::storyId, LinkedHashMap::new, Collectors.toList()));
        out.println("Stories:");
        stories.forEach((id, members) -> {
            out.println("  " + id + "  " + members.get(0).title());
            members.stream().sorted(Comparator.comparing(Article::published)).forEach(a -> out.printf(
                    "      %-8s %.2f  %s%n", a.relation(), a.similarity() == null ? 1.0 : a.similarity(), a.source()));
        });
        out.println();
    }

    private static void wipe(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
