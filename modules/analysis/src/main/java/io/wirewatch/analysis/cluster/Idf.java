package io.wirewatch.analysis.cluster;

/**
 * Inverse document frequency learned from the stream through the {@link StoryIndex}:
 * {@code ln((N + 1) / (df + 1)) + 1}, so a term never seen weighs most and a term in every
 * article still weighs 1. Entities are counted as terms named "@" + canonical name.
 */
final class Idf {

    private final StoryIndex index;
    private final double logDocs;
    /** Per article: each term is looked up once, however many candidate stories are scored. */
    private final java.util.Map<String, Double> memo = new java.util.HashMap<>(1024);

    Idf(StoryIndex index) {
        this.index = index;
        this.logDocs = Math.log(index.documentCount() + 1.0);
    }

    double of(String term) {
        Double v = memo.get(term);
        if (v == null) {
            v = logDocs - Math.log(index.documentFrequency(term) + 1.0) + 1.0;
            memo.put(term, v);
        }
        return v;
    }

    static String entityTerm(String canonical) {
        return "@" + canonical;
    }
}
