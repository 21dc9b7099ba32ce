package io.wirewatch.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A story: every copy and version of one piece of news, across outlets.
 *
 * <p>Flows on the compacted topic {@code wirewatch.stories}, key = {@link #id()}; the latest record
 * per key is the story's current state.
 *
 * @param id           story id (the id of its first article, prefixed "story-")
 * @param headline     headline of the first version
 * @param firstSeen    publication time of the first version
 * @param lastUpdated  publication time of the latest article to join
 * @param sources      every article that joined, in arrival order
 * @param entityCounts canonical entity name to number of mentions across its articles
 * @param topics       topics any of its articles matched
 * @param size         number of articles (copies and versions included)
 * @param factCount    claims the story's memory holds
 * @param mergedInto   null for a live story; for a story found to be part of another, the id of
 *                     the story that absorbed it (its sources, entities and claims now count
 *                     there, and its later articles join there)
 */
public record Story(
        String id,
        String headline,
        Instant firstSeen,
        Instant lastUpdated,
        List<StorySource> sources,
        Map<String, Integer> entityCounts,
        List<String> topics,
        int size,
        int factCount,
        String mergedInto) {

    /** A live story. */
    public Story(String id, String headline, Instant firstSeen, Instant lastUpdated, List<StorySource> sources,
                 Map<String, Integer> entityCounts, List<String> topics, int size, int factCount) {
        this(id, headline, firstSeen, lastUpdated, sources, entityCounts, topics, size, factCount, null);
    }

    public Story {
        sources = sources == null ? List.of() : List.copyOf(sources);
        entityCounts = entityCounts == null ? Map.of() : Map.copyOf(entityCounts);
        topics = topics == null ? List.of() : List.copyOf(topics);
    }
}
