package io.wirewatch.topology;

import io.wirewatch.analysis.cluster.ClusterSettings;
import io.wirewatch.analysis.entities.Gazetteer;
import io.wirewatch.analysis.entities.TopicRules;
import io.wirewatch.analysis.facts.NoveltySettings;
import io.wirewatch.model.KafkaConnection;
import io.wirewatch.model.RawArticle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.kafka.streams.StreamsConfig;

/** Articles and settings the topology tests share: the project's own config, small texts. */
final class Fixtures {

    static final Instant T0 = Instant.parse("2025-03-21T08:00:00Z");

    private Fixtures() {
    }

    /** The settings `wirewatch run` would read from config/, so the shipped config is tested too. */
    static TopologySettings settings() {
        return new TopologySettings(Gazetteer.fromYaml(Path.of("../../config/entities.yaml")),
                TopicRules.fromYaml(Path.of("../../config/topics.yaml")), ClusterSettings.defaults(),
                NoveltySettings.defaults(), 2);
    }

    static Properties driverProperties() {
        Properties props = new StreamsSettings("wirewatch-test", KafkaConnection.to("dummy:9092"), Path.of("target/streams-state"), 1, 1)
                .toProperties();
        props.put(StreamsConfig.STATE_DIR_CONFIG, "target/streams-state-" + System.nanoTime());
        return props;
    }

    /** A bundled seed version: first line headline, the rest its body as HTML paragraphs. */
    static RawArticle seed(String file, String id, String source, Instant published) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/seeds/" + file)) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty()).toList();
            String html = lines.subList(1, lines.size()).stream().map(l -> "<p>" + l + "</p>")
                    .collect(Collectors.joining("\n"));
            return raw(id, source, lines.get(0), html, published);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RawArticle versionA(Instant published) {
        return seed("version-a.txt", "https://eastern-ledger.example/shoigu-visit", "Eastern Ledger", published);
    }

    static RawArticle versionB(Instant published) {
        return seed("version-b.txt", "https://global-dispatch.example/russia-official-north-korea", "Global Dispatch",
                published);
    }

    static RawArticle raw(String id, String source, String title, String html, Instant published) {
        return new RawArticle(id, source.toLowerCase().replace(' ', '-'), source, id, title, null, html, published,
                published.plusSeconds(30), List.of(), List.of());
    }

    static RawArticle storm(Instant published) {
        return raw("https://harbour-post.example/storm", "Harbour Post",
                "Storm Idris floods coastal towns as thousands lose power in western Norway",
                "<p>Heavy rain and gusts of up to 140 km/h brought by Storm Idris flooded streets in several coastal "
                        + "towns in western Norway overnight, and about 38,000 homes were without electricity on Sunday "
                        + "morning, the grid operator said.</p><p>Emergency services evacuated 240 residents from "
                        + "low-lying neighbourhoods near Bergen after a river burst its banks, police said. No deaths "
                        + "have been reported.</p><p>Ferry crossings on four routes were cancelled and the railway "
                        + "line between Bergen and Oslo was closed after a landslide near Voss.</p>",
                published);
    }
}
