package io.wirewatch.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.broker.EmbeddedKafka;
import io.wirewatch.broker.TopicProvisioner;
import io.wirewatch.model.Alert;
import io.wirewatch.model.AlertType;
import io.wirewatch.model.RawArticle;
import io.wirewatch.model.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The topology on a real embedded broker, exactly-once: poison records become dead letters. */
class DeadLetterTest {

    @TempDir
    Path state;

    @Test
    void aPoisonRecordIsDeadLetteredWithItsReasonAndTheArticlesBehindItFlow() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.startTemporary()) {
            // Given the topology running exactly-once on a real broker
            TopicProvisioner.ensure(kafka.connection(), 2, (short) 1);
            StreamsSettings settings = new StreamsSettings("wirewatch-dlq-test", kafka.connection(), state, 1, 1);
            try (KafkaStreams streams = new KafkaStreams(WirewatchTopology.build(Fixtures.settings()),
                    settings.toProperties())) {
                streams.start();

                // When a record that is not an article arrives, then a good article
                Properties p = new Properties();
                p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
                try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(),
                        new ByteArraySerializer())) {
                    producer.send(new ProducerRecord<>(Topics.RAW_ARTICLES.name(),
                            "broken".getBytes(StandardCharsets.UTF_8), "{not json".getBytes(StandardCharsets.UTF_8))).get();
                    RawArticle storm = Fixtures.storm(Fixtures.T0);
                    producer.send(new ProducerRecord<>(Topics.RAW_ARTICLES.name(), storm.id().getBytes(StandardCharsets.UTF_8),
                            Topics.RAW_ARTICLES.valueSerde().serializer().serialize("", storm))).get();
                }

                // Then the poison record is on the dead-letter topic as it came, with why and where
                ConsumerRecord<byte[], byte[]> dead = readOne(kafka, Topics.DLQ.name(), new ByteArrayDeserializer());
                assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
                assertThat(header(dead, Topics.DLQ_REASON_HEADER)).contains("RawArticle");
                assertThat(header(dead, Topics.DLQ_TOPIC_HEADER)).isEqualTo(Topics.RAW_ARTICLES.name());
                assertThat(header(dead, Topics.DLQ_STAGE_HEADER)).isEqualTo("deserialize");

                // And the good article behind it raised its alert
                ConsumerRecord<byte[], Alert> alert = readOne(kafka, Topics.ALERTS.name(),
                        Topics.ALERTS.valueSerde().deserializer());
                assertThat(alert.value().type()).isEqualTo(AlertType.NEW_STORY);
                assertThat(alert.value().headline()).startsWith("Storm Idris");
            }
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static <V> ConsumerRecord<byte[], V> readOne(EmbeddedKafka kafka, String topic, Deserializer<V> values) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "dlq-test-" + topic);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<byte[], V> consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), values)) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<byte[], V>> seen = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (seen.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(250)).forEach(seen::add);
            }
            assertThat(seen).as("a record on " + topic).isNotEmpty();
            return seen.get(0);
        }
    }
}
