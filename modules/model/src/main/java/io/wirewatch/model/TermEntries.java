package io.wirewatch.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.IntFunction;

/**
 * The entries of a map of terms held as parallel arrays (an article's term counts, a story's
 * centroid weights): the term at each position with its value, in position order, read-only.
 * Lets such a map be a {@code Map} for JSON and equality without copying its arrays into one.
 *
 * @param <V> what each term maps to
 */
public final class TermEntries<V> extends AbstractSet<Map.Entry<String, V>> {

    private final String[] terms;
    private final IntFunction<V> valueAt;

    /** The entries of {@code terms}, each with {@code valueAt} its position. */
    public TermEntries(String[] terms, IntFunction<V> valueAt) {
        this.terms = terms;
        this.valueAt = valueAt;
    }

    @Override
    public Iterator<Map.Entry<String, V>> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < terms.length;
            }

            @Override
            public Map.Entry<String, V> next() {
                if (next >= terms.length) {
                    throw new NoSuchElementException();
                }
                int i = next++;
                return new AbstractMap.SimpleImmutableEntry<>(terms[i], valueAt.apply(i));
            }
        };
    }

    @Override
    public int size() {
        return terms.length;
    }
}
