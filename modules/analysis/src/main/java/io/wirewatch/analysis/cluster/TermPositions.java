package io.wirewatch.analysis.cluster;

/**
 * Where each of an article's vector terms sits in its term array: terms in (distinct, as
 * {@link ArticleProfile#vectorTerms()}), {@link #of} a term out (its position, or -1).
 *
 * <p>Why not a {@code HashMap}: scoring asks this for every centroid term of every candidate story
 * (3,000 questions an article), and almost every answer is "absent". An open-addressed table of
 * the terms' cached hash codes settles a miss by comparing ints, with no node to follow and no
 * boxing; {@code String.equals} runs only when the hash codes agree.
 */
final class TermPositions {

    private final String[] terms;
    private final int[] hashes;
    /** Position + 1 of the term in each slot, 0 for an empty slot. */
    private final int[] slots;
    private final int mask;
    private final long[] ids;
    /** As {@link #slots}, by id. */
    private final int[] idSlots;

    /** Positions of {@code terms}, their ids the {@link TermCounts#id}s of their text. */
    TermPositions(String[] terms) {
        this(terms, idsOf(terms));
    }

    /** Positions of {@code terms}, whose ids ({@link TermCounts#id}) are {@code ids}. */
    TermPositions(String[] terms, long[] ids) {
        this.terms = terms;
        this.ids = ids;
        this.hashes = new int[terms.length];
        int capacity = Integer.highestOneBit(Math.max(4, terms.length * 4) - 1) << 1;
        this.slots = new int[capacity];
        this.mask = capacity - 1;
        for (int i = 0; i < terms.length; i++) {
            int h = terms[i].hashCode();
            hashes[i] = h;
            int slot = spread(h) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = i + 1;
        }
        this.idSlots = new int[capacity];
        for (int i = 0; i < ids.length; i++) {
            int slot = spread(ids[i]) & mask;
            while (idSlots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            idSlots[slot] = i + 1;
        }
    }

    private static long[] idsOf(String[] terms) {
        long[] ids = new long[terms.length];
        for (int i = 0; i < terms.length; i++) {
            ids[i] = TermCounts.id(terms[i]);
        }
        return ids;
    }

    /** The position of {@code term} in the array this was built from, or -1 if it is not there. */
    int of(String term) {
        return of(term, term.hashCode());
    }

    /**
     * As {@link #of(String)}, the term's hash code given: a caller holding hash codes then never
     * reads a term that matches no hash here.
     */
    int of(String term, int h) {
        int slot = spread(h) & mask;
        int at;
        while ((at = slots[slot]) != 0) {
            int i = at - 1;
            if (hashes[i] == h && (terms[i] == term || terms[i].equals(term))) {
                return i;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    /**
     * The position of the term with this id, or -1: what scoring asks for each term of a
     * {@link Centroid}, which holds the ids, so no term's characters are read at all.
     */
    int of(long id) {
        int slot = spread(id) & mask;
        int at;
        while ((at = idSlots[slot]) != 0) {
            if (ids[at - 1] == id) {
                return at - 1;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    int size() {
        return terms.length;
    }

    /** Strings' hash codes differ mostly in their low bits only for short strings; mix the high bits in. */
    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    private static int spread(long id) {
        return (int) (id ^ (id >>> 32));
    }
}
