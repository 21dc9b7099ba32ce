package io.wirewatch.analysis.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HeaviestTest {

    @Test
    void picksWhatAFullSortPutsFirst() {
        SplittableRandom random = new SplittableRandom(7);
        for (int round = 0; round < 500; round++) {
            // Given terms with ranks, many of them tied
            int n = random.nextInt(300);
            String[] terms = new String[n];
            double[] rank = new double[n];
            for (int k = 0; k < n; k++) {
                terms[k] = "t" + k;
                rank[k] = 1 + random.nextInt(round % 2 == 0 ? 5 : 1000) / 7.0;
            }
            int limit = 1 + random.nextInt(120);

            // When the heaviest are picked
            int[] top = Heaviest.first(rank, terms, n, limit);

            // Then they are the first of a sort by rank, heaviest first, ties by term
            int[] sorted = IntStream.range(0, n).boxed()
                    .sorted(Comparator.<Integer>comparingDouble(k -> -rank[k]).thenComparing(k -> terms[k]))
                    .mapToInt(Integer::intValue).limit(limit).toArray();
            assertThat(top).as("round %d", round).isEqualTo(sorted);
        }
    }

    @Test
    void ranksAlikeInTheirLastBitsOrManyTermsStillSortExactly() {
        SplittableRandom random = new SplittableRandom(13);
        for (int round = 0; round < 300; round++) {
            // Given ranks a few units in the last place apart, sometimes zero or negative, sometimes thousands of terms
            int n = round % 50 == 0 ? 5000 + random.nextInt(500) : random.nextInt(400);
            String[] terms = new String[n];
            double[] rank = new double[n];
            double base = 1 + random.nextInt(3);
            for (int k = 0; k < n; k++) {
                terms[k] = Integer.toString(random.nextInt(1 << 20), 36) + "-" + k;
                rank[k] = random.nextInt(3) == 0 ? random.nextInt(3)
                        : base + Math.ulp(base) * random.nextInt(round % 3 == 0 ? 8 : 1 << 14);
                if (round % 7 == 0 && k == n / 2) {
                    rank[k] = -1;
                }
            }
            int limit = random.nextInt(n + 2);

            // When the heaviest are picked
            int[] top = Heaviest.first(rank, terms, n, limit);

            // Then they are the first of a full sort
            int[] sorted = IntStream.range(0, n).boxed()
                    .sorted(Comparator.<Integer>comparingDouble(k -> -rank[k]).thenComparing(k -> terms[k]))
                    .mapToInt(Integer::intValue).limit(limit).toArray();
            assertThat(top).as("round %d", round).isEqualTo(sorted);
        }
    }

    @Test
    void nothingToPick() {
        assertThat(Heaviest.first(new double[0], new String[0], 0, 5)).isEmpty();
        assertThat(Heaviest.first(new double[] {2}, new String[] {"a"}, 1, 0)).isEmpty();
    }

    @Test
    void termWeightsAddUpATermAddedAgain() {
        // Given a vector that grows past its first capacity
        TermWeights weights = new TermWeights(2);
        for (int k = 0; k < 50; k++) {
            weights.add("t" + k, TermCounts.id("t" + k), k);
        }
        // When a term is added again
        weights.add("t7", TermCounts.id("t7"), 0.5);

        // Then it is summed in place, the order first met kept
        assertThat(weights.size()).isEqualTo(50);
        assertThat(weights.weight(7)).isEqualTo(7.5);
        assertThat(Arrays.copyOf(weights.terms(), 3)).containsExactly("t0", "t1", "t2");
        assertThat(weights.id(49)).isEqualTo(TermCounts.id("t49"));
    }
}
