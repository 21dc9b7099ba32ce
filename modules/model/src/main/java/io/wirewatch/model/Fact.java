package io.wirewatch.model;

import java.time.Instant;

/**
 * A claim a story has carried: one informative sentence and who reported it first.
 *
 * @param text      the sentence
 * @param articleId the article that first carried it
 * @param source    that article's outlet
 * @param seen      that article's publication time
 */
public record Fact(String text, String articleId, String source, Instant seen) {
}
