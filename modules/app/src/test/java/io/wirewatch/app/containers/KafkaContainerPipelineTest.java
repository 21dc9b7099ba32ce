package io.wirewatch.app.containers;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.analysis.cluster.ClusterSettings;
import io.wirewatch.analysis.entities.Gazetteer;
import io.wirewatch.analysis.entities.TopicRules;
import io.wirewatch.analysis.facts.NoveltySettings;
import io.wirewatch.broker.TopicProvisioner;
import io.wirewatch.model.Alert;
import io.wirewatch.model.AlertType;
import io.wirewatch.model.KafkaConnection;
import io.wirewatch.model.RawArticle;
import io.wirewatch.model.Topics;
import io.wirewatch.topology.StreamsSettings;
import io.wirewatch.topology.TopologySettings;
import io.wirewatch.topology.WirewatchTopology;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The topology against the apache/kafka image the deployment files use, where Docker exists. On a
 * machine without Docker (the project's build machines) it is skipped, not failed.
 */
@Testcontainers(disabledWithoutDocker = true)
class KafkaContainerPipelineTest {

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.3.1");

    @TempDir
    Path state;

    @Test
    void articlesBecomeStoriesAndAlertsOnTheContainerizedBroker() throws Exception {
        // Given the topics and the topology on the containerised Kafka
        KafkaConnection bootstrap = KafkaConnection.to(KAFKA.getBootstrapServers());
        TopicProvisioner.ensure(bootstrap, 3, (short) 1);
        TopologySettings settings = new TopologySettings(Gazetteer.fromYaml(Path.of("../../config/entities.yaml")),
                TopicRules.fromYaml(Path.of("../../config/topics.yaml")), ClusterSettings.defaults(),
                NoveltySettings.defaults(), 3);
        try (KafkaStreams streams = new KafkaStreams(WirewatchTopology.build(settings),
                new StreamsSettings("wirewatch-container-test", bootstrap, state, 1, 1).toProperties())) {
            streams.start();

            // When an outlet publishes an article
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap.bootstrapServers());
            Instant now = Instant.now();
            RawArticle article = new RawArticle("https://wire.example/quake", "wire", "Example Wire",
                    "https://wire.example/quake", "Strong earthquake strikes off the coast of Japan",
                    null, "<p>A magnitude 6.8 earthquake struck off the north-east coast of Japan on Tuesday, "
                    + "the country's meteorological agency said, and a tsunami advisory was issued for the coast.</p>",
                    now, now, List.of(), List.of());
            try (KafkaProducer<String, RawArticle> producer = new KafkaProducer<>(p,
                    Topics.RAW_ARTICLES.keySerde().serializer(), Topics.RAW_ARTICLES.valueSerde().serializer())) {
                producer.send(new ProducerRecord<>(Topics.RAW_ARTICLES.name(), article.id(), article)).get();
            }

            // Then a NEW_STORY alert for it is committed
            Properties c = new Properties();
            c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap.bootstrapServers());
            c.put(ConsumerConfig.GROUP_ID_CONFIG, "container-test");
            c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
            List<Alert> alerts = new ArrayList<>();
            try (KafkaConsumer<String, Alert> consumer = new KafkaConsumer<>(c, Topics.ALERTS.keySerde().deserializer(),
                    Topics.ALERTS.valueSerde().deserializer())) {
                consumer.subscribe(List.of(Topics.ALERTS.name()));
                long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
                while (alerts.isEmpty() && System.nanoTime() < deadline) {
                    consumer.poll(Duration.ofMillis(500)).forEach(r -> alerts.add(r.value()));
                }
            }
            assertThat(alerts).extracting(Alert::type).containsExactly(AlertType.NEW_STORY);
            assertThat(alerts.get(0).headline()).startsWith("Strong earthquake");
        }
    }
}
