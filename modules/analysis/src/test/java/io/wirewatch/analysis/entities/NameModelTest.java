package io.wirewatch.analysis.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NameModelTest {

    private static final int BITS = 6;
    private static final int L = NameLabels.COUNT;

    @Test
    void fixedSumsAreExactlyTheSumsOfTheSixteenBitWeightsEvenForManyExtremeRows() throws Exception {
        // Given whole weights up to the largest 16-bit value, so that fixing them keeps them as they are
        Random random = new Random(7);
        float[] weights = new float[(1 << BITS) * L];
        for (int i = 0; i < weights.length; i++) {
            int kind = random.nextInt(4);
            weights[i] = kind == 0 ? 32_767 : kind == 1 ? -32_767 : random.nextInt(65_535) - 32_767;
        }
        NameModel model = new NameModel(BITS, weights).fixed();
        // and more features than a lane holds at once, some of them the same row
        int[] features = new int[NameModel.LANES_HOLD * 2 + 7];
        for (int f = 0; f < features.length; f++) {
            features[f] = random.nextInt();
        }
        int[] partial = {1, -2, 3, -4, 5, -6, 7, -8, 9};

        // When they are summed with the partial sums, and as ints alone
        float[] scores = new float[L];
        model.sum(features, features.length, partial, 0, scores, 0);
        int[] ints = new int[L];
        model.sumInts(features, features.length, ints, 0);

        // Then both are the plain sums of the weights
        for (int c = 0; c < L; c++) {
            long expected = 0;
            for (int feature : features) {
                expected += (long) weights[(feature & ((1 << BITS) - 1)) * L + c];
            }
            assertThat(ints[c]).isEqualTo(expected);
            assertThat(scores[c]).isEqualTo((float) (expected + partial[c]));
        }
    }

    @Test
    void writtenAndReadBackScoresTheSame() throws Exception {
        // Given a fixed model
        Random random = new Random(11);
        float[] weights = new float[(1 << BITS) * L];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = random.nextInt(5) == 0 ? 0 : (float) random.nextGaussian();
        }
        NameModel model = new NameModel(BITS, weights).fixed();

        // When it is written and read back
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        NameModel read = NameModel.read(new ByteArrayInputStream(out.toByteArray()));

        // Then every row adds the same scores
        for (int feature = 0; feature < 1 << BITS; feature++) {
            float[] a = new float[L];
            float[] b = new float[L];
            model.add(feature, a, 0);
            read.add(feature, b, 0);
            assertThat(b).containsExactly(a);
        }
    }
}
