package io.wirewatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.Alert;
import io.wirewatch.model.AlertFact;
import io.wirewatch.model.AlertType;
import io.wirewatch.model.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo end to end on a real embedded Kafka broker: loopback feeds, the poller, the topology
 * with exactly-once, and the console sink, exactly as `./wirewatch demo` runs it.
 */
class DemoPipelineTest {

    @TempDir
    static Path dataDir;
    static int exitCode;
    static String output;
    static List<Alert> alerts;

    @BeforeAll
    static void runTheDemo() throws Exception {
        // Given the bundled demo outlets and the project's config
        DemoCommand demo = new DemoCommand();
        demo.config = Path.of("../../config/wirewatch.yaml");
        demo.dataDir = dataDir.resolve("demo");
        demo.json = true;
        demo.timeout = Duration.ofSeconds(90);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        demo.out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        // When the demo runs
        exitCode = demo.call();
        output = bytes.toString(StandardCharsets.UTF_8);
        alerts = output.lines().filter(l -> l.startsWith("{")).map(l -> Json.read(l, Alert.class)).toList();
    }

    @Test
    void theDemoEndsWellAndPrintsItsStories() {
        assertThat(exitCode).as(output).isZero();
        assertThat(output).contains("Stories:", "5 articles");
    }

    @Test
    void theSeedVersionsAreOneStoryWithNewStoryThenNewFacts() {
        List<Alert> seedStory = alerts.stream()
                .filter(a -> a.headline().startsWith("Top Russian Security Official Meets Kim Jong Un")).toList();
        assertThat(seedStory).extracting(Alert::type).containsExactly(AlertType.NEW_STORY, AlertType.NEW_FACTS);
        assertThat(seedStory).extracting(Alert::storyId).containsOnly(seedStory.get(0).storyId());

        Alert opened = seedStory.get(0);
        assertThat(opened.source()).isEqualTo("Eastern Ledger");
        assertThat(opened.entities()).extracting(e -> e.name()).contains("Sergei Shoigu", "Kim Jong Un", "North Korea");

        Alert moved = seedStory.get(1);
        assertThat(moved.source()).isEqualTo("Global Dispatch");
        assertThat(moved.sources()).containsExactly("Eastern Ledger", "Global Dispatch");
        assertThat(moved.facts()).extracting(AlertFact::text)
                .anyMatch(t -> t.contains("first major joint military exercises since the inauguration"))
                .anyMatch(t -> t.contains("supplying a vast amount of conventional weapons"))
                .noneMatch(t -> t.startsWith("Also Read") || t.startsWith("Key Points") || t.startsWith("Recent News"));
    }

    @Test
    void unrelatedArticlesAreSeparateStories() {
        Map<String, List<Alert>> byStory = alerts.stream().collect(Collectors.groupingBy(Alert::storyId));
        assertThat(byStory).hasSize(4);
        assertThat(alerts).filteredOn(a -> a.type() == AlertType.NEW_STORY).extracting(Alert::headline)
                .anyMatch(h -> h.startsWith("European Central Bank holds rates"))
                .anyMatch(h -> h.startsWith("Storm Idris floods"))
                .anyMatch(h -> h.startsWith("North Korea fires ballistic missile"));
    }

    @Test
    void alertsFollowTheDocumentedContract() {
        assertThat(alerts).isNotEmpty().allSatisfy(a -> {
            assertThat(a.schemaVersion()).isEqualTo(Alert.SCHEMA_VERSION);
            assertThat(a.id()).startsWith("alert-");
            assertThat(a.storyId()).startsWith("story-");
            assertThat(a.articleId()).isNotBlank();
            assertThat(a.time()).isNotNull();
            assertThat(a.url()).startsWith("http://127.0.0.1:");
        });
        assertThat(alerts).extracting(Alert::id).doesNotHaveDuplicates();
    }
}
