package io.wirewatch.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class PairCountsTest {

    @Test
    void pairwiseScoresAndAdjustedRandOfAKnownCase() {
        // Given two true stories of three articles, predicted as three stories of two
        List<String> truth = List.of("x", "x", "x", "y", "y", "y");
        List<String> predicted = List.of("p", "p", "q", "q", "r", "r");

        // When scored
        PairCounts c = PairCounts.of(predicted, truth);

        // Then 2 of the 3 predicted pairs are right, 2 of the 6 true pairs found, ARI 0.8 / 3.3
        assertThat(c.precision()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(c.recall()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(c.f1()).isCloseTo(4.0 / 9, within(1e-9));
        assertThat(c.adjustedRand()).isCloseTo(0.8 / 3.3, within(1e-9));
    }

    @Test
    void identicalClusteringsScoreOne() {
        List<String> labels = List.of("a", "a", "b", "c", "c", "c");
        PairCounts c = PairCounts.of(List.of("1", "1", "2", "3", "3", "3"), labels);
        assertThat(c.f1()).isEqualTo(1.0);
        assertThat(c.adjustedRand()).isEqualTo(1.0);
    }
}
