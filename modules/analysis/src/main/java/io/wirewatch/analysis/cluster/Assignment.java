package io.wirewatch.analysis.cluster;

import io.wirewatch.model.Relation;

/**
 * The clusterer's verdict on one article.
 *
 * @param storyId        the story it belongs to (a new id for NEW)
 * @param relation       NEW, COPY, VERSION or DUPLICATE
 * @param similarity     the score that decided it (1.0 for NEW and DUPLICATE)
 * @param matchedArticle the closest earlier article of the story, null for NEW
 */
public record Assignment(String storyId, Relation relation, double similarity, String matchedArticle) {
}
