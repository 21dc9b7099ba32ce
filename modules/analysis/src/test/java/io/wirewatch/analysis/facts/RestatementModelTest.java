package io.wirewatch.analysis.facts;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.analysis.entities.Gazetteer;
import java.util.List;
import org.junit.jupiter.api.Test;

class RestatementModelTest {

    @Test
    void gradientDescentLearnsWhichSignalSeparatesTheLabels() {
        // Given pairs whose label follows the first feature, the second being noise
        double[][] x = new double[40][];
        double[] y = new double[40];
        for (int i = 0; i < 40; i++) {
            x[i] = new double[] {i < 20 ? 0.2 + i * 0.01 : 0.7 + i * 0.01, (i * 7 % 11) / 11.0};
            y[i] = i < 20 ? 0 : 1;
        }

        // When a model is fitted, and held-out probabilities are computed
        RestatementModel m = LogisticFit.fit(x, y);
        double[] held = LogisticFit.heldOut(x, y, 5, 1);

        // Then the first feature carries the weight and both judge every pair right
        assertThat(m.weights()[0]).isGreaterThan(Math.abs(m.weights()[1]) * 3);
        for (int i = 0; i < 40; i++) {
            assertThat(m.probability(x[i]) >= 0.5).isEqualTo(y[i] == 1);
            assertThat(held[i] >= 0.5).isEqualTo(y[i] == 1);
        }
    }

    @Test
    void productsOfFeaturesLearnWhatTwoSignalsSayOnlyTogether() {
        // Given pairs that restate exactly when both signals are high or both low (no weighted sum separates them)
        double[][] x = new double[80][];
        double[] y = new double[80];
        for (int i = 0; i < 80; i++) {
            double a = (i % 2 == 0 ? 0.8 : 0.2) + (i % 7) * 0.01;
            double b = (i / 2 % 2 == 0 ? 0.8 : 0.2) + (i % 5) * 0.01;
            x[i] = new double[] {a, b};
            y[i] = (a > 0.5) == (b > 0.5) ? 1 : 0;
        }

        // When both kinds of model are fitted
        RestatementModel sum = LogisticFit.fit(x, y);
        RestatementModel crossed = LogisticFit.fitCrossed(x, y);

        // Then only the one with products judges every pair right
        int sumRight = 0;
        for (int i = 0; i < 80; i++) {
            assertThat(crossed.probability(x[i]) >= 0.5).isEqualTo(y[i] == 1);
            sumRight += (sum.probability(x[i]) >= 0.5) == (y[i] == 1) ? 1 : 0;
        }
        assertThat(sumRight).isLessThan(70);
        assertThat(crossed.center()).hasSize(2);
        assertThat(crossed.weights()).hasSize(2 + 3);
    }

    @Test
    void featuresSeeAChangedFigureAndWordOrder() {
        ClaimSimilarity similarity = new ClaimSimilarity(Gazetteer.empty(), Restatements.FITTED);
        ClaimSimilarity.Claim known = similarity.claim("The storm killed three people in Texas on Sunday.", null);
        ClaimSimilarity.Claim same = similarity.claim("On Sunday the storm killed three people in Texas.", null);
        ClaimSimilarity.Claim other = similarity.claim("The storm killed seven people in Texas on Sunday.", null);
        int newFigure = ClaimFeatures.NAMES.indexOf("newFigure");

        assertThat(ClaimFeatures.of(same, known, 1, 1)[newFigure]).isZero();
        assertThat(ClaimFeatures.of(other, known, 0.8, 0.8)[newFigure]).isEqualTo(1);
        assertThat(ClaimHashes.subsequence(new int[] {1, 2, 3, 4}, new int[] {2, 9, 4})).isEqualTo(2);
    }

    @Test
    void theBitParallelSubsequenceAgreesWithTheTable() {
        // Given random word sequences of every length up to 64 and beyond, over few words (many repeats)
        java.util.Random random = new java.util.Random(6);
        for (int n = 0; n < 2000; n++) {
            int[] a = new int[random.nextInt(70)];
            int[] b = new int[random.nextInt(70)];
            for (int i = 0; i < a.length; i++) {
                a[i] = random.nextInt(8) - 4;
            }
            for (int i = 0; i < b.length; i++) {
                b[i] = random.nextInt(8) - 4;
            }

            // Then both ways of counting the longest common subsequence agree
            assertThat(ClaimHashes.subsequence(a, b)).isEqualTo(ClaimHashes.subsequenceByTable(a, b));
        }
    }

    @Test
    void theShippedModelsTellARestatementFromAnotherClaim() {
        FactJudge judge = new FactJudge(NoveltySettings.defaults(), Gazetteer.empty());
        RestatementModel decision = Restatements.FITTED.decision();
        double[] restated = judge.features(List.of("Profits rose 10 percent in the third quarter, the company said."),
                "The company said profits rose 10 percent in the third quarter.");
        double[] other = judge.features(List.of("Profits rose 10 percent in the third quarter, the company said."),
                "Shares of the airline fell sharply after it cut its forecast.");

        assertThat(decision.probability(restated)).isGreaterThan(0.5);
        assertThat(decision.probability(other)).isLessThan(0.5);
        assertThat(Restatements.FITTED.grade().probability(restated))
                .isGreaterThan(Restatements.FITTED.grade().probability(other));
    }
}
