package io.wirewatch.tools.wordvectors;

/**
 * Principal component analysis without a linear-algebra library: rows of equal length in, the
 * same rows projected on the {@code dims} directions of largest variance out (mean removed). The
 * covariance matrix is diagonalised by cyclic Jacobi rotations, exact enough for a 384-square
 * matrix in a few seconds.
 */
final class Pca {

    private Pca() {
    }

    static double[][] reduce(float[][] rows, int dims) {
        int n = rows[0].length;
        double[] mean = new double[n];
        for (float[] r : rows) {
            for (int d = 0; d < n; d++) {
                mean[d] += r[d];
            }
        }
        for (int d = 0; d < n; d++) {
            mean[d] /= rows.length;
        }
        double[][] cov = new double[n][n];
        double[] c = new double[n];
        for (float[] r : rows) {
            for (int d = 0; d < n; d++) {
                c[d] = r[d] - mean[d];
            }
            for (int i = 0; i < n; i++) {
                double ci = c[i];
                double[] row = cov[i];
                for (int j = i; j < n; j++) {
                    row[j] += ci * c[j];
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                cov[i][j] /= rows.length;
                cov[j][i] = cov[i][j];
            }
        }
        double[][] vectors = new double[n][n];
        double[] values = jacobi(cov, vectors);
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(values[b], values[a]));
        double total = 0;
        double kept = 0;
        for (int i = 0; i < n; i++) {
            total += values[i];
            if (i < dims) {
                kept += values[order[i]];
            }
        }
        System.err.printf("PCA: %d of %d dims keep %.1f%% of the variance%n", dims, n, 100 * kept / total);
        double[][] out = new double[rows.length][dims];
        for (int r = 0; r < rows.length; r++) {
            for (int d = 0; d < n; d++) {
                c[d] = rows[r][d] - mean[d];
            }
            for (int k = 0; k < dims; k++) {
                int col = order[k];
                double s = 0;
                for (int d = 0; d < n; d++) {
                    s += c[d] * vectors[d][col];
                }
                out[r][k] = s;
            }
        }
        return out;
    }

    /** Eigenvalues of the symmetric {@code a} (destroyed); eigenvectors into the columns of {@code v}. */
    static double[] jacobi(double[][] a, double[][] v) {
        int n = a.length;
        for (int i = 0; i < n; i++) {
            v[i][i] = 1;
        }
        double scale = 0;
        for (int i = 0; i < n; i++) {
            scale += a[i][i] * a[i][i];
        }
        for (int sweep = 0; sweep < 50; sweep++) {
            double off = 0;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    off += a[i][j] * a[i][j];
                }
            }
            if (off < 1e-24 * scale) {
                break;
            }
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    double apq = a[p][q];
                    if (Math.abs(apq) < 1e-300) {
                        continue;
                    }
                    double theta = (a[q][q] - a[p][p]) / (2 * apq);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) {
                        t = 1;
                    }
                    double cos = 1 / Math.sqrt(t * t + 1);
                    double sin = t * cos;
                    for (int k = 0; k < n; k++) {
                        double akp = a[k][p];
                        double akq = a[k][q];
                        a[k][p] = cos * akp - sin * akq;
                        a[k][q] = sin * akp + cos * akq;
                    }
                    for (int k = 0; k < n; k++) {
                        double apk = a[p][k];
                        double aqk = a[q][k];
                        a[p][k] = cos * apk - sin * aqk;
                        a[q][k] = sin * apk + cos * aqk;
                    }
                    for (int k = 0; k < n; k++) {
                        double vkp = v[k][p];
                        double vkq = v[k][q];
                        v[k][p] = cos * vkp - sin * vkq;
                        v[k][q] = sin * vkp + cos * vkq;
                    }
                }
            }
        }
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = a[i][i];
        }
        return values;
    }
}
