package io.wirewatch.model;

import java.util.AbstractMap;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An article's content-word counts as parallel arrays: term, count and the term's 64-bit
 * {@linkplain #id id}, position by position in the order the terms were first met. Out, an
 * immutable {@code Map<String, Integer>} (what {@link Signature#terms()} is and its JSON writes),
 * which the cluster stage also reads position by position, ids included.
 *
 * <p>Why: the cluster stage counts and weighs an article's terms by id (its document frequencies
 * are keyed by id); carrying the ids from prepare spares it hashing each term's characters again,
 * and arrays spare prepare a hash map per article and its immutable copy.
 */
public final class SignatureTerms extends AbstractMap<String, Integer> {

    static final SignatureTerms EMPTY = new SignatureTerms(new String[0], new int[0], new long[0]);

    /** An id of 0 would look like an empty slot in an open-addressed table of ids: such a term gets this one. */
    private static final long ZERO_ID = 0x9E3779B97F4A7C15L;

    private final String[] terms;
    private final int[] counts;
    private final long[] ids;

    private SignatureTerms(String[] terms, int[] counts, long[] ids) {
        this.terms = terms;
        this.counts = counts;
        this.ids = ids;
    }

    /**
     * The first {@code n} entries of these arrays (distinct terms, each with its count and
     * {@link #id}), which are copied.
     */
    public static SignatureTerms of(String[] terms, int[] counts, long[] ids, int n) {
        if (n == 0) {
            return EMPTY;
        }
        String[] t = Arrays.copyOf(terms, n);
        for (String term : t) {
            Objects.requireNonNull(term, "term");
        }
        return new SignatureTerms(t, Arrays.copyOf(counts, n), Arrays.copyOf(ids, n));
    }

    /** These counts, in the map's iteration order (the same object if it already is one). */
    public static SignatureTerms of(Map<String, Integer> counts) {
        if (counts instanceof SignatureTerms s) {
            return s;
        }
        if (counts == null || counts.isEmpty()) {
            return EMPTY;
        }
        int n = counts.size();
        String[] terms = new String[n];
        int[] values = new int[n];
        long[] ids = new long[n];
        int i = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            terms[i] = Objects.requireNonNull(e.getKey(), "term");
            values[i] = Objects.requireNonNull(e.getValue(), "count");
            ids[i++] = id(e.getKey());
        }
        return new SignatureTerms(terms, values, ids);
    }

    /**
     * The id of a term: FNV-1a over its characters, then Murmur3's 64-bit finaliser to spread
     * every bit; never 0. A pure function of the term: the same on every instance and after a
     * restart, so no shared dictionary is needed. Two of {@code n} terms share an id with
     * probability about {@code n² / 2^65}.
     */
    public static long id(String term) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < term.length(); i++) {
            h ^= term.charAt(i);
            h *= 0x100000001b3L;
        }
        h = (h ^ (h >>> 33)) * 0xff51afd7ed558ccdL;
        h = (h ^ (h >>> 33)) * 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? ZERO_ID : h;
    }

    /** The term at a position, 0 to {@link #size()} - 1. */
    public String term(int position) {
        return terms[position];
    }

    public int count(int position) {
        return counts[position];
    }

    /** The {@link #id} of the term at a position. */
    public long id(int position) {
        return ids[position];
    }

    @Override
    public int size() {
        return terms.length;
    }

    /** A scan: an article has ~100-200 terms, and only tests and explanations ask. */
    @Override
    public Integer get(Object key) {
        for (int i = 0; i < terms.length; i++) {
            if (terms[i].equals(key)) {
                return counts[i];
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public Set<Map.Entry<String, Integer>> entrySet() {
        return new TermEntries<>(terms, i -> counts[i]);
    }
}
