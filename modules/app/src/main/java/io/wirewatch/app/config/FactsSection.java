package io.wirewatch.app.config;

import io.wirewatch.analysis.facts.NoveltySettings;
import java.time.Duration;
import java.util.List;

/**
 * Thresholds of the facts stage; missing values take {@link NoveltySettings#defaults()}.
 *
 * @param knownThreshold      similarity to a known claim at which a claim is not new
 * @param minInformativeWords content words a claim needs (unless it has an entity or a number)
 * @param summarySentences    sentences quoted by a NEW_STORY alert
 * @param minNoveltyScore     novelty a new claim needs to be announced (weaker ones are remembered silently)
 * @param coolDown            per story: news arriving this soon after its last alert is held and merged
 */
public record FactsSection(Double knownThreshold, Integer minInformativeWords, Integer summarySentences,
                           Double minNoveltyScore, Duration coolDown) {

    public NoveltySettings toSettings() {
        NoveltySettings d = NoveltySettings.defaults();
        return new NoveltySettings(knownThreshold == null ? d.knownThreshold() : knownThreshold,
                minInformativeWords == null ? d.minInformativeWords() : minInformativeWords,
                summarySentences == null ? d.summarySentences() : summarySentences,
                minNoveltyScore == null ? d.minNoveltyScore() : minNoveltyScore,
                coolDown == null ? d.coolDown() : coolDown);
    }

    void check(List<String> problems) {
        NoveltySettings s = toSettings();
        if (s.knownThreshold() <= 0 || s.knownThreshold() > 1) {
            problems.add("facts.knownThreshold must be in (0, 1], was " + s.knownThreshold());
        }
        if (s.minInformativeWords() < 0) {
            problems.add("facts.minInformativeWords must not be negative, was " + s.minInformativeWords());
        }
        if (s.summarySentences() < 0) {
            problems.add("facts.summarySentences must not be negative, was " + s.summarySentences());
        }
        if (s.minNoveltyScore() < 0 || s.minNoveltyScore() > 1) {
            problems.add("facts.minNoveltyScore must be in [0, 1], was " + s.minNoveltyScore());
        }
        if (coolDown != null && coolDown.isNegative()) {
            problems.add("facts.coolDown must not be negative, was " + coolDown);
        }
    }
}
