package io.wirewatch.analysis.cluster;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A story's headline terms or entity names: a list of strings in, an immutable {@code List<String>}
 * out (what {@link StorySummary} carries and writes), with each string's hash code held in an
 * array beside it, so {@link #contains} settles a miss from that array.
 *
 * <p>Why: scoring asks, for each of an article's headline terms and entities and each candidate
 * story, whether the story has it; almost every answer is no. Comparing against the strings'
 * own cached hash codes still read each string object, a cache miss apiece among a window of
 * summaries; the array is one or two cache lines.
 */
final class HashedTerms extends AbstractList<String> implements RandomAccess {

    private static final HashedTerms EMPTY = new HashedTerms(new String[0]);

    private final String[] terms;
    private final int[] hashes;

    private HashedTerms(String[] terms) {
        this.terms = terms;
        this.hashes = new int[terms.length];
        for (int i = 0; i < terms.length; i++) {
            hashes[i] = Objects.requireNonNull(terms[i], "term").hashCode();
        }
    }

    /** These strings, in order (the same object if it already is one). */
    static HashedTerms of(List<String> strings) {
        if (strings instanceof HashedTerms h) {
            return h;
        }
        return strings == null || strings.isEmpty() ? EMPTY : new HashedTerms(strings.toArray(String[]::new));
    }

    /** Reads the start of the hash codes a look-up walks (see {@link StorySummary#touch}). */
    int touch() {
        return hashes.length == 0 ? 0 : hashes[0];
    }

    @Override
    public String get(int index) {
        return terms[index];
    }

    @Override
    public int size() {
        return terms.length;
    }

    @Override
    public boolean contains(Object o) {
        if (!(o instanceof String s)) {
            return false;
        }
        int h = s.hashCode();
        for (int i = 0; i < hashes.length; i++) {
            if (hashes[i] == h && terms[i].equals(s)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int indexOf(Object o) {
        if (o instanceof String s) {
            int h = s.hashCode();
            for (int i = 0; i < hashes.length; i++) {
                if (hashes[i] == h && terms[i].equals(s)) {
                    return i;
                }
            }
        }
        return -1;
    }
}
