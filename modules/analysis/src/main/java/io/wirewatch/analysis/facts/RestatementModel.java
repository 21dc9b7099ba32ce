package io.wirewatch.analysis.facts;

import java.util.Arrays;

/**
 * Whether a claim restates a known claim: the {@link ClaimFeatures} of the pair in, the
 * probability that the pair says the same fact out (a logistic regression: weights on the
 * features plus an intercept, through the logistic function).
 *
 * <p>With {@code center} and {@code scale} the model also weighs every product of two features
 * (each first standardised by them): "the words overlap much <em>and</em> the leftovers mean the
 * same" is worth more than the sum of the two, which a plain weighted sum cannot say. Its weights
 * are then the features' followed by the products', in the order of {@link #crossed}.
 *
 * @param weights   one per feature, in the order of {@link ClaimFeatures#NAMES}, then one per product
 * @param intercept the log-odds of a restatement when every feature is 0
 * @param center    per feature, the mean subtracted before products are taken (empty: no products)
 * @param scale     per feature, the spread it is divided by before products are taken
 */
public record RestatementModel(double[] weights, double intercept, double[] center, double[] scale) {

    public RestatementModel {
        weights = weights.clone();
        center = center == null ? new double[0] : center.clone();
        scale = scale == null ? new double[0] : scale.clone();
    }

    /** A plain weighted sum of the features. */
    public RestatementModel(double[] weights, double intercept) {
        this(weights, intercept, null, null);
    }

    /** The log-odds of a restatement. */
    public double logit(double[] features) {
        double z = intercept;
        int d = center.length == 0 ? weights.length : center.length;
        for (int i = 0; i < d; i++) {
            z += weights[i] * features[i];
        }
        if (center.length == 0) {
            return z;
        }
        double[] s = new double[d];
        for (int i = 0; i < d; i++) {
            s[i] = (features[i] - center[i]) / scale[i];
        }
        int k = d;
        for (int i = 0; i < d; i++) {
            for (int j = i; j < d; j++) {
                z += weights[k++] * s[i] * s[j];
            }
        }
        return z;
    }

    /**
     * The highest log-odds the features can give when those from {@code from} on are known only
     * to lie within {@code low} and {@code high} (one bound each, from {@code from}): whether
     * working them out could change which of two pairs is the likelier restatement. Infinite for
     * a model with products (they are not bounded so simply).
     */
    double highestLogit(double[] features, int from, double[] low, double[] high) {
        if (center.length > 0) {
            return Double.POSITIVE_INFINITY;
        }
        double z = intercept;
        for (int i = 0; i < from; i++) {
            z += weights[i] * features[i];
        }
        for (int i = from; i < weights.length; i++) {
            z += Math.max(weights[i] * low[i - from], weights[i] * high[i - from]);
        }
        return z;
    }

    public double probability(double[] features) {
        return 1 / (1 + Math.exp(-logit(features)));
    }

    /**
     * The features followed by the products of each pair of them (a feature with itself too),
     * standardised by {@code center} and {@code scale}: what a model with products weighs.
     */
    static double[] crossed(double[] features, double[] center, double[] scale) {
        int d = center.length;
        double[] out = new double[d + d * (d + 1) / 2];
        System.arraycopy(features, 0, out, 0, d);
        int k = d;
        for (int i = 0; i < d; i++) {
            double si = (features[i] - center[i]) / scale[i];
            for (int j = i; j < d; j++) {
                out[k++] = si * (features[j] - center[j]) / scale[j];
            }
        }
        return out;
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    @Override
    public double[] center() {
        return center.clone();
    }

    @Override
    public double[] scale() {
        return scale.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RestatementModel m && Arrays.equals(weights, m.weights) && intercept == m.intercept
                && Arrays.equals(center, m.center) && Arrays.equals(scale, m.scale);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(weights) + Double.hashCode(intercept)) + Arrays.hashCode(center);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("intercept ").append(String.format("%.4f", intercept));
        int d = center.length == 0 ? weights.length : center.length;
        for (int i = 0; i < d; i++) {
            s.append(", ").append(ClaimFeatures.NAMES.get(i)).append(' ').append(String.format("%.4f", weights[i]));
        }
        if (center.length > 0) {
            s.append(", and ").append(weights.length - d).append(" products of two features");
        }
        return s.toString();
    }
}
