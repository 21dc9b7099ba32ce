package io.wirewatch.analysis.cluster;

import java.util.function.Predicate;

/**
 * Entries of {@link InMemoryStoryIndex} by a 64-bit number (a candidate key's id, a story's
 * {@link StoryIds} number): a number in, its value out, in one open-addressed array of numbers
 * beside one of values.
 *
 * <p>Why: keyed by String in a hash map, a look-up hashed the key's characters, then read the
 * table, a node, the stored key and its bytes to compare: four memory misses among hundreds of
 * thousands of keys before the value. Here it reads the number's slot, then the value. Not
 * thread-safe; 0 is not a number (it marks an empty slot).
 */
final class NumberedEntries<V> {

    private long[] numbers = new long[1 << 10];
    private Object[] values = new Object[1 << 10];
    private int mask = (1 << 10) - 1;
    private int size;

    @SuppressWarnings("unchecked")
    V get(long number) {
        int slot = slot(number);
        return numbers[slot] == number ? (V) values[slot] : null;
    }

    void put(long number, V value) {
        if (number == 0) {
            throw new IllegalArgumentException("0 is not a number here");
        }
        int slot = slot(number);
        if (numbers[slot] != number) {
            numbers[slot] = number;
            size++;
        }
        values[slot] = value;
        if (size * 2 > mask + 1) {
            rehash((mask + 1) * 2);
        }
    }

    /** Removes the number's entry if {@code due} says so of its value. */
    @SuppressWarnings("unchecked")
    void removeIf(long number, Predicate<V> due) {
        int slot = slot(number);
        if (numbers[slot] == number && due.test((V) values[slot])) {
            delete(slot);
        }
    }

    /** Removes every entry whose value {@code due} says so of. */
    @SuppressWarnings("unchecked")
    void removeAllIf(Predicate<V> due) {
        // Collected first: deleting shifts later entries back, over slots a scan has passed.
        long[] doomed = new long[16];
        int n = 0;
        for (int slot = 0; slot <= mask; slot++) {
            if (numbers[slot] != 0 && due.test((V) values[slot])) {
                if (n == doomed.length) {
                    doomed = java.util.Arrays.copyOf(doomed, n * 2);
                }
                doomed[n++] = numbers[slot];
            }
        }
        for (int i = 0; i < n; i++) {
            delete(slot(doomed[i]));
        }
    }

    int size() {
        return size;
    }

    /** Receives each entry. */
    interface Visitor<V> {
        void visit(long number, V value);
    }

    @SuppressWarnings("unchecked")
    void forEach(Visitor<V> visitor) {
        for (int slot = 0; slot <= mask; slot++) {
            if (numbers[slot] != 0) {
                visitor.visit(numbers[slot], (V) values[slot]);
            }
        }
    }

    /** Where the number is, or the empty slot where it would go. */
    private int slot(long number) {
        int slot = spread(number) & mask;
        long at;
        while ((at = numbers[slot]) != number && at != 0) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private static int spread(long number) {
        long h = number * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32);
    }

    /** Linear probing's deletion: later entries of the same run move back, so no look-up stops short. */
    private void delete(int slot) {
        int hole = slot;
        int next = slot;
        while (true) {
            next = (next + 1) & mask;
            long number = numbers[next];
            if (number == 0) {
                break;
            }
            int home = spread(number) & mask;
            // The entry may fill the hole unless its home lies cyclically in (hole, next].
            boolean stays = hole <= next ? hole < home && home <= next : hole < home || home <= next;
            if (!stays) {
                numbers[hole] = number;
                values[hole] = values[next];
                hole = next;
            }
        }
        numbers[hole] = 0;
        values[hole] = null;
        size--;
    }

    private void rehash(int capacity) {
        long[] oldNumbers = numbers;
        Object[] oldValues = values;
        numbers = new long[capacity];
        values = new Object[capacity];
        mask = capacity - 1;
        for (int i = 0; i < oldNumbers.length; i++) {
            if (oldNumbers[i] != 0) {
                int slot = slot(oldNumbers[i]);
                numbers[slot] = oldNumbers[i];
                values[slot] = oldValues[i];
            }
        }
    }
}
