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
            new RestatementModel(new double[] {1.7080, 1.8007, -3.0406, -0.6598, -3.7662, 3.9442, 4.5138, -0.5408,
                -0.4623, 0.1640, 0.0776, 0.2162, -1.3231, -0.4931, -0.4428, 0.1008, 1.0689, 0.2311, 0.1938, -0.1947,
                -2.2604}, -0.7713),
            new RestatementModel(new double[] {0.7477, 0.7411, 0.0131, 1.6497, -1.1815, 0.5315, 0.7461, -0.4814,
                -0.3557, -0.1522, -0.1364, 0.1592, -0.2971, 0.3171, 0.1615, 1.0029, -0.1438, 0.1616, -0.6144, 0.1872,
                -0.3006}, -2.6137));
}
