package io.wirewatch.app.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.app.Main;
import io.wirewatch.broker.EmbeddedKafka;
import io.wirewatch.broker.TopicProvisioner;
import io.wirewatch.model.FeedState;
import io.wirewatch.model.Topics;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class FeedsListCommandTest {

    @TempDir
    Path dir;

    @Test
    void everyConfiguredFeedIsListedWithItsHealthFromTheFeedStateTopic() throws Exception {
        // Given three configured feeds: one healthy, one failing for the 12th time, one never polled
        Files.writeString(dir.resolve("entities.yaml"), "entities: []\n");
        Files.writeString(dir.resolve("topics.yaml"), "topics: []\n");
        Path config = Files.writeString(dir.resolve("wirewatch.yaml"), """
                feeds:
                  - {id: good, url: "https://good.example/rss"}
                  - {id: sick, url: "https://sick.example/rss?key=secret"}
                  - {id: new, url: "https://new.example/rss"}
                """);
        Instant t = Instant.parse("2026-01-05T10:00:00Z");
        try (EmbeddedKafka kafka = EmbeddedKafka.startTemporary()) {
            TopicProvisioner.ensure(kafka.connection(), 1, (short) 1);
            try (Producer<byte[], byte[]> producer = io.wirewatch.poller.KafkaClients.producer(kafka.connection(), "test")) {
                save(producer, new FeedState("good", "https://good.example/rss", "\"e\"", null, List.of("a"), 0, 200, null,
                        t, t.plusSeconds(300), "https://good.example/rss", Map.of(), Duration.ofMinutes(5), null, 0, t));
                save(producer, new FeedState("sick", "https://sick.example/rss?key=secret", null, null, List.of(), 12, 503,
                        "HTTP 503", t, t.plusSeconds(21600), "https://sick.example/rss?key=secret", Map.of(), null, null, 0,
                        null));
            }

            // When listing the feeds
            StringWriter out = new StringWriter();
            int status = new CommandLine(new Main()).setOut(new PrintWriter(out)).execute("feeds", "list",
                    "--config", config.toString(), "--bootstrap-servers", kafka.bootstrapServers());

            // Then each is shown with its health, status, times and reason, and no secret from a URL
            assertThat(status).isZero();
            assertThat(out.toString()).contains(
                    "good\tok\t200\t2026-01-05T10:00:00Z\t2026-01-05T10:05:00Z\thttps://good.example/rss\t-",
                    "sick\tunhealthy 12\t503\t2026-01-05T10:00:00Z\t2026-01-05T16:00:00Z\thttps://sick.example/rss?…\tHTTP 503",
                    "new\tnever polled")
                    .doesNotContain("secret");
        }
    }

    private static void save(Producer<byte[], byte[]> producer, FeedState state) throws Exception {
        producer.send(new ProducerRecord<>(Topics.FEED_STATE.name(),
                Topics.FEED_STATE.keySerde().serializer().serialize(Topics.FEED_STATE.name(), state.feedId()),
                Topics.FEED_STATE.valueSerde().serializer().serialize(Topics.FEED_STATE.name(), state))).get();
    }
}
