package io.wirewatch.analysis.cluster;

import java.util.Arrays;

/**
 * Terms with their ids ({@link TermCounts#id}) and weights in parallel arrays, in the order first
 * added: an article's unit term vector (what a story centroid averages), or the sums while a
 * centroid and an article (or two centroids) are merged. A term added again adds to its weight.
 *
 * <p>Why not a {@code Map<String, Double>}: one was built for every article and two for every
 * story update (a node and a boxed weight per term, each term's hash code in the lookup); here a
 * term is found by its id in an open-addressed table.
 */
final class TermWeights {

    private String[] terms;
    private long[] ids;
    private double[] weights;
    private int size;
    /** Position + 1 of the term with an id in each slot, 0 for an empty slot. */
    private int[] slots;
    private int mask;

    TermWeights(int expected) {
        int capacity = Math.max(4, expected);
        terms = new String[capacity];
        ids = new long[capacity];
        weights = new double[capacity];
        resizeSlots(capacity);
    }

    /** Adds {@code weight} to the term's weight (the term is added with it if new). */
    void add(String term, long id, double weight) {
        int slot = (int) (id ^ (id >>> 32)) & mask;
        int at;
        while ((at = slots[slot]) != 0) {
            if (ids[at - 1] == id) {
                weights[at - 1] = weights[at - 1] + weight;
                return;
            }
            slot = (slot + 1) & mask;
        }
        if (size == terms.length) {
            grow();
            add(term, id, weight);
            return;
        }
        terms[size] = term;
        ids[size] = id;
        weights[size] = weight;
        slots[slot] = ++size;
    }

    int size() {
        return size;
    }

    /** The terms, the first {@link #size} of the array in use (not to be changed). */
    String[] terms() {
        return terms;
    }

    /** The ids, the first {@link #size} of the array in use (not to be changed). */
    long[] ids() {
        return ids;
    }

    String term(int position) {
        return terms[position];
    }

    long id(int position) {
        return ids[position];
    }

    double weight(int position) {
        return weights[position];
    }

    private void grow() {
        int capacity = terms.length * 2;
        terms = Arrays.copyOf(terms, capacity);
        ids = Arrays.copyOf(ids, capacity);
        weights = Arrays.copyOf(weights, capacity);
        resizeSlots(capacity);
        for (int k = 0; k < size; k++) {
            int slot = (int) (ids[k] ^ (ids[k] >>> 32)) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = k + 1;
        }
    }

    private void resizeSlots(int capacity) {
        int tableSize = Integer.highestOneBit(capacity * 2 - 1) << 1;
        slots = new int[tableSize];
        mask = tableSize - 1;
    }
}
