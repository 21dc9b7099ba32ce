package io.wirewatch.analysis.cluster;

/**
 * Inverse document frequency learned from the stream through the {@link StoryIndex}:
 * {@code ln((N + 1) / (df + 1)) + 1}, so a term never seen weighs most and a term in every
 * article still weighs 1. Entities are counted as terms named "@" + canonical name. A term in
 * (or its {@link TermCounts#id}), its idf out, each looked up in the index once per article
 * however many candidate stories ask.
 *
 * <p>The memo is an open-addressed table of term ids and idfs: an article asks a few hundred
 * times, and a map keyed by the term's String hashed its characters and allocated a node each
 * time.
 */
final class Idf {

    private final StoryIndex index;
    private final double logDocs;
    private long[] ids = new long[512];
    private double[] values = new double[512];
    private int size;

    Idf(StoryIndex index) {
        this.index = index;
        this.logDocs = Math.log(index.documentCount() + 1.0);
    }

    double of(String term) {
        return of(TermCounts.id(term));
    }

    /** The idf of the term with this id (never 0, as {@link TermCounts#id} gives). */
    double of(long termId) {
        int mask = ids.length - 1;
        int slot = (int) (termId ^ (termId >>> 32)) & mask;
        long at;
        while ((at = ids[slot]) != 0) {
            if (at == termId) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        double v = logDocs - Math.log(index.documentFrequency(termId) + 1.0) + 1.0;
        ids[slot] = termId;
        values[slot] = v;
        if (++size * 2 > ids.length) {
            grow();
        }
        return v;
    }

    /** A hint that the idfs of these terms (the first {@code n}) are asked next (see {@link StoryIndex#prefetchDocumentFrequencies}). */
    void prefetch(long[] termIds, int n) {
        index.prefetchDocumentFrequencies(termIds, n);
    }

    static String entityTerm(String canonical) {
        return "@" + canonical;
    }

    private void grow() {
        long[] oldIds = ids;
        double[] oldValues = values;
        ids = new long[oldIds.length * 2];
        values = new double[ids.length];
        int mask = ids.length - 1;
        for (int k = 0; k < oldIds.length; k++) {
            long id = oldIds[k];
            if (id != 0) {
                int slot = (int) (id ^ (id >>> 32)) & mask;
                while (ids[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                ids[slot] = id;
                values[slot] = oldValues[k];
            }
        }
    }
}
