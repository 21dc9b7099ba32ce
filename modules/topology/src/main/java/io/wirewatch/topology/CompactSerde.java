package io.wirewatch.topology;

import io.wirewatch.model.Json;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A Kafka serde over a compact binary form ({@link CompactOutput} / {@link CompactInput}) that
 * starts with a format byte, so a later format can still read what an older one wrote.
 *
 * <p>Bytes that are not a record of this type fail with a {@link SerializationException} naming
 * the type and what was wrong, which sends the record to the dead-letter topic with its reason.
 */
class CompactSerde<T> implements Serde<T> {

    private final String type;
    private final int format;
    private final int expectedSize;
    private final BiConsumer<CompactOutput, T> write;
    private final Function<CompactInput, T> read;
    private final Class<T> jsonType;

    /**
     * @param jsonType the record class, read as JSON when the bytes start with '{': what wirewatch
     *                 wrote before these forms existed, so an upgrade finds its stores and
     *                 in-flight records readable
     */
    CompactSerde(Class<T> jsonType, int format, int expectedSize, BiConsumer<CompactOutput, T> write,
                 Function<CompactInput, T> read) {
        this.jsonType = jsonType;
        this.type = jsonType.getSimpleName();
        this.format = format;
        this.expectedSize = expectedSize;
        this.write = write;
        this.read = read;
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> {
            if (value == null) {
                return null;
            }
            CompactOutput out = new CompactOutput(expectedSize);
            out.writeByte(format);
            write.accept(out, value);
            return out.toByteArray();
        };
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            if (bytes.length > 0 && bytes[0] == '{') {
                return Json.serde(jsonType).deserializer().deserialize(topic, bytes);
            }
            try {
                CompactInput in = new CompactInput(bytes);
                int found = in.readByte();
                if (found != format) {
                    throw in.malformed("format " + found + ", expected " + format);
                }
                T value = read.apply(in);
                if (!in.atEnd()) {
                    throw in.malformed("bytes left over");
                }
                return value;
            } catch (RuntimeException e) {
                throw new SerializationException("not a valid " + type + " on " + topic + ": " + e.getMessage(), e);
            }
        };
    }
}
