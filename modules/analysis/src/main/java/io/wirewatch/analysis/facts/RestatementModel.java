package io.wirewatch.analysis.facts;

import java.util.Arrays;

/**
 * Whether a claim restates a known claim: the {@link ClaimFeatures} of the pair in, the
 * probability that the pair says the same fact out (a logistic regression: weights on the
 * features plus an intercept, through the logistic function).
 *
 * @param weights   one per feature, in the order of {@link ClaimFeatures#NAMES}
 * @param intercept the log-odds of a restatement when every feature is 0
 */
public record RestatementModel(double[] weights, double intercept) {

    public RestatementModel {
        weights = weights.clone();
    }

    /** The log-odds of a restatement. */
    public double logit(double[] features) {
        double z = intercept;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * features[i];
        }
        return z;
    }

    public double probability(double[] features) {
        return 1 / (1 + Math.exp(-logit(features)));
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RestatementModel m && Arrays.equals(weights, m.weights) && intercept == m.intercept;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(weights) + Double.hashCode(intercept);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("intercept ").append(String.format("%.4f", intercept));
        for (int i = 0; i < weights.length; i++) {
            s.append(", ").append(ClaimFeatures.NAMES.get(i)).append(' ').append(String.format("%.4f", weights[i]));
        }
        return s.toString();
    }
}
