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
            new RestatementModel(new double[] {1.7242, 1.8151, -3.2996, -0.4597, -3.7624, 3.9750, 4.3879, -0.5533,
                -0.4774, 0.1574, 0.0664, 0.2253, -1.3062, -0.4827, -0.4068, 0.1241, 1.2512, 0.2790, 0.0024, -0.0910,
                -2.0191}, -0.7800),
            new RestatementModel(new double[] {0.7767, 0.7642, 0.0769, 1.5643, -1.1897, 0.5342, 0.7029, -0.4609,
                -0.3537, -0.1578, -0.1330, 0.1585, -0.2918, 0.2865, 0.1887, 1.3334, -0.0950, 0.1637, -0.2501, 0.2379,
                -0.2803}, -2.9537));
}
