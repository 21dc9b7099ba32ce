package io.wirewatch.analysis.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a claim's words mean, for telling a restatement in other words: the claim's content words
 * in (as written, each with the word it counts as in {@link ClaimSimilarity.Claim#words()}), out
 * their {@link WordVectors} and weights, and the claim's gist: the weighted mean of its word
 * vectors, one unit vector per claim. Built once per claim, with it; read by
 * {@link ClaimFeatures}: the cosine of two gists, and how much of a claim's word weight the other
 * claim says in the same or in related words.
 */
final class Meaning {

    static final Meaning NONE = new Meaning(new String[0], new float[0][], new double[0], null);

    private final String[] words;
    private final float[][] vectors;
    private final double[] weights;
    /** Unit vector, or null when no word has a vector. */
    private final float[] gist;

    private Meaning(String[] words, float[][] vectors, double[] weights, float[] gist) {
        this.words = words;
        this.vectors = vectors;
        this.weights = weights;
        this.gist = gist;
    }

    /** Cosine of the two claims' gists, 0 when either has none. */
    double similarity(Meaning other) {
        if (gist == null || other.gist == null) {
            return 0;
        }
        return WordVectors.dot(gist, other.gist);
    }

    /** How related two words must be (cosine) for one to say what the other does. */
    static final double RELATED = 0.5;

    /**
     * How the words each claim has and the other lacks (its leftovers) relate, into {@code x} from
     * {@code at}: the cosine of the two leftovers' gists; then for this claim, the weighted mean
     * of each leftover's best cosine to the other's leftovers and the share of its word weight in
     * leftovers with no related word there (said by this claim only); then the same for the other.
     * Leftovers that mean the same ("rose", "increased") make a restatement; leftovers unrelated
     * to anything the other says make news.
     */
    void leftovers(Set<String> ownWords, Meaning other, Set<String> otherWords, double[] x, int at) {
        int[] mine = leftover(this, otherWords);
        int[] theirs = leftover(other, ownWords);
        double[] bestMine = new double[mine.length];
        double[] bestTheirs = new double[theirs.length];
        for (int i = 0; i < mine.length; i++) {
            float[] v = vectors[mine[i]];
            for (int j = 0; j < theirs.length; j++) {
                double c = WordVectors.dot(v, other.vectors[theirs[j]]);
                bestMine[i] = Math.max(bestMine[i], c);
                bestTheirs[j] = Math.max(bestTheirs[j], c);
            }
        }
        x[at] = gistCosine(this, mine, other, theirs);
        alignment(this, mine, bestMine, x, at + 1);
        alignment(other, theirs, bestTheirs, x, at + 3);
    }

    private static int[] leftover(Meaning m, Set<String> otherWords) {
        int[] out = new int[m.words.length];
        int n = 0;
        for (int i = 0; i < m.words.length; i++) {
            if (!otherWords.contains(m.words[i])) {
                out[n++] = i;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** Weighted mean best cosine of the leftovers (1 when there are none), and their unrelated share. */
    private static void alignment(Meaning m, int[] left, double[] best, double[] x, int at) {
        double total = 0;
        for (double w : m.weights) {
            total += w;
        }
        double leftWeight = 0;
        double aligned = 0;
        double unrelated = 0;
        for (int i = 0; i < left.length; i++) {
            double w = m.weights[left[i]];
            leftWeight += w;
            aligned += w * best[i];
            if (best[i] < RELATED) {
                unrelated += w;
            }
        }
        x[at] = leftWeight == 0 ? 1 : aligned / leftWeight;
        x[at + 1] = total == 0 ? 0 : unrelated / total;
    }

    private static double gistCosine(Meaning a, int[] left, Meaning b, int[] right) {
        if (left.length == 0 || right.length == 0) {
            return 0;
        }
        float[] ga = new float[a.vectors[left[0]].length];
        float[] gb = new float[ga.length];
        for (int i : left) {
            WordVectors.addScaled(ga, a.vectors[i], a.weights[i]);
        }
        for (int i : right) {
            WordVectors.addScaled(gb, b.vectors[i], b.weights[i]);
        }
        return WordVectors.cosine(ga, gb);
    }

    /** Collects a claim's words as the claim is read. */
    static final class Builder {
        private final WordVectors table;
        private final List<String> words = new ArrayList<>();
        private final List<float[]> vectors = new ArrayList<>();
        private final List<Double> weights = new ArrayList<>();

        Builder(WordVectors table) {
            this.table = table;
        }

        /**
         * @param written the word as written (lower-cased)
         * @param word    what it counts as among the claim's words (stem, synonym head or entity)
         */
        void add(String written, String word) {
            float[] v = table.of(written);
            if (v != null) {
                words.add(word);
                vectors.add(v);
                weights.add(table.weight(written));
            }
        }

        Meaning build() {
            if (words.isEmpty()) {
                return NONE;
            }
            int dims = vectors.get(0).length;
            float[] gist = new float[dims];
            double[] w = new double[weights.size()];
            for (int i = 0; i < w.length; i++) {
                w[i] = weights.get(i);
                float[] v = vectors.get(i);
                for (int d = 0; d < dims; d++) {
                    gist[d] += (float) (w[i] * v[d]);
                }
            }
            double norm = Math.sqrt(WordVectors.dot(gist, gist));
            if (norm == 0) {
                return NONE;
            }
            for (int d = 0; d < dims; d++) {
                gist[d] /= norm;
            }
            return new Meaning(words.toArray(new String[0]), vectors.toArray(new float[0][]), w, gist);
        }
    }
}
