package io.wirewatch.topology;

import io.wirewatch.model.Topics;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends poison records to {@code wirewatch.dlq} and lets the stream go on: one bad article must
 * never stop the news.
 *
 * <p>In: a record that could not be deserialised or failed a stage. Out: its original key and value
 * bytes on {@code wirewatch.dlq}, with the reason, the stage and the source topic, partition and
 * offset in headers. Written in the same transaction as the stage's other output (exactly-once),
 * so the record is either processed or dead-lettered, never lost.
 */
public final class DeadLetters implements ProcessingExceptionHandler, DeserializationExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetters.class);
    /** A reason is one line a person reads, not a stack trace. */
    static final int MAX_REASON = 1000;

    @Override
    public void configure(Map<String, ?> configs) {
        // Nothing to configure: the dead-letter topic is part of the topic registry.
    }

    @Override
    public ProcessingExceptionHandler.Response handleError(ErrorHandlerContext context, Record<?, ?> record,
                                                           Exception exception) {
        return ProcessingExceptionHandler.Response.resume(List.of(deadLetter(context, context.processorNodeId(), exception)));
    }

    @Override
    public DeserializationExceptionHandler.Response handleError(ErrorHandlerContext context,
                                                                ConsumerRecord<byte[], byte[]> record,
                                                                Exception exception) {
        return DeserializationExceptionHandler.Response.resume(List.of(deadLetter(context, "deserialize", exception)));
    }

    static String reasonOf(Exception exception) {
        StringBuilder reason = new StringBuilder();
        for (Throwable t = exception; t != null && reason.length() < MAX_REASON; t = t.getCause()) {
            if (!reason.isEmpty()) {
                reason.append(" <- ");
            }
            reason.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                reason.append(": ").append(t.getMessage().replaceAll("\\s+", " "));
            }
        }
        return reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason.toString();
    }

    private static ProducerRecord<byte[], byte[]> deadLetter(ErrorHandlerContext context, String stage,
                                                             Exception exception) {
        String reason = reasonOf(exception);
        LOG.warn("dead-lettering record {}-{}@{} at {}: {}", context.topic(), context.partition(), context.offset(),
                stage, reason);
        Headers headers = new RecordHeaders();
        headers.add(Topics.DLQ_REASON_HEADER, reason.getBytes(StandardCharsets.UTF_8));
        headers.add(Topics.DLQ_STAGE_HEADER, stage.getBytes(StandardCharsets.UTF_8));
        headers.add(Topics.DLQ_TOPIC_HEADER, String.valueOf(context.topic()).getBytes(StandardCharsets.UTF_8));
        headers.add("wirewatch.dlq.partition", String.valueOf(context.partition()).getBytes(StandardCharsets.UTF_8));
        headers.add("wirewatch.dlq.offset", String.valueOf(context.offset()).getBytes(StandardCharsets.UTF_8));
        return new ProducerRecord<>(Topics.DLQ.name(), null, context.sourceRawKey(), context.sourceRawValue(), headers);
    }
}
