package io.wirewatch.poller;

import io.wirewatch.model.KafkaConnection;
import java.util.Properties;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The poller's Kafka client configurations, in one place.
 *
 * <p>Clients move bytes; each writer serialises with its {@code Topic}'s serdes, so one producer
 * (one set of connections, one idempotent sequence) carries both articles and feed state.
 */
public final class KafkaClients {

    private KafkaClients() {
    }

    /** Idempotent, acks=all: an acknowledged article is on every in-sync replica, retries never duplicate it. */
    public static Producer<byte[], byte[]> producer(KafkaConnection kafka, String clientId) {
        Properties p = new Properties();
        p.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4"); // article text compresses well
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        // A missing topic (auto-creation is off) or a dead cluster fails a poll in 15 s instead of 60,
        // an unacknowledged batch in 60 s instead of 120: the feed is retried with backoff anyway.
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "15000");
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "60000");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return new KafkaProducer<>(kafka.producer(p));
    }

    /**
     * A group-less consumer for reading a topic from the start (restore): read_committed, no
     * offset commits, and no auto-creation (a mistyped topic must not appear uncompacted).
     */
    static Consumer<byte[], byte[]> restoreConsumer(KafkaConnection kafka, String clientId) {
        Properties p = new Properties();
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return new KafkaConsumer<>(kafka.consumer(p));
    }
}
