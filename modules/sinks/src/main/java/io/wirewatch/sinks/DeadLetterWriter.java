package io.wirewatch.sinks;

import io.wirewatch.model.Topics;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Puts alerts a destination refused on {@code wirewatch.dlq}, so nothing is lost and an operator
 * can replay them.
 *
 * <p>In: the alert record's key and value bytes, where it came from, why it failed. Out: a record on
 * {@code wirewatch.dlq} with the original bytes and headers {@code wirewatch.dlq.reason},
 * {@code .stage} ({@code sink:<destination>}), {@code .topic}, {@code .partition}, {@code .offset},
 * {@code .destination}.
 */
final class DeadLetterWriter {

    static final String DESTINATION_HEADER = "wirewatch.dlq.destination";
    private static final int MAX_REASON = 1000;

    private final Producer<byte[], byte[]> producer;

    DeadLetterWriter(Producer<byte[], byte[]> producer) {
        this.producer = producer;
    }

    void send(String destination, byte[] key, byte[] value, String topic, int partition, long offset, String reason)
            throws InterruptedException {
        String oneLine = reason.replaceAll("\\s+", " ");
        Headers headers = new RecordHeaders();
        headers.add(Topics.DLQ_REASON_HEADER, utf8(oneLine.length() > MAX_REASON ? oneLine.substring(0, MAX_REASON) : oneLine));
        headers.add(Topics.DLQ_STAGE_HEADER, utf8("sink:" + destination));
        headers.add(Topics.DLQ_TOPIC_HEADER, utf8(topic));
        headers.add("wirewatch.dlq.partition", utf8(String.valueOf(partition)));
        headers.add("wirewatch.dlq.offset", utf8(String.valueOf(offset)));
        headers.add(DESTINATION_HEADER, utf8(destination));
        try {
            producer.send(new ProducerRecord<>(Topics.DLQ.name(), null, key, value, headers)).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not dead-letter a record for " + destination + ": " + e.getCause(),
                    e.getCause());
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
