package io.wirewatch.model;

import org.apache.kafka.common.serialization.Serde;

/**
 * A Kafka topic with the serdes of its key and value, so every edge of the pipeline reads and
 * writes it the same way.
 *
 * @param name       topic name (dots only)
 * @param keySerde   serde of the key
 * @param valueSerde serde of the value
 * @param compacted  true when the latest record per key is the state (cleanup.policy=compact)
 */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde, boolean compacted) {

    @Override
    public String toString() {
        return name;
    }
}
