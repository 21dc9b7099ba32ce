package io.wirewatch.analysis.entities;

import io.wirewatch.analysis.text.Tokenizer;
import java.util.Arrays;

/**
 * The gazetteer's aliases as a trie of words, flattened into arrays: a node and a normalised word
 * in, the child node for that word out ({@code -1} if none), and each node's value. Node 0 is the
 * root. One open-addressing table holds every edge of the trie, keyed by (parent, word hash), so a
 * lookup is one or two probes into one int array instead of a walk through per-node hash maps: most
 * words of an article are in no alias, and for those the answer is one probe. A key match is
 * confirmed against the stored word, so hash collisions cost time, never a wrong match.
 *
 * <p>Built once, then only read: safe to share between threads once built.
 */
final class WordTrie<V> {

    /** Pairs per slot: [2s] the edge's key (0: empty), [2s + 1] its child; one cache line serves both. */
    private int[] slots = new int[2048];
    private int mask = 1023;
    private int used;
    /** Per node: the word on its incoming edge, its value. */
    private String[] words = new String[256];
    private Object[] values = new Object[256];
    private int nodes = 1;

    /** The child of {@code node} along {@code word}, or -1. */
    int child(int node, String word) {
        int key = key(node, word.hashCode());
        int at = key & mask;
        while (true) {
            int k = slots[2 * at];
            if (k == 0) {
                return -1;
            }
            if (k == key && words[slots[2 * at + 1]].equals(word)) {
                return slots[2 * at + 1];
            }
            at = (at + 1) & mask;
        }
    }

    /** The child of {@code node} along token {@code i} of {@code tokens} (its normalised form), or -1. */
    int child(int node, Tokenizer.Tokens tokens, int i) {
        int key = key(node, tokens.normHash(i));
        int at = key & mask;
        while (true) {
            int k = slots[2 * at];
            if (k == 0) {
                return -1;
            }
            if (k == key && tokens.normEquals(i, words[slots[2 * at + 1]])) {
                return slots[2 * at + 1];
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
        if (nodes == words.length) {
            words = Arrays.copyOf(words, nodes * 2);
            values = Arrays.copyOf(values, nodes * 2);
        }
        child = nodes++;
        words[child] = word;
        insert(key(node, word.hashCode()), child);
        return child;
    }

    @SuppressWarnings("unchecked")
    V value(int node) {
        return (V) values[node];
    }

    void setValue(int node, V value) {
        values[node] = value;
    }

    private void insert(int key, int child) {
        int at = key & mask;
        while (slots[2 * at] != 0) {
            at = (at + 1) & mask;
        }
        slots[2 * at] = key;
        slots[2 * at + 1] = child;
        used++;
    }

    private void grow() {
        int[] old = slots;
        slots = new int[old.length * 2];
        mask = slots.length / 2 - 1;
        used = 0;
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != 0) {
                insert(old[i], old[i + 1]);
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
