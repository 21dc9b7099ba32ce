package io.wirewatch.analysis.facts;

import java.util.Random;

/**
 * Fits a {@link RestatementModel} to labelled pairs: feature vectors and labels in (1 = the same
 * fact, 0 = not; a graded label in between, such as STS similarity / 5, is fitted as a soft
 * target), the model out. Plain batch gradient descent on the mean log-loss with a small L2
 * penalty, on features standardised to mean 0 and variance 1 (so one step size suits all of
 * them) and folded back into weights on the raw features. Deterministic: the same data give
 * the same model.
 */
public final class LogisticFit {

    /** Gradient steps; the log-loss of a few thousand pairs has settled well before. */
    static final int STEPS = 3000;
    static final double RATE = 0.5;
    /** L2 penalty on the standardised weights: keeps correlated overlap signals from pulling apart. */
    static final double L2 = 1e-3;

    private LogisticFit() {
    }

    public static RestatementModel fit(double[][] x, double[] y) {
        int n = x.length;
        int d = x[0].length;
        double[] mean = new double[d];
        double[] sd = new double[d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j] / n;
            }
        }
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                sd[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
            }
        }
        for (int j = 0; j < d; j++) {
            sd[j] = sd[j] < 1e-12 ? 1 : Math.sqrt(sd[j]);
        }
        double[] w = new double[d];
        double b = 0;
        double[] grad = new double[d];
        double[] z = new double[d];
        for (int step = 0; step < STEPS; step++) {
            java.util.Arrays.fill(grad, 0);
            double gb = 0;
            for (int i = 0; i < n; i++) {
                double s = b;
                for (int j = 0; j < d; j++) {
                    z[j] = (x[i][j] - mean[j]) / sd[j];
                    s += w[j] * z[j];
                }
                double err = 1 / (1 + Math.exp(-s)) - y[i];
                for (int j = 0; j < d; j++) {
                    grad[j] += err * z[j] / n;
                }
                gb += err / n;
            }
            for (int j = 0; j < d; j++) {
                w[j] -= RATE * (grad[j] + L2 * w[j]);
            }
            b -= RATE * gb;
        }
        double[] raw = new double[d];
        double intercept = b;
        for (int j = 0; j < d; j++) {
            raw[j] = w[j] / sd[j];
            intercept -= w[j] * mean[j] / sd[j];
        }
        return new RestatementModel(raw, intercept);
    }

    /**
     * K-fold cross-validation: each pair's probability from a model fitted without its fold, so
     * an accuracy computed on them is an honest estimate for pairs not seen in fitting. Folds are
     * a seeded shuffle.
     */
    public static double[] heldOut(double[][] x, double[] y, int folds, long seed) {
        int n = x.length;
        int[] fold = new int[n];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random r = new Random(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        for (int i = 0; i < n; i++) {
            fold[order[i]] = i % folds;
        }
        double[] p = new double[n];
        for (int f = 0; f < folds; f++) {
            int m = 0;
            for (int i = 0; i < n; i++) {
                if (fold[i] != f) {
                    m++;
                }
            }
            double[][] tx = new double[m][];
            double[] ty = new double[m];
            int k = 0;
            for (int i = 0; i < n; i++) {
                if (fold[i] != f) {
                    tx[k] = x[i];
                    ty[k++] = y[i];
                }
            }
            RestatementModel model = fit(tx, ty);
            for (int i = 0; i < n; i++) {
                if (fold[i] == f) {
                    p[i] = model.probability(x[i]);
                }
            }
        }
        return p;
    }
}
