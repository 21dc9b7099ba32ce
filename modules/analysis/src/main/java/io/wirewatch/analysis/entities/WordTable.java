package io.wirewatch.analysis.entities;

import java.util.Arrays;

/**
 * A small map from word hashes to int bits, for what an article says about its words (how it
 * writes them, what the finder called them before): hashes in, bits out, open addressing over
 * two int arrays so an article's words cost no boxing. Reused per thread; not thread-safe.
 */
final class WordTable {

    private int[] keys = new int[2048];
    private int[] values = new int[2048];
    private int mask = 2047;
    private int used;

    /** Empties the table, sized for about {@code words} distinct words. */
    void clear(int words) {
        int capacity = Integer.highestOneBit(Math.max(16, words) * 2) * 2;
        if (capacity > keys.length) {
            keys = new int[capacity];
            values = new int[capacity];
        } else {
            Arrays.fill(keys, 0);
        }
        mask = keys.length - 1;
        used = 0;
    }

    /** The bits stored for {@code word} (a nonzero hash), 0 if none. */
    int get(int word) {
        int at = slot(word);
        return keys[at] == word ? values[at] : 0;
    }

    void put(int word, int bits) {
        int at = slot(word);
        if (keys[at] != word) {
            grow();
            at = slot(word);
            keys[at] = word;
        }
        values[at] = bits;
    }

    void or(int word, int bits) {
        int at = slot(word);
        if (keys[at] == word) {
            values[at] |= bits; // one probe for a word seen before, the common case
        } else {
            put(word, bits);
        }
    }

    private int slot(int word) {
        int at = (word * 0x9E3779B1 >>> 7) & mask;
        while (keys[at] != 0 && keys[at] != word) {
            at = (at + 1) & mask;
        }
        return at;
    }

    private void grow() {
        used++;
        if (used * 2 <= keys.length) {
            return;
        }
        int[] k = keys;
        int[] v = values;
        keys = new int[k.length * 2];
        values = new int[k.length * 2];
        mask = keys.length - 1;
        used = 0;
        for (int i = 0; i < k.length; i++) {
            if (k[i] != 0) {
                int at = slot(k[i]);
                keys[at] = k[i];
                values[at] = v[i];
                used++;
            }
        }
    }
}
