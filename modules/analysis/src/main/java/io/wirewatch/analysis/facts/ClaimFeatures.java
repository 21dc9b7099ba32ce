package io.wirewatch.analysis.facts;

import java.util.List;
import java.util.Set;

/**
 * What a {@link RestatementModel} reads to tell whether a claim restates a known one: a claim, a
 * known claim and the coverage the story's memory gives the claim in, a fixed vector of cheap
 * signals out (each about 0..1, or a small log-count). Each signal alone is a weak judge of
 * paraphrase (word overlap reaches about 0.73 on MSRP); weighed together by a model fitted on
 * labelled pairs they judge better than any one of them.
 *
 * <p>Directions matter: "forward" is how much of the claim the known claim says (what a reader of
 * the known claim would learn from the claim), "backward" how much of the known claim the claim
 * says. A figure or a name on one side only is strong evidence of another fact.
 */
final class ClaimFeatures {

    /** The signals, in the order of the vector. */
    static final List<String> NAMES = List.of(
            "coverage",        // the claim's word weight (IDF in the memory) the known claim covers
            "unionCoverage",   // ... the best two known claims cover together, discounted
            "forward",         // share of the claim's words in the known claim
            "backward",        // share of the known claim's words in the claim
            "bigrams",         // Dice overlap of the two claims' word bigrams
            "subsequence",     // longest common word subsequence over the longer claim
            "tokens",          // Dice overlap of all tokens as written, function words too
            "newFigure",       // the claim states a figure the known claim does not
            "lostFigure",      // the known claim states a figure the claim does not
            "newName",         // share of the claim's names (entities, capitalised words) not in the known claim
            "lostName",        // share of the known claim's names not in the claim
            "lengthRatio",     // shorter over longer, in words
            "negation",        // one of the two denies, the other does not
            "unsaid",          // log(1 + the claim's words the known claim lacks)
            "dropped",         // log(1 + the known claim's words the claim lacks)
            "gist",            // cosine of the two claims' mean word vectors (what they are about)
            "leftoverGist",    // cosine of the mean vectors of the words each lacks of the other
            "alignedForward",  // how close the claim's words the known claim lacks come to its own leftovers
            "unrelatedForward", // share of the claim's word weight in leftovers unrelated to the known claim's
            "alignedBackward", // the same, the known claim's leftovers against the claim's
            "unrelatedBackward");

    static final int SIZE = NAMES.size();

    private ClaimFeatures() {
    }

    /** Where the word-to-word signals start: the dearest, worked out last ({@link Pending#complete}). */
    static final int ALIGNED = 17;

    /**
     * @param claim    the claim judged
     * @param known    a known claim
     * @param coverage the share of {@code claim}'s word weight {@code known} covers
     * @param union    the share the best two known claims cover, discounted
     */
    static double[] of(ClaimSimilarity.Claim claim, ClaimSimilarity.Claim known, double coverage, double union) {
        return pending(claim, known, coverage, union).complete();
    }

    /** As {@link #of}, all but the word-to-word signals (from {@link #ALIGNED} on) worked out. */
    static Pending pending(ClaimSimilarity.Claim claim, ClaimSimilarity.Claim known, double coverage,
                           double union) {
        Set<String> c = claim.words();
        Set<String> k = known.words();
        ClaimHashes ch = claim.hashes();
        ClaimHashes kh = known.hashes();
        int shared = ClaimHashes.shared(ch.words(), kh.words());
        double[] x = new double[SIZE];
        x[0] = coverage;
        x[1] = union;
        x[2] = c.isEmpty() ? 0 : (double) shared / c.size();
        x[3] = k.isEmpty() ? 0 : (double) shared / k.size();
        int na = ch.bigrams().length;
        int nb = kh.bigrams().length;
        x[4] = na == 0 || nb == 0 ? 0 : 2.0 * ClaimHashes.shared(ch.bigrams(), kh.bigrams()) / (na + nb);
        int longer = Math.max(ch.sequence().length, kh.sequence().length);
        x[5] = longer == 0 ? 0 : (double) ClaimHashes.subsequence(ch.sequence(), kh.sequence()) / longer;
        int forms = ch.forms().length + kh.forms().length;
        x[6] = forms == 0 ? 0 : 2.0 * ClaimHashes.shared(ch.forms(), kh.forms()) / forms;
        x[7] = unstated(claim.figures(), known.figures()) ? 1 : 0;
        x[8] = unstated(known.figures(), claim.figures()) ? 1 : 0;
        x[9] = missing(claim.names(), k);
        x[10] = missing(known.names(), c);
        x[11] = Math.max(c.size(), k.size()) == 0 ? 1
                : (double) Math.min(c.size(), k.size()) / Math.max(c.size(), k.size());
        x[12] = (claim.negations() > 0) != (known.negations() > 0) ? 1 : 0;
        x[13] = Math.log1p(c.size() - shared);
        x[14] = Math.log1p(k.size() - shared);
        x[15] = claim.meaning().similarity(known.meaning());
        Meaning.Leftovers left = claim.meaning().leftovers(ch, known.meaning(), kh);
        x[16] = left.gist();
        return new Pending(x, left);
    }

    /**
     * A pair's signals with the word-to-word ones still to work out: what they can be at most and
     * at least (so a model can tell whether they could matter), and working them out.
     */
    static final class Pending {
        private final double[] x;
        private final Meaning.Leftovers left;

        private Pending(double[] x, Meaning.Leftovers left) {
            this.x = x;
            this.left = left;
        }

        /** The signals so far; those from {@link #ALIGNED} on are 0 until {@link #complete}. */
        double[] known() {
            return x;
        }

        /** The least each signal from {@link #ALIGNED} on can be: a cosine's best is at least 0. */
        double[] low() {
            return new double[] {0, 0, 0, 0};
        }

        /** The most: a cosine's bound, and a claim's whole leftover weight unrelated. */
        double[] high() {
            return new double[] {Meaning.MAX_COSINE, left.share(), Meaning.MAX_COSINE, left.otherShare()};
        }

        /** All the signals. */
        double[] complete() {
            left.align(x, ALIGNED);
            return x;
        }
    }

    /** Some figure of {@code figures} is not stated by any of {@code other}. */
    private static boolean unstated(List<Figures.Figure> figures, List<Figures.Figure> other) {
        for (Figures.Figure f : figures) {
            boolean stated = false;
            for (Figures.Figure g : other) {
                if (f.statedBy(g) || g.statedBy(f)) {
                    stated = true;
                    break;
                }
            }
            if (!stated) {
                return true;
            }
        }
        return false;
    }

    /** Share of {@code names} that {@code words} lacks. */
    private static double missing(Set<String> names, Set<String> words) {
        if (names.isEmpty()) {
            return 0;
        }
        int n = 0;
        for (String w : names) {
            if (!words.contains(w)) {
                n++;
            }
        }
        return (double) n / names.size();
    }
}
