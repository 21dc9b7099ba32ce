package io.wirewatch.analysis.cluster;

import io.wirewatch.model.Relation;
import java.util.List;

/**
 * The clusterer's verdict on one article.
 *
 * @param storyId        the story it belongs to (a new id for NEW)
 * @param relation       NEW, COPY, VERSION or DUPLICATE
 * @param similarity     the score that decided it (1.0 for NEW and DUPLICATE)
 * @param matchedArticle the closest earlier article of the story, null for NEW
 * @param absorbed       stories this article showed to be part of {@code storyId}, merged into it
 *                       now: their earlier articles belong to {@code storyId} from here on, and
 *                       whatever would have joined them joins {@code storyId}; usually empty
 */
public record Assignment(String storyId, Relation relation, double similarity, String matchedArticle,
                         List<String> absorbed) {

    public Assignment {
        absorbed = absorbed == null ? List.of() : List.copyOf(absorbed);
    }

    /** A verdict that merges no stories. */
    public Assignment(String storyId, Relation relation, double similarity, String matchedArticle) {
        this(storyId, relation, similarity, matchedArticle, List.of());
    }
}
