package io.wirewatch.sinks;

import io.wirewatch.broker.EmbeddedKafka;
import io.wirewatch.broker.TopicProvisioner;
import io.wirewatch.model.Alert;
import io.wirewatch.model.KafkaConnection;
import io.wirewatch.model.Topics;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * One embedded broker for the delivery tests of this module (three partitions per topic, so
 * stories spread and order per story is really tested). Tests keep apart by routing on a topic
 * name of their own.
 */
final class SharedKafka {

    private static EmbeddedKafka kafka;

    private SharedKafka() {
    }

    static synchronized String bootstrap() {
        if (kafka == null) {
            kafka = EmbeddedKafka.startTemporary();
            TopicProvisioner.ensure(kafka.connection(), 3, (short) 1);
            Runtime.getRuntime().addShutdownHook(new Thread(kafka::close));
        }
        return kafka.bootstrapServers();
    }

    static KafkaConnection connection() {
        return KafkaConnection.to(bootstrap());
    }

    /**
     * Publishes alerts keyed by story, as the topology does. Without a transaction: starting the
     * transaction coordinator of a fresh broker costs seconds, and what read_committed does with
     * aborted alerts is tested in {@link AlertDeliveryTest}.
     */
    static void publish(List<Alert> alerts) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        try (KafkaProducer<String, Alert> producer = new KafkaProducer<>(p, Topics.ALERTS.keySerde().serializer(),
                Topics.ALERTS.valueSerde().serializer())) {
            for (Alert alert : alerts) {
                producer.send(new ProducerRecord<>(Topics.ALERTS.name(), alert.storyId(), alert));
            }
            producer.flush();
        }
    }
}
