package io.wirewatch.topology;

import io.wirewatch.model.KafkaConnection;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The Kafka Streams configuration wirewatch runs with.
 *
 * @param applicationId   consumer group and prefix of internal topics; instances sharing it share work
 * @param kafka           the Kafka cluster (address and its client settings)
 * @param stateDir        where local state stores live
 * @param threads         stream threads in this instance
 * @param replication     replication factor of internal topics (1 on the embedded broker)
 * @param commitInterval  how often a thread commits its transaction: each of the topology's three
 *                        hops waits for a commit before the next stage sees its output, so this
 *                        bounds the latency from article to alert (about three intervals), while
 *                        every commit costs transaction markers on every partition written
 */
public record StreamsSettings(String applicationId, KafkaConnection kafka, Path stateDir, int threads, int replication,
                              Duration commitInterval) {

    /** The default commit interval. */
    public static final Duration DEFAULT_COMMIT_INTERVAL = Duration.ofMillis(100);

    public StreamsSettings(String applicationId, KafkaConnection kafka, Path stateDir, int threads, int replication) {
        this(applicationId, kafka, stateDir, threads, replication, DEFAULT_COMMIT_INTERVAL);
    }

    public Properties toProperties() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toAbsolutePath().toString());
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads);
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, replication);
        // An alert must follow from each article exactly once, even across crashes and rebalances.
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, commitInterval.toMillis());
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetters.class);
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetters.class);
        // The Kafka 5.0 default, chosen now so behaviour does not change under us.
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        // Each article becomes ~25 KB of repartition, changelog and output records (prepared text,
        // story memories, enriched JSON): compressing them cuts the broker's bytes, the stage's
        // main cost after the judgement itself, for little CPU.
        props.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
        return kafka.streams(props);
    }
}
