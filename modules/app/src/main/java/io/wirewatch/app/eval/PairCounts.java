package io.wirewatch.app.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairwise agreement of a clustering with the truth: articles' predicted story ids and true
 * labels in (same order), pairwise precision, recall, F1 and the adjusted Rand index out.
 * Computed from the contingency table, never pair by pair, so a million articles cost a million
 * steps.
 *
 * @param truePositives  pairs in the same predicted story and the same true story
 * @param predictedPairs pairs in the same predicted story
 * @param truePairs      pairs in the same true story
 * @param allPairs       all pairs of articles
 */
public record PairCounts(long truePositives, long predictedPairs, long truePairs, long allPairs) {

    public static PairCounts of(List<String> predicted, List<String> truth) {
        if (predicted.size() != truth.size()) {
            throw new IllegalArgumentException("predicted and true labels differ in length: "
                    + predicted.size() + " vs " + truth.size());
        }
        Map<String, Long> byPredicted = new HashMap<>();
        Map<String, Long> byTruth = new HashMap<>();
        Map<String, Long> byBoth = new HashMap<>();
        for (int i = 0; i < predicted.size(); i++) {
            byPredicted.merge(predicted.get(i), 1L, Long::sum);
            byTruth.merge(truth.get(i), 1L, Long::sum);
            byBoth.merge(predicted.get(i) + '\u0000' + truth.get(i), 1L, Long::sum);
        }
        return new PairCounts(pairs(byBoth), pairs(byPredicted), pairs(byTruth), choose2(predicted.size()));
    }

    public double precision() {
        return predictedPairs == 0 ? 1.0 : (double) truePositives / predictedPairs;
    }

    public double recall() {
        return truePairs == 0 ? 1.0 : (double) truePositives / truePairs;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Hubert and Arabie's adjusted Rand index: 1 for identical clusterings, about 0 for chance. */
    public double adjustedRand() {
        if (allPairs == 0) {
            return 1.0;
        }
        double expected = (double) predictedPairs * truePairs / allPairs;
        double max = (predictedPairs + truePairs) / 2.0;
        return max == expected ? 1.0 : (truePositives - expected) / (max - expected);
    }

    private static long pairs(Map<String, Long> sizes) {
        long sum = 0;
        for (long n : sizes.values()) {
            sum += choose2(n);
        }
        return sum;
    }

    private static long choose2(long n) {
        return n * (n - 1) / 2;
    }
}
