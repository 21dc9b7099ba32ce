package io.wirewatch.analysis.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The numbered entries hold what a hash map holds, through puts, removals and growth. */
class NumberedEntriesTest {

    @Test
    void holdsWhatAMapHolds() {
        // Given entries put and removed at random, few numbers so that probe runs collide and wrap
        SplittableRandom random = new SplittableRandom(1);
        NumberedEntries<Long> entries = new NumberedEntries<>();
        Map<Long, Long> expected = new HashMap<>();
        for (int step = 0; step < 200_000; step++) {
            long number = 1 + random.nextInt(5_000);
            long value = random.nextLong();
            int op = random.nextInt(10);
            if (op < 6) {
                entries.put(number, value);
                expected.put(number, value);
            } else if (op < 9) {
                entries.removeIf(number, v -> true);
                expected.remove(number);
            } else if (step % 1000 == 0) {
                // When some go all at once
                long odd = random.nextLong();
                entries.removeAllIf(v -> (v ^ odd) % 3 == 0);
                expected.values().removeIf(v -> (v ^ odd) % 3 == 0);
            }
            assertThat(entries.get(number)).isEqualTo(expected.get(number));
        }

        // Then every number finds its value, and nothing more is held
        assertThat(entries.size()).isEqualTo(expected.size());
        for (long number = 1; number <= 5_000; number++) {
            assertThat(entries.get(number)).as("number %d", number).isEqualTo(expected.get(number));
        }
        Map<Long, Long> visited = new HashMap<>();
        entries.forEach(visited::put);
        assertThat(visited).isEqualTo(expected);
    }

    @Test
    void removesOnlyWhatIsDue() {
        // Given two entries
        NumberedEntries<String> entries = new NumberedEntries<>();
        entries.put(7, "old");
        entries.put(8, "new");

        // When only old values are due
        entries.removeIf(7, v -> v.equals("old"));
        entries.removeIf(8, v -> v.equals("old"));

        // Then the new one stays
        assertThat(entries.get(7)).isNull();
        assertThat(entries.get(8)).isEqualTo("new");
    }
}
