package io.wirewatch.sinks;

import io.wirewatch.model.Alert;
import io.wirewatch.model.Json;
import io.wirewatch.model.KafkaConnection;
import io.wirewatch.model.Topics;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * What {@code wirewatch tail} does: prints alerts from {@code wirewatch.alerts} as they arrive.
 *
 * <p>In: (story id, Alert) from every partition, {@code read_committed}, from the end or the
 * beginning; no consumer group, so tailing moves no one's offsets. Out: the alerts that pass the
 * filter, readable ({@link AlertText}) or one JSON object per line; a record that is not an alert
 * is reported on the error stream and skipped.
 */
public final class AlertTail implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final AlertFilter filter;
    private final boolean json;
    private final AtomicBoolean running = new AtomicBoolean(true);

    public AlertTail(KafkaConnection kafka, AlertFilter filter, boolean fromBeginning, boolean json) {
        Properties props = new Properties();
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "wirewatch-tail");
        this.consumer = new KafkaConsumer<>(kafka.consumer(props), new StringDeserializer(), new ByteArrayDeserializer());
        this.filter = filter;
        this.json = json;
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.ALERTS.name(), Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        if (fromBeginning) {
            consumer.seekToBeginning(partitions);
        } else {
            consumer.seekToEnd(partitions);
        }
        // Resolve the positions now, so alerts committed after this returns are never missed.
        partitions.forEach(consumer::position);
    }

    /** Prints until {@link #close()} or until {@code limit} alerts were printed (0: no limit). Returns how many. */
    public int run(PrintStream out, PrintStream err, int limit) {
        int printed = 0;
        try {
            while (running.get() && (limit == 0 || printed < limit)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    Alert alert;
                    try {
                        alert = Topics.ALERTS.valueSerde().deserializer().deserialize(record.topic(), record.value());
                    } catch (RuntimeException e) {
                        err.println("wirewatch tail: skipping " + record.topic() + "-" + record.partition() + "@"
                                + record.offset() + ": " + e.getMessage());
                        continue;
                    }
                    if (alert == null || !filter.matches(alert)) {
                        continue;
                    }
                    out.println(json ? Json.write(alert) : AlertText.format(alert));
                    out.flush();
                    if (++printed == limit) {
                        break;
                    }
                }
            }
        } catch (WakeupException e) {
            if (running.get()) {
                throw e;
            }
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
        return printed;
    }

    @Override
    public void close() {
        running.set(false);
        consumer.wakeup();
    }
}
