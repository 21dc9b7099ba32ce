package io.wirewatch.analysis.cluster;

import io.wirewatch.model.TermEntries;
import java.util.AbstractMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A story centroid, term to weight, held as parallel arrays with each term's id
 * ({@link TermCounts#id}): a map in (read from a store or JSON) or an update's merged weights
 * ({@link #heaviest}), an immutable {@code Map<String, Double>} out (what {@link StorySummary}
 * carries and its JSON writes, entries in the order held), which scoring also reads position by
 * position with each term's id.
 *
 * <p>Why: scoring an article walks the centroid of every candidate story. Read from arrays, a
 * term the article does not have costs a long read and a probe of the article's small table;
 * the term's string and its weight, scattered over the heap as map entries, are not touched.
 *
 * <p>A centroid made by an update holds its terms heaviest first by weight times idf (ties by
 * term), so its first {@value StorySummary#ANCHORS} terms are the story's anchors, and its norm
 * is summed in that order.
 */
final class Centroid extends AbstractMap<String, Double> {

    static final Centroid EMPTY = new Centroid(new String[0], new long[0], new double[0]);

    private final String[] terms;
    private final long[] ids;
    private final double[] weights;
    /** Open-addressed index by id: position + 1 per slot, 0 for empty. */
    private final int[] slots;
    private final int mask;

    private Centroid(String[] terms, long[] ids, double[] weights) {
        this.terms = terms;
        this.ids = ids;
        this.weights = weights;
        int n = terms.length;
        int capacity = Integer.highestOneBit(Math.max(4, n * 2) - 1) << 1;
        slots = new int[capacity];
        mask = capacity - 1;
        for (int i = 0; i < n; i++) {
            int slot = slot(ids[i]);
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = i + 1;
        }
    }

    /** The centroid of these weights, in their order (the same object if it already is one). */
    static Centroid of(Map<String, Double> weightsByTerm) {
        if (weightsByTerm instanceof Centroid c) {
            return c;
        }
        if (weightsByTerm == null || weightsByTerm.isEmpty()) {
            return EMPTY;
        }
        int n = weightsByTerm.size();
        String[] terms = new String[n];
        long[] ids = new long[n];
        double[] weights = new double[n];
        int i = 0;
        for (Map.Entry<String, Double> e : weightsByTerm.entrySet()) {
            terms[i] = Objects.requireNonNull(e.getKey(), "centroid term");
            weights[i] = Objects.requireNonNull(e.getValue(), "centroid weight");
            ids[i] = TermCounts.id(terms[i]);
            i++;
        }
        return new Centroid(terms, ids, weights);
    }

    /**
     * The {@code limit} terms of {@code merged} heaviest by weight times idf (ties by term),
     * heaviest first: a story's centroid after an update, pruned.
     */
    static Centroid heaviest(TermWeights merged, Idf idf, int limit) {
        int n = merged.size();
        double[] rank = new double[n];
        idf.prefetch(merged.ids(), n);
        for (int k = 0; k < n; k++) {
            rank[k] = merged.weight(k) * idf.of(merged.id(k));
        }
        int[] top = Heaviest.first(rank, merged.terms(), n, limit);
        if (top.length == 0) {
            return EMPTY;
        }
        String[] terms = new String[top.length];
        long[] ids = new long[top.length];
        double[] weights = new double[top.length];
        for (int i = 0; i < top.length; i++) {
            terms[i] = merged.term(top[i]);
            ids[i] = merged.id(top[i]);
            weights[i] = merged.weight(top[i]);
        }
        return new Centroid(terms, ids, weights);
    }

    /** The term at a position, 0 to {@link #size()} - 1. */
    String term(int position) {
        return terms[position];
    }

    double weight(int position) {
        return weights[position];
    }

    /** Reads the start of the arrays scoring walks, so they are in the cache when it does (see {@link StorySummary#touch}). */
    long touch() {
        return ids.length == 0 ? 0 : ids[0] + (long) weights[0];
    }

    /** The id ({@link TermCounts#id}) of the term at a position. */
    long id(int position) {
        return ids[position];
    }

    /** The position of the term with this id, or -1. */
    int positionOf(long id) {
        int slot = slot(id);
        int at;
        while ((at = slots[slot]) != 0) {
            if (ids[at - 1] == id) {
                return at - 1;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
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
        return key instanceof String term ? positionOf(TermCounts.id(term)) : -1;
    }

    @Override
    public Set<Map.Entry<String, Double>> entrySet() {
        return new TermEntries<>(terms, i -> weights[i]);
    }

    private int slot(long id) {
        return (int) (id ^ (id >>> 32)) & mask;
    }
}
