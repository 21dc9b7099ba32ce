package io.wirewatch.analysis.cluster;

/**
 * The heaviest of a set of terms: ranks and terms in (parallel arrays, terms distinct), the
 * positions of the {@code limit} terms that rank highest out, highest first, ties by term, the
 * order every ranking of terms in the cluster stage uses (vector terms, centroid pruning,
 * anchors).
 *
 * <p>Sorted as numbers: each position packed with its rank's bits (heaviest first) into one
 * {@code long}, the longs sorted by the JDK's primitive sort, then one insertion pass with the
 * exact order settles what the packing blurred (ranks alike in their last {@value #POSITION_BITS}
 * bits, and ties, by term). Nothing is boxed, and each comparison of the sort is of two longs in
 * one array (the binary insertion this replaced moved part of the ranked array for every term:
 * 8% of prepare+cluster in the profile, twice this). Ranks that do not pack (negative, NaN, more
 * than {@value #MAX_PACKED} terms) are ranked by binary insertion.
 */
final class Heaviest {

    private static final int POSITION_BITS = 12;
    private static final int MAX_PACKED = 1 << POSITION_BITS;
    private static final long POSITION_MASK = MAX_PACKED - 1;

    private Heaviest() {
    }

    /** Positions {@code 0..n-1} of the {@code limit} highest {@code rank}s, highest first (ties by term). */
    static int[] first(double[] rank, String[] terms, int n, int limit) {
        if (n > MAX_PACKED) {
            return byInsertion(rank, terms, n, limit);
        }
        long[] packed = new long[n];
        for (int k = 0; k < n; k++) {
            long bits = Double.doubleToRawLongBits(rank[k]);
            if (bits < 0 || Double.isNaN(rank[k])) {
                return byInsertion(rank, terms, n, limit);
            }
            // Non-negative doubles order as their bits do; subtracted from the largest long, heaviest first.
            packed[k] = ((Long.MAX_VALUE - bits) & ~POSITION_MASK) | k;
        }
        java.util.Arrays.sort(packed);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = (int) (packed[i] & POSITION_MASK);
        }
        // Only neighbours the packing could not tell apart are out of order: one short move each at most.
        for (int i = 1; i < n; i++) {
            int k = order[i];
            int j = i - 1;
            while (j >= 0 && before(k, order[j], rank, terms)) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = k;
        }
        return n <= limit ? order : java.util.Arrays.copyOf(order, limit);
    }

    private static int[] byInsertion(double[] rank, String[] terms, int n, int limit) {
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
