package io.wirewatch.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MinHasherTest {

    private static List<String> words(int from, int to) {
        List<String> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            out.add("w" + i);
        }
        return out;
    }

    @Test
    void estimatesOverlapAndSharesBandsOnlyWhenSimilar() {
        int[] a = MinHasher.signature(words(0, 400));
        int[] b = MinHasher.signature(words(40, 440)); // 357 of 437 shingles shared: Jaccard about 0.82
        int[] c = MinHasher.signature(words(1000, 1400));
        assertThat(MinHasher.similarity(a, a)).isEqualTo(1.0);
        assertThat(MinHasher.similarity(a, b)).isBetween(0.7, 0.92);
        assertThat(MinHasher.similarity(a, c)).isLessThan(0.05);
        assertThat(MinHasher.bandKeys(a)).hasSize(MinHasher.BANDS).containsAnyElementsOf(MinHasher.bandKeys(b))
                .doesNotContainAnyElementsOf(MinHasher.bandKeys(c));
        assertThat(MinHasher.signature(words(0, 400))).isEqualTo(a);
    }

    @Test
    void signsAsShingleByShingle() {
        // Stored signatures were made shingle by shingle: the vector-friendly loop must agree.
        SplittableRandom random = new SplittableRandom(3);
        for (int text = 0; text < 200; text++) {
            int n = 1 + random.nextInt(text < 20 ? 6 : 600);
            long[] wordHashes = new long[n + random.nextInt(3)];
            for (int i = 0; i < wordHashes.length; i++) {
                wordHashes[i] = random.nextInt(4) == 0 ? random.nextLong() : MinHasher.wordHash("w" + random.nextInt(50));
            }
            assertThat(MinHasher.signature(wordHashes, n)).as("text %d", text).isEqualTo(shingleByShingle(wordHashes, n));
        }
    }

    /** The signature as it was first computed: each shingle through every function. */
    private static int[] shingleByShingle(long[] th, int n) {
        int[] sig = new int[MinHasher.HASHES];
        java.util.Arrays.fill(sig, Integer.MAX_VALUE);
        int k = Math.min(MinHasher.SHINGLE, n);
        for (int s = 0; s + k <= n; s++) {
            long h = 0x84222325CBF29CE4L;
            for (int t = s; t < s + k; t++) {
                h = MinHasher.mix(h * 31 + th[t]);
            }
            for (int f = 0; f < MinHasher.HASHES; f++) {
                int v = (int) ((MinHasher.A[f] * h + MinHasher.B[f]) >>> 32);
                if (v < sig[f]) {
                    sig[f] = v;
                }
            }
        }
        return sig;
    }

    @Test
    void emptyTextHasAnEmptySignature() {
        assertThat(MinHasher.signature(List.of())).isEmpty();
        assertThat(MinHasher.similarity(new int[0], new int[0])).isZero();
        assertThat(MinHasher.bandKeys(new int[0])).isEmpty();
    }
}
