package io.wirewatch.model;

import java.time.Duration;
import org.apache.kafka.common.serialization.Serde;

/**
 * A Kafka topic with the serdes of its key and value, so every edge of the pipeline reads and
 * writes it the same way.
 *
 * @param name       topic name (dots only)
 * @param keySerde   serde of the key
 * @param valueSerde serde of the value
 * @param compacted  true when the latest record per key is the state (cleanup.policy=compact)
 * @param forgetAfter for a compacted topic whose keys stop mattering after a while: records older
 *                   than this are deleted even if they are the latest of their key
 *                   (cleanup.policy=compact,delete); null keeps them for ever
 */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde, boolean compacted,
                          Duration forgetAfter) {

    public Topic(String name, Serde<K> keySerde, Serde<V> valueSerde, boolean compacted) {
        this(name, keySerde, valueSerde, compacted, null);
    }

    @Override
    public String toString() {
        return name;
    }
}
