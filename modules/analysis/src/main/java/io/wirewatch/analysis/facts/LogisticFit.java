package io.wirewatch.analysis.facts;

import java.util.Random;

/**
 * Fits a {@link RestatementModel} to labelled pairs: feature vectors and labels in (1 = the same
 * fact, 0 = not; a graded label in between, such as STS similarity / 5, is fitted as a soft
 * target), the model out. Plain batch gradient descent on the mean log-loss with a small L2
 * penalty, on features standardised to mean 0 and variance 1 (so one step size suits all of
 * them) and folded back into weights on the raw features. Deterministic: the same data give
 * the same model. {@link #fitCrossed} fits a model that also weighs the products of features.
 */
public final class LogisticFit {

    /** Gradient steps; the log-loss of a few thousand pairs has settled well before. */
    static final int STEPS = 3000;
    static final double RATE = 0.5;
    /** L2 penalty on the standardised weights: keeps correlated overlap signals from pulling apart. */
    static final double L2 = 1e-3;
    /**
     * L2 penalty with products: a few hundred weights on a few thousand pairs need a firmer hold
     * (chosen by cross-validation on MSRP and STS train: 1e-3 overfits, 3e-2 underfits).
     */
    static final double L2_CROSSED = 1e-2;

    private LogisticFit() {
    }

    public static RestatementModel fit(double[][] x, double[] y) {
        return fit(x, y, L2);
    }

    /** A model weighing the features and the product of each two of them ({@link RestatementModel#crossed}). */
    public static RestatementModel fitCrossed(double[][] x, double[] y) {
        int n = x.length;
        Standardisation standard = Standardisation.of(x);
        double[] center = standard.mean();
        double[] scale = standard.sd();
        double[][] expanded = new double[n][];
        for (int i = 0; i < n; i++) {
            expanded[i] = RestatementModel.crossed(x[i], center, scale);
        }
        RestatementModel m = newton(expanded, y, L2_CROSSED);
        return new RestatementModel(m.weights(), m.intercept(), center, scale);
    }

    private static RestatementModel fit(double[][] x, double[] y, double l2) {
        int n = x.length;
        int d = x[0].length;
        Standardisation standard = Standardisation.of(x);
        double[] mean = standard.mean();
        double[] sd = standard.sd();
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
                w[j] -= RATE * (grad[j] + l2 * w[j]);
            }
            b -= RATE * gb;
        }
        return standard.onRawFeatures(w, b);
    }

    /** Newton steps: the penalised log-loss is smooth and convex, a dozen steps settle it. */
    static final int NEWTON_STEPS = 15;

    /**
     * Newton's method on the same penalised mean log-loss as {@link #fit}, for the hundreds of
     * correlated product features on which gradient steps of one size oscillate or crawl. The
     * features are standardised; the intercept is not penalised.
     */
    private static RestatementModel newton(double[][] x, double[] y, double l2) {
        int n = x.length;
        int d = x[0].length;
        Standardisation standard = Standardisation.of(x);
        double[] mean = standard.mean();
        double[] sd = standard.sd();
        int m = d + 1; // the last coordinate is the intercept
        double[][] z = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                z[i][j] = (x[i][j] - mean[j]) / sd[j];
            }
            z[i][d] = 1;
        }
        double[] w = new double[m];
        for (int step = 0; step < NEWTON_STEPS; step++) {
            double[] grad = new double[m];
            double[][] hess = new double[m][m];
            for (int i = 0; i < n; i++) {
                double s = 0;
                double[] zi = z[i];
                for (int j = 0; j < m; j++) {
                    s += w[j] * zi[j];
                }
                double p = 1 / (1 + Math.exp(-s));
                double err = (p - y[i]) / n;
                double curve = p * (1 - p) / n;
                for (int j = 0; j < m; j++) {
                    grad[j] += err * zi[j];
                    double c = curve * zi[j];
                    double[] hj = hess[j];
                    for (int k = j; k < m; k++) {
                        hj[k] += c * zi[k];
                    }
                }
            }
            for (int j = 0; j < m; j++) {
                for (int k = 0; k < j; k++) {
                    hess[j][k] = hess[k][j];
                }
                if (j < d) {
                    grad[j] += l2 * w[j];
                    hess[j][j] += l2;
                }
            }
            double[] delta = solve(hess, grad);
            for (int j = 0; j < m; j++) {
                w[j] -= delta[j];
            }
        }
        return standard.onRawFeatures(w, w[d]);
    }

    /**
     * Each feature's mean and standard deviation over the pairs (1 where a feature never varies),
     * so every fit standardises the same way and folds its weights back alike.
     */
    private record Standardisation(double[] mean, double[] sd) {

        static Standardisation of(double[][] x) {
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
            return new Standardisation(mean, sd);
        }

        /** The model whose weights {@code w} (first {@code mean.length}) and intercept were fitted on standardised features, on raw ones. */
        RestatementModel onRawFeatures(double[] w, double intercept) {
            int d = mean.length;
            double[] raw = new double[d];
            double folded = intercept;
            for (int j = 0; j < d; j++) {
                raw[j] = w[j] / sd[j];
                folded -= w[j] * mean[j] / sd[j];
            }
            return new RestatementModel(raw, folded);
        }
    }

    /** Solves {@code a x = b} for a symmetric positive definite {@code a} (Cholesky; {@code a} is overwritten). */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        for (int j = 0; j < n; j++) {
            double diag = a[j][j];
            for (int k = 0; k < j; k++) {
                diag -= a[j][k] * a[j][k];
            }
            diag = Math.sqrt(Math.max(diag, 1e-12));
            a[j][j] = diag;
            for (int i = j + 1; i < n; i++) {
                double v = a[i][j];
                for (int k = 0; k < j; k++) {
                    v -= a[i][k] * a[j][k];
                }
                a[i][j] = v / diag;
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            double v = b[i];
            for (int k = 0; k < i; k++) {
                v -= a[i][k] * x[k];
            }
            x[i] = v / a[i][i];
        }
        for (int i = n - 1; i >= 0; i--) {
            double v = x[i];
            for (int k = i + 1; k < n; k++) {
                v -= a[k][i] * x[k];
            }
            x[i] = v / a[i][i];
        }
        return x;
    }

    /**
     * K-fold cross-validation: each pair's probability from a model fitted without its fold, so
     * an accuracy computed on them is an honest estimate for pairs not seen in fitting. Folds are
     * a seeded shuffle.
     */
    public static double[] heldOut(double[][] x, double[] y, int folds, long seed) {
        return heldOut(x, y, folds, seed, false);
    }

    /** As {@link #heldOut(double[][], double[], int, long)}, with products of features if {@code crossed}. */
    public static double[] heldOut(double[][] x, double[] y, int folds, long seed, boolean crossed) {
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
            RestatementModel model = crossed ? fitCrossed(tx, ty) : fit(tx, ty);
            for (int i = 0; i < n; i++) {
                if (fold[i] == f) {
                    p[i] = model.probability(x[i]);
                }
            }
        }
        return p;
    }
}
