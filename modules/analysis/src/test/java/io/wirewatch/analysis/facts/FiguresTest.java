package io.wirewatch.analysis.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void countsRangesOrdinalsAndYears() {
        List<Figures.Figure> f = Figures.of("About 10,000–12,000 troops, then 1,000 to 3,000 more; the sixth test "
                + "in 2025, three summits in 2018-19, $1.5 billion and the 11-day drill, between 5 and 7 ships.");
        assertThat(f).extracting(Figures.Figure::text).containsExactly("10,000–12,000", "1,000 to 3,000", "sixth", "2025",
                "three", "2018-19", "1.5 billion", "11", "5 and 7");
        assertThat(f.get(0).low()).isEqualTo(10_000);
        assertThat(f.get(0).high()).isEqualTo(12_000);
        assertThat(f.get(2).kind()).isEqualTo(Figures.Kind.ORDINAL);
        assertThat(f.get(3).kind()).isEqualTo(Figures.Kind.YEAR);
        assertThat(f.get(5).kind()).isEqualTo(Figures.Kind.YEAR);
        assertThat(f.get(5).high()).isEqualTo(2019);
        assertThat(f.get(6).low()).isEqualTo(1.5e9);
    }

    @Test
    void aSingleFigureIsStatedByARangeEnd() {
        Figures.Figure single = Figures.of("12,000").get(0);
        Figures.Figure range = Figures.of("10,000 to 12,000").get(0);
        assertThat(single.statedBy(range)).isTrue();
        assertThat(Figures.of("15,000").get(0).statedBy(range)).isFalse();
        assertThat(Figures.of("the sixth").get(0).statedBy(Figures.of("6").get(0))).isFalse();
    }
}
