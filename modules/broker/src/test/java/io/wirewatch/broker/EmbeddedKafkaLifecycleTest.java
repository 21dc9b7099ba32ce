package io.wirewatch.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.model.Topic;
import io.wirewatch.model.Topics;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting, stopping and restarting: each test needs brokers of its own. */
class EmbeddedKafkaLifecycleTest {

    @Test
    void restartOnTheSameDataDirKeepsTopicsAndRecords(@TempDir Path dataDir) throws Exception {
        // Given a broker on dataDir with the wirewatch topics and three records written
        Topic<String, String> topic = Clients.stringTopic("test.durable");
        try (EmbeddedKafka first = EmbeddedKafka.start(dataDir, 0)) {
            TopicProvisioner.ensure(first.connection(), 1, (short) 1);
            TopicProvisioner.ensure(first.connection(), List.of(topic), 1, (short) 1);
            try (KafkaProducer<String, String> producer = Clients.idempotentProducer(first.bootstrapServers())) {
                for (String v : List.of("one", "two", "three")) {
                    producer.send(new ProducerRecord<>(topic.name(), v, v)).get();
                }
            }
        }

        // When a new broker starts on the same directory (on another free port)
        try (EmbeddedKafka second = EmbeddedKafka.start(dataDir, 0)) {

            // Then the topics are still there and the records can be read back
            try (Admin admin = Clients.admin(second.bootstrapServers())) {
                Set<String> names = admin.listTopics().names().get();
                assertThat(names).contains(topic.name())
                        .containsAll(Topics.all().stream().map(Topic::name).toList());
            }
            assertThat(Clients.readAllCommitted(second.bootstrapServers(), topic.name()))
                    .extracting(ConsumerRecord::value).containsExactly("one", "two", "three");
        }
    }

    @Test
    void refusesASecondBrokerOnADataDirInUse() {
        // Given a running broker
        try (EmbeddedKafka running = EmbeddedKafka.startTemporary()) {

            // When another broker is started on its data directory
            // Then it is refused with an exception (Kafka itself would end the JVM on the locked metadata dir)
            assertThatThrownBy(() -> EmbeddedKafka.start(running.dataDir(), 0))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in use");
        }
    }

    @Test
    void closeIsIdempotentAndRemovesATemporaryBrokersData() {
        // Given a temporary broker
        EmbeddedKafka kafka = EmbeddedKafka.startTemporary();
        Path dataDir = kafka.dataDir();
        assertThat(dataDir).isDirectory();

        // When it is closed twice
        kafka.close();
        kafka.close();

        // Then the second close did nothing and the temporary data is gone
        assertThat(dataDir).doesNotExist();
    }
}
