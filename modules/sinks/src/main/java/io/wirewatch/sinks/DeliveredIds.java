package io.wirewatch.sinks;

import io.wirewatch.model.Delivery;
import io.wirewatch.model.KafkaConnection;
import io.wirewatch.model.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * The persisted record of which alerts one destination has received, so a restarted or rebalanced
 * sink never posts them again.
 *
 * <p>In: {@code wirewatch.deliveries} (compacted; key {@code destination/alertId}, value
 * {@link Delivery}), read to its end at start and whenever partitions of the alerts move to this
 * instance. Out: a {@link Delivery} record written and acknowledged right after the destination
 * acknowledged the alert, before the next one is posted. A crash between the two is the one window
 * in which an alert can be posted twice.
 */
final class DeliveredIds implements AutoCloseable {

    private final String destination;
    private final String prefix;
    private final KafkaConsumer<String, Delivery> reader;
    private final Producer<String, Delivery> writer;
    private final Set<String> ids = new HashSet<>();
    private final List<TopicPartition> partitions;

    DeliveredIds(KafkaConnection kafka, String destination, Producer<String, Delivery> writer) {
        this.destination = destination;
        this.prefix = destination + "/";
        this.writer = writer;
        Properties props = new Properties();
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "wirewatch-deliveries-" + destination);
        this.reader = new KafkaConsumer<>(kafka.consumer(props), Topics.DELIVERIES.keySerde().deserializer(),
                Topics.DELIVERIES.valueSerde().deserializer());
        this.partitions = reader.partitionsFor(Topics.DELIVERIES.name(), Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        reader.assign(partitions);
        reader.seekToBeginning(partitions);
    }

    /** Reads what other instances (or this one before a crash) recorded since the last call. */
    void catchUp() {
        Map<TopicPartition, Long> ends = reader.endOffsets(partitions);
        while (partitions.stream().anyMatch(tp -> reader.position(tp) < ends.get(tp))) {
            for (ConsumerRecord<String, Delivery> record : reader.poll(Duration.ofMillis(200))) {
                if (record.key() != null && record.key().startsWith(prefix)) {
                    ids.add(record.key().substring(prefix.length()));
                }
            }
        }
    }

    boolean contains(String alertId) {
        return ids.contains(alertId);
    }

    int size() {
        return ids.size();
    }

    /** Records and waits for the broker's acknowledgement, so the record survives a crash that follows. */
    void record(List<String> alertIds, String via) throws InterruptedException {
        Instant now = Instant.now();
        var sent = alertIds.stream().map(id -> {
            Delivery delivery = new Delivery(destination, id, now, via);
            return writer.send(new ProducerRecord<>(Topics.DELIVERIES.name(), delivery.key(), delivery));
        }).toList();
        try {
            for (var future : sent) {
                future.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not record deliveries to " + destination + " on "
                    + Topics.DELIVERIES.name() + ": " + e.getCause(), e.getCause());
        }
        ids.addAll(alertIds);
    }

    @Override
    public void close() {
        reader.close(Duration.ofSeconds(2));
    }
}
