package io.wirewatch.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
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
    void emptyTextHasAnEmptySignature() {
        assertThat(MinHasher.signature(List.of())).isEmpty();
        assertThat(MinHasher.similarity(new int[0], new int[0])).isZero();
        assertThat(MinHasher.bandKeys(new int[0])).isEmpty();
    }
}
