package io.wirewatch.analysis.cluster;

import io.wirewatch.model.TermEntries;
import java.util.AbstractMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A story centroid, term to weight, held as parallel arrays: a map in, an immutable
 * {@code Map<String, Double>} out (what {@link StorySummary} carries and its JSON writes, entries
 * in the order given), which scoring also reads position by position with each term's hash code.
 *
 * <p>Why: scoring an article walks the centroid of every candidate story. Read from arrays, a
 * term whose hash code matches none of the article's costs two int reads; the term's string and
 * its boxed weight, scattered over the heap, are only touched for the few shared terms.
 */
final class Centroid extends AbstractMap<String, Double> {

    static final Centroid EMPTY = new Centroid(Map.of());

    private final String[] terms;
    private final double[] weights;
    private final int[] hashes;
    /** Open-addressed index for {@link #get}: position + 1 per slot, 0 for empty. */
    private final int[] slots;
    private final int mask;

    private Centroid(Map<String, Double> weightsByTerm) {
        int n = weightsByTerm.size();
        terms = new String[n];
        weights = new double[n];
        hashes = new int[n];
        int capacity = Integer.highestOneBit(Math.max(4, n * 2) - 1) << 1;
        slots = new int[capacity];
        mask = capacity - 1;
        int i = 0;
        for (Map.Entry<String, Double> e : weightsByTerm.entrySet()) {
            String term = Objects.requireNonNull(e.getKey(), "centroid term");
            terms[i] = term;
            weights[i] = Objects.requireNonNull(e.getValue(), "centroid weight");
            hashes[i] = term.hashCode();
            int slot = spread(hashes[i]) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = ++i;
        }
    }

    /** The centroid of these weights (the same object if it already is one). */
    static Centroid of(Map<String, Double> weightsByTerm) {
        if (weightsByTerm instanceof Centroid c) {
            return c;
        }
        return weightsByTerm == null || weightsByTerm.isEmpty() ? EMPTY : new Centroid(weightsByTerm);
    }

    /** The term at a position, 0 to {@link #size()} - 1. */
    String term(int position) {
        return terms[position];
    }

    double weight(int position) {
        return weights[position];
    }

    /** The hash code of the term at a position. */
    int hash(int position) {
        return hashes[position];
    }

    @Override
    public int size() {
        return terms.length;
    }

    @Override
    public Double get(Object key) {
        int i = positionOf(key);
        return i < 0 ? null : weights[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return positionOf(key) >= 0;
    }

    private int positionOf(Object key) {
        if (!(key instanceof String term)) {
            return -1;
        }
        int h = term.hashCode();
        int slot = spread(h) & mask;
        int at;
        while ((at = slots[slot]) != 0) {
            int i = at - 1;
            if (hashes[i] == h && terms[i].equals(term)) {
                return i;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    @Override
    public Set<Map.Entry<String, Double>> entrySet() {
        return new TermEntries<>(terms, i -> weights[i]);
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
