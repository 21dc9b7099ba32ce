package io.wirewatch.topology;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * A state store with its most recently used values kept as objects: reads of a hot key (a running
 * story's summary, a common term's document frequency) skip the store and deserialisation, which
 * were most of the cluster stage's time. Writes go to the store first, so the changelog, and
 * with it a restart, see exactly what they saw before.
 *
 * <p>Correct only while this processor is the store's single writer, which Kafka Streams
 * guarantees for a task's stores; a new task (after a restart or rebalance) starts with an empty
 * cache. One stream thread only. Values must be immutable.
 */
final class WriteThroughStore<V> {

    private final KeyValueStore<String, V> store;
    /** Null when nothing is kept: then every call goes straight to the store. */
    private final Map<String, V> recent;

    WriteThroughStore(KeyValueStore<String, V> store, int capacity) {
        this.store = store;
        this.recent = capacity == 0 ? null : new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > capacity;
            }
        };
    }

    V get(String key) {
        if (recent == null) {
            return store.get(key);
        }
        V value = recent.get(key);
        if (value == null) {
            value = store.get(key);
            if (value != null) {
                recent.put(key, value);
            }
        }
        return value;
    }

    void put(String key, V value) {
        store.put(key, value);
        if (recent != null) {
            recent.put(key, value);
        }
    }

    void delete(String key) {
        store.delete(key);
        if (recent != null) {
            recent.remove(key);
        }
    }

    /** Every entry, from the store itself: for scans, which are rare (expiry, halving). */
    KeyValueIterator<String, V> all() {
        return store.all();
    }
}
