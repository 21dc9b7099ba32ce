package io.wirewatch.analysis.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermPositionsTest {

    @Test
    void findsEachTermsPositionAndNothingElse() {
        String[] terms = {"missil", "launch", "pyongyang", "u.s", "2024"};
        TermPositions positions = new TermPositions(terms);
        for (int i = 0; i < terms.length; i++) {
            assertThat(positions.of(new String(terms[i]))).isEqualTo(i);
        }
        assertThat(positions.of("missile")).isEqualTo(-1);
        assertThat(positions.of("")).isEqualTo(-1);
    }

    @Test
    void termsWithTheSameHashCodeAreToldApart() {
        // "Aa" and "BB" share a hash code, as do their concatenations.
        String[] terms = {"AaAa", "BBBB", "AaBB"};
        assertThat("AaAa".hashCode()).isEqualTo("BBBB".hashCode()).isEqualTo("AaBB".hashCode());
        TermPositions positions = new TermPositions(terms);
        assertThat(positions.of("AaAa")).isEqualTo(0);
        assertThat(positions.of("BBBB")).isEqualTo(1);
        assertThat(positions.of("AaBB")).isEqualTo(2);
        assertThat(positions.of("BBAa")).isEqualTo(-1);
    }

    @Test
    void manyTermsAndNoTerms() {
        String[] terms = new String[100];
        for (int i = 0; i < terms.length; i++) {
            terms[i] = "term" + i;
        }
        TermPositions positions = new TermPositions(terms);
        assertThat(positions.of("term0")).isEqualTo(0);
        assertThat(positions.of("term99")).isEqualTo(99);
        assertThat(positions.of("term100")).isEqualTo(-1);
        assertThat(new TermPositions(new String[0]).of("term0")).isEqualTo(-1);
    }
}
