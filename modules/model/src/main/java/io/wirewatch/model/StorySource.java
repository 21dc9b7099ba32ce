package io.wirewatch.model;

import java.time.Instant;

/**
 * One article that joined a story.
 *
 * @param source     outlet name
 * @param articleId  the article
 * @param url        its link, may be null
 * @param relation   NEW, COPY or VERSION
 * @param similarity the score that placed it in the story
 * @param seen       its publication time
 */
public record StorySource(String source, String articleId, String url, Relation relation,
                          double similarity, Instant seen) {
}
