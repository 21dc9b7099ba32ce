package io.wirewatch.sinks;

import io.wirewatch.model.Delivery;
import io.wirewatch.model.KafkaConnection;
import io.wirewatch.model.Topics;
import io.wirewatch.sinks.config.Destination;
import io.wirewatch.sinks.config.Routing;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one {@link DestinationWorker} per destination of config/alerts.yaml, each on its own thread
 * with its own consumer group, so destinations neither share a pace nor wait for each other.
 *
 * <p>In: {@code wirewatch.alerts} and {@code wirewatch.deliveries}. Out: Slack, webhooks, console;
 * {@code wirewatch.deliveries}; {@code wirewatch.dlq}.
 */
public final class RoutedDelivery implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RoutedDelivery.class);
    /** A graceful stop lets the post in flight finish (bounded by the request timeout) before interrupting. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(15);

    private final List<DestinationWorker> workers = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final KafkaProducer<String, Delivery> deliveries;
    private final KafkaProducer<byte[], byte[]> deadLetters;

    /**
     * @param kafka      the Kafka cluster holding the alerts and deliveries
     * @param groupBase  consumer groups are {@code groupBase-<destination>}
     * @param routing    destinations and their rules
     * @param console    where console destinations print
     * @param listener   told of every delivery, skip and dead letter
     */
    public RoutedDelivery(KafkaConnection kafka, String groupBase, Routing routing, PrintStream console,
                          DeliveryListener listener) {
        if (routing.routes().isEmpty()) {
            // Nothing configured (the shipped alerts.yaml): no clients to hold open.
            this.deliveries = null;
            this.deadLetters = null;
            return;
        }
        this.deliveries = new KafkaProducer<>(producerProps(kafka, "wirewatch-deliveries"),
                Topics.DELIVERIES.keySerde().serializer(), Topics.DELIVERIES.valueSerde().serializer());
        this.deadLetters = new KafkaProducer<>(producerProps(kafka, "wirewatch-sink-dlq"),
                new ByteArraySerializer(), new ByteArraySerializer());
        DeadLetterWriter dlq = new DeadLetterWriter(deadLetters);
        for (Routing.Route route : routing.routes()) {
            Destination d = route.destination();
            DeliveredIds ids = new DeliveredIds(kafka, d.name(), deliveries);
            workers.add(new DestinationWorker(kafka, groupBase + "-" + d.name(), d.name(), Sinks.create(d, console, listener),
                    route.wanted(), d.digestBacklog(), ids, dlq, listener));
        }
    }

    /** The Kafka metrics of every client this delivery holds: live views safe to read from any thread. */
    public List<java.util.Map<org.apache.kafka.common.MetricName, ? extends org.apache.kafka.common.Metric>> kafkaMetrics() {
        List<java.util.Map<org.apache.kafka.common.MetricName, ? extends org.apache.kafka.common.Metric>> all = new java.util.ArrayList<>();
        workers.forEach(w -> all.add(w.kafkaMetrics()));
        if (deliveries != null) {
            all.add(deliveries.metrics());
            all.add(deadLetters.metrics());
        }
        return all;
    }

    private static Properties producerProps(KafkaConnection kafka, String clientId) {
        Properties props = new Properties();
        props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        return kafka.producer(props);
    }

    public RoutedDelivery start() {
        for (DestinationWorker worker : workers) {
            Thread thread = new Thread(worker, "wirewatch-sink-" + threads.size());
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        LOG.info("delivering alerts to {} destination(s)", workers.size());
        return this;
    }

    public int destinations() {
        return workers.size();
    }

    @Override
    public void close() {
        workers.forEach(DestinationWorker::close);
        long deadline = System.nanoTime() + STOP_GRACE.toNanos();
        for (Thread thread : threads) {
            try {
                thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                if (thread.isAlive()) {
                    thread.interrupt();
                    thread.join(5_000);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (deliveries != null) {
            deliveries.close(Duration.ofSeconds(5));
            deadLetters.close(Duration.ofSeconds(5));
        }
    }
}
