package io.wirewatch.poller;

import io.wirewatch.model.KafkaConnection;
import io.wirewatch.model.Topic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/** Reads a whole topic, beginning to current end, as typed records: what a test can assert on. */
final class TopicReader {

    /** One record as read back. */
    record Read<K, V>(K key, V value, long timestamp, int partition, long offset, Map<String, String> headers) {
    }

    private TopicReader() {
    }

    private static Map<String, String> headers(ConsumerRecord<byte[], byte[]> record) {
        Map<String, String> headers = new java.util.HashMap<>();
        for (org.apache.kafka.common.header.Header h : record.headers()) {
            headers.put(h.key(), new String(h.value(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return headers;
    }

    static <K, V> List<Read<K, V>> readAll(KafkaConnection bootstrap, Topic<K, V> topic) {
        List<Read<K, V>> out = new ArrayList<>();
        try (Consumer<byte[], byte[]> consumer = KafkaClients.restoreConsumer(bootstrap, "test-reader")) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic.name(), Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic.name() + " to its end");
                }
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    out.add(new Read<>(topic.keySerde().deserializer().deserialize(r.topic(), r.key()),
                            topic.valueSerde().deserializer().deserialize(r.topic(), r.value()),
                            r.timestamp(), r.partition(), r.offset(), headers(r)));
                }
            }
        }
        out.sort(Comparator.<Read<K, V>>comparingInt(Read::partition).thenComparingLong(Read::offset));
        return out;
    }
}
