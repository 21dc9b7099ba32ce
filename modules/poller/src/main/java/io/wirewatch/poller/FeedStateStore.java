package io.wirewatch.poller;

import io.wirewatch.model.FeedState;
import io.wirewatch.model.KafkaConnection;
import io.wirewatch.model.Topic;
import io.wirewatch.model.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The poller's durable memory: the compacted topic {@code wirewatch.feed-state}, key = feed id.
 *
 * <p>In: {@link FeedState} snapshots to {@link #save}. Out: on {@link #restore()}, the latest state
 * of every feed, read from the beginning of the topic to its end (the compacted topic holds at
 * least the latest record per key). The topic must exist (the app provisions it compacted); a
 * missing topic restores nothing.
 */
public final class FeedStateStore {

    private static final Logger LOG = LoggerFactory.getLogger(FeedStateStore.class);
    private static final Topic<String, FeedState> TOPIC = Topics.FEED_STATE;

    private final Producer<byte[], byte[]> producer;
    private final KafkaConnection kafka;
    private final Duration restoreTimeout;
    private final Serializer<String> keys = TOPIC.keySerde().serializer();
    private final Serializer<FeedState> values = TOPIC.valueSerde().serializer();

    /** The producer is shared with other writers and owned (closed) by the caller. */
    public FeedStateStore(Producer<byte[], byte[]> producer, KafkaConnection kafka, Duration restoreTimeout) {
        this.producer = producer;
        this.kafka = kafka;
        this.restoreTimeout = restoreTimeout;
    }

    /** Writes one feed's state and waits for the acknowledgement. */
    public void save(FeedState state) throws PublishException {
        try {
            producer.send(new ProducerRecord<>(TOPIC.name(), null, Instant.now().toEpochMilli(),
                    keys.serialize(TOPIC.name(), state.feedId()), values.serialize(TOPIC.name(), state))).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishException("interrupted while saving feed state", e);
        } catch (ExecutionException e) {
            throw new PublishException("feed state not acknowledged: " + FeedFetcher.reason(e.getCause()), e.getCause());
        } catch (RuntimeException e) {
            throw new PublishException("feed state not sent: " + FeedFetcher.reason(e), e);
        }
    }

    /**
     * Reads the whole topic: all partitions assigned (no consumer group), from the beginning up to
     * the end offsets taken at the start. Unreadable records are skipped, tombstones forget a feed.
     *
     * @return latest state per feed id
     * @throws IllegalStateException when the end is not reached within the restore timeout
     *                               (starting without memory would re-publish every feed)
     */
    public Map<String, FeedState> restore() {
        return read(kafka, restoreTimeout);
    }

    /** {@link #restore()} without a producer: for tools that only look ({@code wirewatch feeds list}). */
    public static Map<String, FeedState> read(KafkaConnection kafka, Duration restoreTimeout) {
        Deserializer<String> keyReader = TOPIC.keySerde().deserializer();
        Deserializer<FeedState> valueReader = TOPIC.valueSerde().deserializer();
        Map<String, FeedState> states = new HashMap<>();
        long deadline = System.nanoTime() + restoreTimeout.toNanos();
        try (Consumer<byte[], byte[]> consumer = KafkaClients.restoreConsumer(kafka, "wirewatch-poller-restore")) {
            List<PartitionInfo> infos = consumer.partitionsFor(TOPIC.name(), restoreTimeout);
            if (infos == null || infos.isEmpty()) {
                LOG.warn("topic {} does not exist: starting without feed memory", TOPIC.name());
                return states;
            }
            List<TopicPartition> partitions = infos.stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, restoreTimeout);
            while (!reachedEnd(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + TOPIC.name() + " to its end within " + restoreTimeout);
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    apply(record, keyReader, valueReader, states);
                }
            }
        }
        return states;
    }

    private static boolean reachedEnd(Consumer<byte[], byte[]> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    private static void apply(ConsumerRecord<byte[], byte[]> record, Deserializer<String> keyReader,
                              Deserializer<FeedState> valueReader, Map<String, FeedState> states) {
        if (record.key() == null) {
            return;
        }
        String feedId = keyReader.deserialize(record.topic(), record.key());
        if (record.value() == null) {
            states.remove(feedId);
            return;
        }
        try {
            states.put(feedId, valueReader.deserialize(record.topic(), record.value()));
        } catch (SerializationException e) {
            LOG.warn("feed {}: skipped an unreadable feed-state record at {}-{}@{}: {}", feedId,
                    record.topic(), record.partition(), record.offset(), FeedFetcher.oneLine(e.getMessage()));
        }
    }
}
