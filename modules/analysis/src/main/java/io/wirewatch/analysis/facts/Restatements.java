package io.wirewatch.analysis.facts;

/**
 * The two models that read a claim's {@link ClaimFeatures} against a known claim: one decides
 * whether it says the same fact (new or not), the other grades how similar the two are (how new).
 * A paraphrase test and a similarity scale ask different questions of the same signals: the
 * weights that judge MSRP best grade STS worse and the other way round, so each has its own.
 *
 * @param decision the probability that a claim restates the known claim; below
 *                 {@link NoveltySettings#knownThreshold()} the claim is new
 * @param grade    graded similarity 0..1 (STS similarity / 5), what {@link Novelty#peak()} reports
 */
public record Restatements(RestatementModel decision, RestatementModel grade) {

    /**
     * Fitted by {@code wirewatch eval novelty --fit}: the decision on MSRP train (all 4,076
     * pairs, 1 = paraphrase), the grade on the STS benchmark train, genre main-news (3,299 pairs,
     * similarity / 5 as a soft label). Re-fit after changing {@link ClaimFeatures}, and paste
     * the printed weights here.
     */
    public static final Restatements FITTED = new Restatements(
            new RestatementModel(new double[] {2.0179, 2.0263, -4.2376, 0.9741, -3.8851, 4.2074, 4.5308, -0.3107,
                -0.2119, 0.0925, -0.0484, 0.5441, -1.3454, -0.4668, -0.2946}, -2.1724),
            new RestatementModel(new double[] {0.8765, 0.8499, 0.6993, 2.1243, -1.2374, 0.5794, 0.9372, -0.3386,
                -0.2414, -0.1412, -0.1275, 0.2842, -0.3112, 0.3645, 0.1582}, -3.1855));
}
