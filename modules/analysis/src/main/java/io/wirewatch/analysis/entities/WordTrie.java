package io.wirewatch.analysis.entities;

import io.wirewatch.analysis.text.Tokenizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The gazetteer's aliases as a trie of words, flattened into arrays: a node and a normalised word
 * (a String, or a token of {@link Tokenizer.Tokens}) in, the child node for that word out
 * ({@code -1} if none), and each node's value. Node 0 is the root. One open-addressing table holds
 * every edge of the trie, keyed by (parent, word hash), so a lookup is one or two probes into one
 * int array instead of a walk through per-node hash maps: most words of an article are in no
 * alias, and for those the answer is one probe. A key match is confirmed against the edge's word,
 * so hash collisions cost time, never a wrong match; the words' characters lie in one array and
 * each slot says where, so confirming reads one place in memory, not a String and its bytes.
 * Which nodes have children and which have a value is kept in bits small enough to stay in the
 * cache: the walk past the end of an alias, and the value of a node that has none, cost no read
 * of the large arrays.
 *
 * <p>Built once, then only read: safe to share between threads once built.
 */
final class WordTrie<V> {

    /** Ints per slot: the edge's key (0: empty), its child, where its word starts in {@link #chars}, its length. */
    private static final int SLOT = 4;

    /** Slots of {@link #SLOT} ints; 16 bytes each, so a slot never straddles a cache line. */
    private int[] slots = new int[1024 * SLOT];
    private int mask = 1023;
    private int used;
    /**
     * The words of all edges, each distinct word once: a word under many parents ("Smith" after
     * every first name) is compared at one place, so the words an article meets stay in the
     * cache (100,000 aliases have about 30,000 distinct words, but three times as many edges).
     */
    private char[] chars = new char[4096];
    private int charsUsed;
    /** While building: where each word already is in {@link #chars}. Dropped by {@link #built}. */
    private Map<String, Integer> placed = new HashMap<>();
    /** Per node, its value. */
    private Object[] values = new Object[256];
    /** One bit per node: it has a child; it has a value. */
    private long[] parents = new long[4];
    private long[] valued = new long[4];
    private int nodes = 1;

    /** The child of {@code node} along {@code word}, or -1. */
    int child(int node, String word) {
        if (!isSet(parents, node)) {
            return -1;
        }
        int key = key(node, word.hashCode());
        int at = key & mask;
        while (true) {
            int s = at * SLOT;
            int k = slots[s];
            if (k == 0) {
                return -1;
            }
            if (k == key && equal(word, slots[s + 2], slots[s + 3])) {
                return slots[s + 1];
            }
            at = (at + 1) & mask;
        }
    }

    /** The child of {@code node} along token {@code i} of {@code tokens} (its normalised form), or -1. */
    int child(int node, Tokenizer.Tokens tokens, int i) {
        if (!isSet(parents, node)) {
            return -1;
        }
        int key = key(node, tokens.normHash(i));
        int at = key & mask;
        while (true) {
            int s = at * SLOT;
            int k = slots[s];
            if (k == 0) {
                return -1;
            }
            if (k == key && tokens.normEquals(i, chars, slots[s + 2], slots[s + 3])) {
                return slots[s + 1];
            }
            at = (at + 1) & mask;
        }
    }

    /** The child of {@code node} along {@code word}, made if missing. */
    int childOrNew(int node, String word) {
        int child = child(node, word);
        if (child >= 0) {
            return child;
        }
        if ((used + 1) * 2 > mask + 1) {
            grow();
        }
        if (nodes == values.length) {
            values = Arrays.copyOf(values, nodes * 2);
            parents = Arrays.copyOf(parents, values.length / 64 + 1);
            valued = Arrays.copyOf(valued, values.length / 64 + 1);
        }
        if (placed == null) {
            placed = new HashMap<>();
        }
        Integer at = placed.get(word);
        if (at == null) {
            if (charsUsed + word.length() > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charsUsed + word.length()));
            }
            word.getChars(0, word.length(), chars, charsUsed);
            at = charsUsed;
            placed.put(word, at);
            charsUsed += word.length();
        }
        child = nodes++;
        set(parents, node, true);
        insert(key(node, word.hashCode()), child, at, word.length());
        return child;
    }

    /** Building is done: forgets what only building needs (adding more still works, sharing less). */
    void built() {
        placed = null;
    }

    /** How many nodes the trie has: node ids are below this. */
    int nodes() {
        return nodes;
    }

    @SuppressWarnings("unchecked")
    V value(int node) {
        return isSet(valued, node) ? (V) values[node] : null;
    }

    void setValue(int node, V value) {
        values[node] = value;
        set(valued, node, value != null);
    }

    private static boolean isSet(long[] bits, int node) {
        return (bits[node >>> 6] & (1L << node)) != 0;
    }

    private static void set(long[] bits, int node, boolean on) {
        if (on) {
            bits[node >>> 6] |= 1L << node;
        } else {
            bits[node >>> 6] &= ~(1L << node);
        }
    }

    private boolean equal(String word, int from, int length) {
        if (word.length() != length) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (word.charAt(k) != chars[from + k]) {
                return false;
            }
        }
        return true;
    }

    private void insert(int key, int child, int from, int length) {
        int at = key & mask;
        while (slots[at * SLOT] != 0) {
            at = (at + 1) & mask;
        }
        int s = at * SLOT;
        slots[s] = key;
        slots[s + 1] = child;
        slots[s + 2] = from;
        slots[s + 3] = length;
        used++;
    }

    private void grow() {
        int[] old = slots;
        slots = new int[old.length * 2];
        mask = slots.length / SLOT - 1;
        used = 0;
        for (int s = 0; s < old.length; s += SLOT) {
            if (old[s] != 0) {
                insert(old[s], old[s + 1], old[s + 2], old[s + 3]);
            }
        }
    }

    /** Never 0 (the empty slot): a mix of the parent and the word's String hash. */
    private static int key(int node, int wordHash) {
        int h = node * 0x9E3779B1 + wordHash;
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h == 0 ? 1 : h;
    }
}
