package io.wirewatch.analysis.facts;

/**
 * Thresholds of the facts stage.
 *
 * @param knownThreshold      a claim whose similarity to a known claim reaches this is not new
 * @param minInformativeWords a claim needs at least this many content words (or an entity or a
 *                            number) to be worth an alert
 * @param summarySentences    how many sentences a NEW_STORY alert quotes
 */
public record NoveltySettings(double knownThreshold, int minInformativeWords, int summarySentences) {

    public static NoveltySettings defaults() {
        return new NoveltySettings(0.5, 5, 2);
    }
}
