package io.wirewatch.analysis.cluster;

/**
 * The heaviest of a set of terms: ranks and terms in (parallel arrays, terms distinct), the
 * positions of the {@code limit} terms that rank highest out, highest first, ties by term, the
 * order every ranking of terms in the cluster stage uses (vector terms, centroid pruning,
 * anchors).
 *
 * <p>By insertion into a short ranked array of positions, found by binary search: most terms of
 * a long list are settled by one comparison with the lightest kept, and nothing is boxed (a sort
 * of records with a comparator was ~7% of the cluster stage).
 */
final class Heaviest {

    private Heaviest() {
    }

    /** Positions {@code 0..n-1} of the {@code limit} highest {@code rank}s, highest first (ties by term). */
    static int[] first(double[] rank, String[] terms, int n, int limit) {
        int[] top = new int[Math.min(n, limit)];
        if (top.length == 0) {
            return top;
        }
        int held = 0;
        for (int k = 0; k < n; k++) {
            if (held == top.length && !before(k, top[held - 1], rank, terms)) {
                continue;
            }
            int lo = 0;
            int hi = held;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (before(k, top[mid], rank, terms)) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            int moved = (held < top.length ? held : held - 1) - lo;
            System.arraycopy(top, lo, top, lo + 1, moved);
            top[lo] = k;
            if (held < top.length) {
                held++;
            }
        }
        return top;
    }

    /** Whether term {@code a} ranks before term {@code b}: heavier, or as heavy and first by term. */
    private static boolean before(int a, int b, double[] rank, String[] terms) {
        int c = Double.compare(-rank[a], -rank[b]);
        return c != 0 ? c < 0 : terms[a].compareTo(terms[b]) < 0;
    }
}
