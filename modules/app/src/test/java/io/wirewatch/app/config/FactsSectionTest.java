package io.wirewatch.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.analysis.facts.NoveltySettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactsSectionTest {

    @Test
    void theShippedConfigHoldsTheCoolDownAndMinimumNovelty() {
        // Given the shipped config, When its facts section is read
        NoveltySettings s = WirewatchConfig.load(Path.of("../../config/wirewatch.yaml")).facts().toSettings();

        // Then it says what docs/alerts.md documents
        assertThat(s.minNoveltyScore()).isEqualTo(0.6);
        assertThat(s.coolDown()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void missingValuesTakeDefaultsAndBadOnesAreNamed() {
        // Given an empty section and one with out-of-range values
        FactsSection empty = new FactsSection(null, null, null, null, null);
        FactsSection bad = new FactsSection(null, null, null, 1.5, Duration.ofMinutes(-1));

        // When they are checked
        List<String> problems = new ArrayList<>();
        empty.check(problems);
        bad.check(problems);

        // Then the empty one takes the defaults and both bad values are reported
        assertThat(empty.toSettings()).isEqualTo(NoveltySettings.defaults());
        assertThat(problems).containsExactly("facts.minNoveltyScore must be in [0, 1], was 1.5",
                "facts.coolDown must not be negative, was PT-1M");
    }
}
