package io.wirewatch.analysis.facts;

import java.time.Duration;

/**
 * Thresholds of the facts stage.
 *
 * @param knownThreshold      a sentence whose probability of restating a known claim reaches this is
 *                            not new, nor is one whose every clause has this share of its word
 *                            weight known
 * @param minInformativeWords a claim needs at least this many content words (or an entity or a
 *                            number) to be worth an alert
 * @param summarySentences    how many sentences a NEW_STORY alert quotes
 * @param minNoveltyScore     a new claim is announced only when its novelty (see
 *                            {@link Novelty#novelties()}) reaches this; weaker ones are remembered
 *                            silently. At most 1 - knownThreshold is the same as no filter.
 * @param coolDown            after an alert on a story, its further news is held this long and
 *                            then raised as one alert (zero: raise at once)
 */
public record NoveltySettings(double knownThreshold, int minInformativeWords, int summarySentences,
                              double minNoveltyScore, Duration coolDown) {

    public NoveltySettings {
        coolDown = coolDown == null || coolDown.isNegative() ? Duration.ZERO : coolDown;
    }

    public static NoveltySettings defaults() {
        return new NoveltySettings(0.5, 5, 2, 0.6, Duration.ofMinutes(15));
    }

    public NoveltySettings withKnownThreshold(double threshold) {
        return new NoveltySettings(threshold, minInformativeWords, summarySentences, minNoveltyScore, coolDown);
    }

    public NoveltySettings withCoolDown(Duration d) {
        return new NoveltySettings(knownThreshold, minInformativeWords, summarySentences, minNoveltyScore, d);
    }
}
