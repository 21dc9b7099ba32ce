package io.wirewatch.model;

import java.time.Instant;
import java.util.List;

/**
 * What subscribers are told: a story broke or moved.
 *
 * <p>Flows on {@code wirewatch.alerts}, key = {@link #storyId()}, so one partition holds a story's
 * alerts in order. The contract is documented in docs/alerts.md and docs/alert.schema.json;
 * {@link #schemaVersion()} changes only when a field changes meaning or disappears.
 *
 * @param schemaVersion version of this contract
 * @param id            stable id: the same input always yields the same id, so sinks deduplicate
 * @param type          NEW_STORY, NEW_FACTS or FIGURE_CHANGED
 * @param storyId       the story
 * @param headline      the story's headline
 * @param articleId     the article that raised the alert
 * @param source        its outlet
 * @param url           its link, may be null
 * @param time          its publication time
 * @param sources       outlets that carried the story so far
 * @param entities      what the article is about
 * @param topics        topics the story matches
 * @param facts         the claims: summary sentences for NEW_STORY, new ones for NEW_FACTS
 */
public record Alert(
        int schemaVersion,
        String id,
        AlertType type,
        String storyId,
        String headline,
        String articleId,
        String source,
        String url,
        Instant time,
        List<String> sources,
        List<AlertEntity> entities,
        List<String> topics,
        List<AlertFact> facts) {

    public static final int SCHEMA_VERSION = 1;

    public Alert {
        sources = sources == null ? List.of() : List.copyOf(sources);
        entities = entities == null ? List.of() : List.copyOf(entities);
        topics = topics == null ? List.of() : List.copyOf(topics);
        facts = facts == null ? List.of() : List.copyOf(facts);
    }
}
