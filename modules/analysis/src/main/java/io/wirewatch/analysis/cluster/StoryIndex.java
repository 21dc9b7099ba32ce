package io.wirewatch.analysis.cluster;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * What the clusterer remembers about recent stories: compact summaries, never article text.
 *
 * <p>Two implementations: {@link InMemoryStoryIndex} for {@code wirewatch eval} and unit tests, and
 * one over Kafka Streams state stores in the topology, so both run the same judgement.
 * Everything here is bounded by the clustering window: {@link #expireBefore(Instant)} forgets
 * what is older.
 */
public interface StoryIndex {

    /** The story an article id already joined, if seen within the window. */
    Optional<String> storyOfArticle(String articleId);

    /** The story whose article had exactly this normalised content, if seen within the window. */
    Optional<String> storyOfContent(String contentHash);

    /** Remembers that an article (and its content) joined a story. */
    void rememberArticle(String articleId, String contentHash, String storyId, Instant seen);

    /** Stories filed under a candidate key (an LSH band, a rare term, an entity). */
    Set<String> storiesUnder(String key);

    /** Files a story under candidate keys. */
    void fileUnder(String storyId, Collection<String> keys, Instant seen);

    Optional<StorySummary> summary(String storyId);

    void putSummary(StorySummary summary);

    /** Articles counted so far for document frequencies (within the window or decayed). */
    long documentCount();

    /** In how many counted articles the term occurred. */
    long documentFrequency(String term);

    /** Counts one article's distinct terms into the document frequencies. */
    void countDocument(Collection<String> distinctTerms);

    /** Forgets stories, articles and keys last seen before the given time. */
    void expireBefore(Instant cutoff);
}
