package io.wirewatch.app.bench;

import io.wirewatch.broker.TopicProvisioner;
import io.wirewatch.model.KafkaConnection;
import io.wirewatch.model.Topic;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;

/**
 * What the broker itself can do here: the same records, produced (idempotent, acks=all, as the
 * poller does) and consumed (read_committed, as the topology does) with no processing between.
 * The pipeline's rate divided by this one compares across machines.
 */
final class BrokerBaseline {

    static final String TOPIC = "wirewatch.bench.passthrough";

    private BrokerBaseline() {
    }

    /** The producer both the baseline and the bench's stream use, so they compare like with like. */
    static Properties producerSettings(KafkaConnection kafka) {
        Properties p = new Properties();
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        return kafka.producer(p);
    }

    /** Records per second from the first send to the last record consumed. */
    static double passThrough(KafkaConnection kafka, List<byte[]> values, int partitions, Duration timeout) throws Exception {
        TopicProvisioner.ensure(kafka, List.of(new Topic<>(TOPIC, Serdes.ByteArray(), Serdes.ByteArray(), false)),
                partitions, (short) 1);
        Properties c = new Properties();
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Properties p = producerSettings(kafka);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(kafka.consumer(c), new ByteArrayDeserializer(), new ByteArrayDeserializer());
             KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
            List<TopicPartition> assigned = consumer.partitionsFor(TOPIC).stream()
                    .map(i -> new TopicPartition(TOPIC, i.partition())).toList();
            consumer.assign(assigned);
            consumer.seekToEnd(assigned);
            assigned.forEach(consumer::position);
            long start = System.nanoTime();
            int key = 0;
            for (byte[] value : values) {
                producer.send(new ProducerRecord<>(TOPIC, Integer.toString(key++).getBytes(), value));
            }
            producer.flush();
            long consumed = 0;
            long deadline = start + timeout.toNanos();
            while (consumed < values.size()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("broker pass-through read " + consumed + " of " + values.size());
                }
                consumed += consumer.poll(Duration.ofMillis(100)).count();
            }
            return values.size() / ((System.nanoTime() - start) / 1e9);
        }
    }
}
