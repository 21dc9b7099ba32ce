package io.wirewatch.sinks;

import io.wirewatch.model.Alert;
import io.wirewatch.model.KafkaConnection;
import io.wirewatch.model.Topics;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the alerts one destination wants, in order per story, at least once and never twice
 * across restarts.
 *
 * <p>In: (story id, Alert) from {@code wirewatch.alerts}, {@code read_committed}, in the consumer
 * group {@code <base>-<destination>} (each destination keeps its own position, so a slow Slack never
 * holds back a webhook). Out: calls to its {@link AlertSink}; a {@code wirewatch.deliveries} record
 * per alert handled; refused alerts on {@code wirewatch.dlq}.
 *
 * <p>Alerts wait in arrival order (one partition per story, so a story's order is kept); the head
 * is posted, retried until it goes through or is refused, and only then the next. When more alerts
 * wait than {@code digestBacklog}, all waiting ones go as one digest. Offsets are committed every
 * few seconds, not per alert: the delivered-ids record, written before the next post, is what stops
 * a replay after a crash from posting again.
 */
public final class DestinationWorker implements Runnable, AutoCloseable {

    private final java.util.Map<org.apache.kafka.common.MetricName, ? extends org.apache.kafka.common.Metric> clientMetrics;

    private static final Logger LOG = LoggerFactory.getLogger(DestinationWorker.class);
    /** Above this many waiting alerts, reading stops until the destination catches up. */
    static final int MAX_WAITING = 2000;
    static final Duration COMMIT_INTERVAL = Duration.ofSeconds(5);
    static final Duration SESSION_TIMEOUT = Duration.ofSeconds(10);

    private record Waiting(ConsumerRecord<byte[], byte[]> record, Alert alert) {
    }

    private final String destination;
    private final AlertSink sink;
    private final Predicate<Alert> wanted;
    private final int digestBacklog;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final DeliveredIds delivered;
    private final DeadLetterWriter deadLetters;
    private final DeliveryListener listener;
    private final Deque<Waiting> waiting = new ArrayDeque<>();
    /** Per partition, the offset after the last record read: what may be committed when nothing waits. */
    private final Map<TopicPartition, Long> readUpTo = new HashMap<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private long lastCommit = System.nanoTime();
    private boolean dirty;

    DestinationWorker(KafkaConnection kafka, String groupId, String destination, AlertSink sink, Predicate<Alert> wanted,
                      int digestBacklog, DeliveredIds delivered, DeadLetterWriter deadLetters, DeliveryListener listener) {
        this.destination = destination;
        this.sink = sink;
        this.wanted = wanted;
        this.digestBacklog = digestBacklog;
        this.delivered = delivered;
        this.deadLetters = deadLetters;
        this.listener = listener;
        Properties props = new Properties();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "wirewatch-sink-" + destination);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // A crashed instance's partitions wait for its session to expire before another takes them:
        // 10 s rather than Kafka's 45 s, as alerts are worth having soon (heartbeats stay cheap).
        props.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, (int) SESSION_TIMEOUT.toMillis());
        props.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, (int) SESSION_TIMEOUT.toMillis() / 4);
        this.consumer = new KafkaConsumer<>(kafka.consumer(props), new ByteArrayDeserializer(), new ByteArrayDeserializer());
        // Taken before this worker's thread owns the consumer: a live view other threads may read.
        this.clientMetrics = consumer.metrics();
    }

    /** The consumer's Kafka metrics (lag, fetch rates), a live view safe to read from any thread. */
    java.util.Map<org.apache.kafka.common.MetricName, ? extends org.apache.kafka.common.Metric> kafkaMetrics() {
        return clientMetrics;
    }

    @Override
    public void run() {
        boolean interrupted = false;
        try {
            consumer.subscribe(List.of(Topics.ALERTS.name()), new Rebalance());
            while (running.get()) {
                read();
                if (!waiting.isEmpty()) {
                    if (digestBacklog > 0 && waiting.size() > digestBacklog) {
                        deliverDigest();
                    } else {
                        deliverHead();
                    }
                }
                commitIfDue(false);
            }
            commitIfDue(true);
        } catch (WakeupException e) {
            if (running.get()) {
                throw e;
            }
            commitIfDue(true);
        } catch (InterruptedException e) {
            // Stopped mid-post: what was posted but not recorded may be posted once more after restart.
            // Kafka's clients refuse to work on an interrupted thread, so the flag is restored last.
            interrupted = true;
            commitIfDue(true);
        } catch (RuntimeException e) {
            LOG.error("delivery to {} stopped: {}", destination, e.toString());
            throw e;
        } finally {
            consumer.close(Duration.ofSeconds(5));
            delivered.close();
            sink.close();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void read() {
        Set<TopicPartition> assigned = consumer.assignment();
        if (waiting.size() >= MAX_WAITING) {
            consumer.pause(assigned);
        } else if (!consumer.paused().isEmpty()) {
            consumer.resume(consumer.paused());
        }
        // Poll even when paused: it keeps this member in its group.
        var records = consumer.poll(waiting.isEmpty() ? Duration.ofMillis(200) : Duration.ZERO);
        for (ConsumerRecord<byte[], byte[]> record : records) {
            readUpTo.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
            dirty = true;
            Alert alert;
            try {
                alert = Topics.ALERTS.valueSerde().deserializer().deserialize(record.topic(), record.value());
            } catch (RuntimeException e) {
                deadLetter(record, "cannot read the alert: " + e.getMessage());
                continue;
            }
            if (alert == null || !wanted.test(alert)) {
                continue;
            }
            if (delivered.contains(alert.id())) {
                listener.skipped(destination, alert);
                continue;
            }
            waiting.add(new Waiting(record, alert));
        }
    }

    private static java.time.Duration sinceFetched(long recordTimestamp) {
        return java.time.Duration.ofMillis(Math.max(0, System.currentTimeMillis() - recordTimestamp));
    }

    private void deliverHead() throws InterruptedException {
        Waiting head = waiting.peek();
        String refused = attempt(() -> sink.deliver(head.alert()));
        if (refused == null) {
            delivered.record(List.of(head.alert().id()), "message");
            listener.delivered(destination, List.of(head.alert()));
            listener.latency(destination, sinceFetched(head.record().timestamp()));
        } else {
            refuse(head, refused);
        }
        waiting.poll();
    }

    private void deliverDigest() throws InterruptedException {
        List<Waiting> batch = new ArrayList<>(waiting);
        List<Alert> alerts = batch.stream().map(Waiting::alert).toList();
        LOG.info("{}: {} alerts waiting, more than {}: sending one digest", destination, alerts.size(), digestBacklog);
        String refused = attempt(() -> sink.deliverDigest(alerts));
        if (refused == null) {
            delivered.record(alerts.stream().map(Alert::id).toList(), "digest");
            listener.delivered(destination, alerts);
            batch.forEach(w -> listener.latency(destination, sinceFetched(w.record().timestamp())));
        } else {
            for (Waiting w : batch) {
                refuse(w, refused);
            }
        }
        waiting.clear();
    }

    private interface Post {
        void run() throws Exception;
    }

    /**
     * Posts; null when the destination took it, else why it was refused. Recording happens outside,
     * so a Kafka failure there is never mistaken for a refusal.
     */
    private String attempt(Post post) throws InterruptedException {
        try {
            post.run();
            return null;
        } catch (DeliveryRejected e) {
            return e.getMessage();
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            return destination + ": " + e;
        }
    }

    private void refuse(Waiting w, String reason) throws InterruptedException {
        LOG.warn("{}: alert {} goes to {}: {}", destination, w.alert().id(), Topics.DLQ.name(), reason);
        deadLetter(w.record(), reason);
        // Recorded as handled: a replay must not retry what the destination refused for good.
        delivered.record(List.of(w.alert().id()), "dead-lettered");
        listener.deadLettered(destination, w.alert(), reason);
    }

    private void deadLetter(ConsumerRecord<byte[], byte[]> record, String reason) {
        try {
            deadLetters.send(destination, record.key(), record.value(), record.topic(), record.partition(),
                    record.offset(), reason);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Commits, per partition, up to the first alert still waiting (or all that was read). */
    private void commitIfDue(boolean force) {
        if (!dirty || (!force && System.nanoTime() - lastCommit < COMMIT_INTERVAL.toNanos())) {
            return;
        }
        commit(readUpTo.keySet());
    }

    private void commit(Collection<TopicPartition> partitions) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition tp : partitions) {
            Long upTo = readUpTo.get(tp);
            if (upTo == null) {
                continue;
            }
            long safe = waiting.stream().filter(w -> w.record().partition() == tp.partition())
                    .mapToLong(w -> w.record().offset()).min().orElse(upTo);
            offsets.put(tp, new OffsetAndMetadata(safe));
        }
        try {
            try {
                consumer.commitSync(offsets);
            } catch (WakeupException stopping) {
                // close() woke the consumer while it was posting: the wake-up is spent, commit once more.
                consumer.commitSync(offsets);
            }
            dirty = false;
            lastCommit = System.nanoTime();
        } catch (RuntimeException e) {
            // A lost commit only means a longer replay, which the delivered-ids record absorbs.
            LOG.warn("{}: could not commit offsets: {}", destination, e.toString());
        }
    }

    @Override
    public void close() {
        running.set(false);
        consumer.wakeup();
    }

    /** Partitions moving between instances: hand back what was read, learn what others delivered. */
    private final class Rebalance implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            commit(partitions);
            waiting.removeIf(w -> partitions.contains(new TopicPartition(w.record().topic(), w.record().partition())));
            partitions.forEach(readUpTo::remove);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            delivered.catchUp();
        }
    }
}
