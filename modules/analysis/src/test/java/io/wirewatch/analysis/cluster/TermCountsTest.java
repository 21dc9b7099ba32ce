package io.wirewatch.analysis.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TermCountsTest {

    @Test
    void countsAndHalvesAsAMapOfTermsDoes() {
        // Given a Zipf-like stream of 200,000 terms over a vocabulary larger than the initial table
        TermCounts counts = new TermCounts();
        Map<String, Long> expected = new HashMap<>();
        Random random = new Random(3);
        for (int i = 0; i < 200_000; i++) {
            String term = "w" + (int) Math.floor(Math.pow(random.nextDouble(), 3) * 50_000);
            counts.increment(term);
            expected.merge(term, 1L, Long::sum);
            // When it is halved now and then
            if (i % 70_000 == 69_999) {
                counts.halve();
                expected.replaceAll((t, c) -> c / 2);
                expected.values().removeIf(c -> c == 0);
            }
        }

        // Then every term has the count the map has, and terms never seen have none
        for (Map.Entry<String, Long> e : expected.entrySet()) {
            assertThat(counts.get(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
        }
        assertThat(counts.size()).isEqualTo(expected.size());
        assertThat(counts.get("never-seen")).isZero();
        long[] total = {0};
        counts.forEach((id, c) -> total[0] += c);
        assertThat(total[0]).isEqualTo(expected.values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void idsAreStableAndDistinctOverAVocabulary() {
        // The id is a pure function of the term: the same on every instance and after a restart
        assertThat(TermCounts.id("missil")).isEqualTo(TermCounts.id(new String("missil")));
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < 500_000; i++) {
            ids.add(TermCounts.id("term" + i));
        }
        assertThat(ids).hasSize(500_000);
    }
}
