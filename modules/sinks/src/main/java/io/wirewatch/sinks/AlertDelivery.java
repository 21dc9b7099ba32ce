package io.wirewatch.sinks;

import io.wirewatch.model.Alert;
import io.wirewatch.model.KafkaConnection;
import io.wirewatch.model.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads {@code wirewatch.alerts} and hands every alert to the sinks, committing only what was
 * delivered.
 *
 * <p>In: (story id, Alert) from {@code wirewatch.alerts}, {@code read_committed} so no alert of an
 * aborted transaction is ever shown. Out: calls to each {@link AlertSink}. At least once: a crash
 * between delivery and commit re-delivers, which sinks deduplicate by alert id.
 */
public final class AlertDelivery implements Runnable, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AlertDelivery.class);

    private final KafkaConsumer<String, Alert> consumer;
    private final List<AlertSink> sinks;
    private final Map<org.apache.kafka.common.MetricName, ? extends org.apache.kafka.common.Metric> clientMetrics;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Consumer<Alert> delivered;

    /**
     * @param kafka      the Kafka cluster holding the alerts
     * @param groupId    consumer group: sinks sharing it share the alerts
     * @param sinks      destinations
     * @param delivered  told of each alert once every sink has it (the demo counts them)
     */
    public AlertDelivery(KafkaConnection kafka, String groupId, List<AlertSink> sinks, Consumer<Alert> delivered) {
        Properties props = new Properties();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        this.consumer = new KafkaConsumer<>(kafka.consumer(props), Topics.ALERTS.keySerde().deserializer(),
                Topics.ALERTS.valueSerde().deserializer());
        // Taken here, before the delivery thread owns the consumer: a live view other threads may read.
        this.clientMetrics = consumer.metrics();
        this.sinks = List.copyOf(sinks);
        this.delivered = delivered;
    }

    @Override
    public void run() {
        try {
            consumer.subscribe(List.of(Topics.ALERTS.name()));
            while (running.get()) {
                ConsumerRecords<String, Alert> records = consumer.poll(Duration.ofMillis(200));
                for (ConsumerRecord<String, Alert> record : records) {
                    if (!deliverEverywhere(record)) {
                        return;
                    }
                    consumer.commitSync(Map.of(new TopicPartition(record.topic(), record.partition()),
                            new OffsetAndMetadata(record.offset() + 1)));
                }
            }
        } catch (WakeupException e) {
            if (running.get()) {
                throw e;
            }
        } finally {
            consumer.close(Duration.ofSeconds(5));
            sinks.forEach(AlertSink::close);
        }
    }

    private boolean deliverEverywhere(ConsumerRecord<String, Alert> record) {
        Alert alert = record.value();
        if (alert == null) {
            return true;
        }
        for (AlertSink sink : sinks) {
            try {
                sink.deliver(alert);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (Exception e) {
                // The console cannot fail in a way a retry fixes; real retries live in the HTTP sinks.
                LOG.error("sink {} could not deliver alert {}: {}", sink.name(), alert.id(), e.toString());
            }
        }
        delivered.accept(alert);
        return true;
    }

    /** The consumer's Kafka metrics (lag, fetch rates), a live view safe to read from any thread. */
    public Map<org.apache.kafka.common.MetricName, ? extends org.apache.kafka.common.Metric> kafkaMetrics() {
        return clientMetrics;
    }

    @Override
    public void close() {
        running.set(false);
        consumer.wakeup();
    }
}
