package io.wirewatch.analysis.facts;

import java.util.ArrayList;
import java.util.List;

/**
 * What a claim's words mean, for telling a restatement in other words: the claim's content words
 * in (as written, each with the word it counts as in {@link ClaimSimilarity.Claim#words()}), out
 * their {@link WordVectors} and weights, and the claim's gist: the weighted mean of its word
 * vectors, one unit vector per claim. Built once per claim, with it; read by
 * {@link ClaimFeatures}: the cosine of two gists, and how much of a claim's word weight the other
 * claim says in the same or in related words.
 */
final class Meaning {

    static final Meaning NONE = new Meaning(null, new String[0], new String[0]);

    private final WordVectors table;
    private final String[] written;
    private final String[] counted;
    /** Worked out on first use: most claims (clauses, claims no sentence comes close to) never need it. */
    private Resolved resolved;

    /**
     * The words with a vector (as the hash codes of what they count as), their vectors and weights,
     * the weights' sum, and the gist (unit vector, or null).
     */
    private record Resolved(int[] words, float[][] vectors, int[][] units, double[] weights, double total,
                            float[] gist) {
    }

    private Meaning(WordVectors table, String[] written, String[] counted) {
        this.table = table;
        this.written = written;
        this.counted = counted;
    }

    private Resolved resolved() {
        Resolved r = resolved;
        if (r == null) {
            r = resolve();
            resolved = r; // idempotent: a racing reader at worst works it out twice
        }
        return r;
    }

    private Resolved resolve() {
        int[] words = new int[written.length];
        float[][] vectors = new float[written.length][];
        int[][] units = new int[written.length][];
        double[] weights = new double[written.length];
        int n = 0;
        float[] gist = null;
        for (int i = 0; i < written.length; i++) {
            WordVectors.Word w = table.of(written[i]);
            if (w == null) {
                continue;
            }
            if (gist == null) {
                gist = new float[w.vector().length];
            }
            words[n] = counted[i].hashCode();
            vectors[n] = w.vector();
            units[n] = w.units();
            weights[n] = w.weight();
            WordVectors.addScaled(gist, w.vector(), w.weight());
            n++;
        }
        double norm = gist == null ? 0 : Math.sqrt(WordVectors.dot(gist, gist));
        if (norm == 0) {
            gist = null;
        } else {
            for (int d = 0; d < gist.length; d++) {
                gist[d] /= norm;
            }
        }
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += weights[i];
        }
        return new Resolved(java.util.Arrays.copyOf(words, n), java.util.Arrays.copyOf(vectors, n),
                java.util.Arrays.copyOf(units, n), java.util.Arrays.copyOf(weights, n), total, gist);
    }

    /** Cosine of the two claims' gists, 0 when either has none. */
    double similarity(Meaning other) {
        float[] a = resolved().gist();
        float[] b = other.resolved().gist();
        return a == null || b == null ? 0 : WordVectors.dot(a, b);
    }

    /** How related two words must be (cosine) for one to say what the other does. */
    static final double RELATED = 0.5;

    /**
     * The largest cosine two words' {@link WordVectors.Word#units()} can give: each of the 64
     * fixed-point components is off by at most half a unit, so a length by at most 0.4%.
     */
    static final double MAX_COSINE = 1.01;

    /**
     * The words each of two claims has and the other lacks (its leftovers), as
     * {@link #leftovers} finds them: the cheap signals at once, the word-to-word ones on demand.
     */
    static final class Leftovers {
        private final Resolved self;
        private final Resolved them;
        private final int[] mine;
        private final int[] theirs;

        private Leftovers(Resolved self, int[] mine, Resolved them, int[] theirs) {
            this.self = self;
            this.them = them;
            this.mine = mine;
            this.theirs = theirs;
        }

        /** Cosine of the two leftovers' gists (0 when either claim has none). */
        double gist() {
            return gistCosine(self, mine, them, theirs);
        }

        /** The share of this claim's word weight in its leftovers: its unrelated share is at most this. */
        double share() {
            return leftShare(self, mine);
        }

        /** The same for the other claim. */
        double otherShare() {
            return leftShare(them, theirs);
        }

        /**
         * Into {@code x} from {@code at}: for this claim, the weighted mean of each leftover's best
         * cosine to the other's leftovers and the share of its word weight in leftovers with no
         * related word there (said by this claim only); then the same for the other. Each pair
         * of leftovers costs one cosine: the dearest signals.
         */
        void align(double[] x, int at) {
            // The best cosines are kept as fixed-point dot products (exact ints, so in any order
            // of summing) and four of the other's words are taken at once: each of this word's
            // components is read once for four products.
            int[][] other = new int[theirs.length][];
            for (int j = 0; j < theirs.length; j++) {
                other[j] = them.units()[theirs[j]];
            }
            int[] mineDots = new int[mine.length];
            int[] theirDots = new int[theirs.length];
            int[] four = new int[4];
            for (int i = 0; i < mine.length; i++) {
                int[] v = self.units()[mine[i]];
                int j = 0;
                for (; j + 4 <= other.length; j += 4) {
                    WordVectors.dots(v, other, j, four);
                    for (int k = 0; k < 4; k++) {
                        mineDots[i] = Math.max(mineDots[i], four[k]);
                        theirDots[j + k] = Math.max(theirDots[j + k], four[k]);
                    }
                }
                for (; j < other.length; j++) {
                    int d = WordVectors.dot(v, other[j]);
                    mineDots[i] = Math.max(mineDots[i], d);
                    theirDots[j] = Math.max(theirDots[j], d);
                }
            }
            double[] bestMine = WordVectors.cosines(mineDots);
            double[] bestTheirs = WordVectors.cosines(theirDots);
            alignment(self, mine, bestMine, x, at);
            alignment(them, theirs, bestTheirs, x, at + 2);
        }
    }

    /**
     * How the words each claim has and the other lacks relate. Leftovers that mean the same
     * ("rose", "increased") make a restatement; leftovers unrelated to anything the other says
     * make news.
     */
    Leftovers leftovers(ClaimHashes own, Meaning other, ClaimHashes others) {
        Resolved self = resolved();
        Resolved them = other.resolved();
        return new Leftovers(self, leftover(self, others.words()), them, leftover(them, own.words()));
    }

    private static double leftShare(Resolved m, int[] left) {
        double leftWeight = 0;
        for (int i : left) {
            leftWeight += m.weights()[i];
        }
        return m.total() == 0 ? 0 : leftWeight / m.total();
    }

    /** The words of {@code m} whose code is not among {@code otherWords} (sorted codes). */
    private static int[] leftover(Resolved m, int[] otherWords) {
        int[] out = new int[m.words().length];
        int n = 0;
        for (int i = 0; i < m.words().length; i++) {
            if (java.util.Arrays.binarySearch(otherWords, m.words()[i]) < 0) {
                out[n++] = i;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** Weighted mean best cosine of the leftovers (1 when there are none), and their unrelated share. */
    private static void alignment(Resolved m, int[] left, double[] best, double[] x, int at) {
        double total = m.total();
        double leftWeight = 0;
        double aligned = 0;
        double unrelated = 0;
        for (int i = 0; i < left.length; i++) {
            double w = m.weights()[left[i]];
            leftWeight += w;
            aligned += w * best[i];
            if (best[i] < RELATED) {
                unrelated += w;
            }
        }
        x[at] = leftWeight == 0 ? 1 : aligned / leftWeight;
        x[at + 1] = total == 0 ? 0 : unrelated / total;
    }

    private static double gistCosine(Resolved a, int[] left, Resolved b, int[] right) {
        if (left.length == 0 || right.length == 0) {
            return 0;
        }
        float[] ga = new float[a.vectors()[left[0]].length];
        float[] gb = new float[ga.length];
        for (int i : left) {
            WordVectors.addScaled(ga, a.vectors()[i], a.weights()[i]);
        }
        for (int i : right) {
            WordVectors.addScaled(gb, b.vectors()[i], b.weights()[i]);
        }
        return WordVectors.cosine(ga, gb);
    }

    /** Collects a claim's words as the claim is read. */
    static final class Builder {
        private final WordVectors table;
        private final List<String> written = new ArrayList<>();
        private final List<String> counted = new ArrayList<>();

        Builder(WordVectors table) {
            this.table = table;
        }

        /**
         * @param word    the word as written (lower-cased)
         * @param countAs what it counts as among the claim's words (stem, synonym head or entity)
         */
        void add(String word, String countAs) {
            written.add(word);
            counted.add(countAs);
        }

        Meaning build() {
            return written.isEmpty() ? NONE
                    : new Meaning(table, written.toArray(new String[0]), counted.toArray(new String[0]));
        }
    }
}
