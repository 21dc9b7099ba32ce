package io.wirewatch.analysis.cluster;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * What the clusterer remembers about recent stories: compact summaries, never article text.
 *
 * <p>Storage only: every policy (how many stories a key keeps, when document frequencies decay,
 * what expires when) lives in {@link StoryClusterer}, so the two implementations,
 * {@link InMemoryStoryIndex} for {@code wirewatch eval} and tests and the one over Kafka Streams
 * state stores in the topology, give the same assignments for the same stream.
 */
public interface StoryIndex {

    /** The story an article id already joined, if seen within the window. */
    Optional<String> storyOfArticle(String articleId);

    /** The story whose article had exactly this normalised content, if seen within the window. */
    Optional<String> storyOfContent(String contentHash);

    /** Remembers that an article (and its content, when not null) joined a story. */
    void rememberArticle(String articleId, String contentHash, String storyId, Instant seen);

    /**
     * Stories filed under a candidate key (an LSH band, a rare term, an entity), as their
     * {@link StoryIds} numbers, as last put, oldest first; empty if none. Callers must not change
     * the array.
     */
    long[] storiesUnder(String key);

    /**
     * Replaces the stories filed under a key ({@link StoryIds} numbers, the array now the
     * index's), and stamps the key as used at {@code seen}.
     */
    void putStoriesUnder(String key, long[] stories, Instant seen);

    /**
     * As {@link #storiesUnder(String)}, the key also given by its number ({@link TermCounts#id} of
     * the key), which an index may look it up by instead: a number is hashed and compared without
     * reading a String. Two keys with one number would share their stories in such an index (a
     * chance of about {@code n² / 2^65} among {@code n} keys).
     */
    default long[] storiesUnder(String key, long keyId) {
        return storiesUnder(key);
    }

    /**
     * A hint that the stories under these keys (given by their numbers) are asked next: an index
     * may fetch them together rather than one memory miss after another. The default does nothing.
     */
    default void prefetchStoriesUnder(long[] keyIds) {
    }

    /** As {@link #putStoriesUnder(String, long[], Instant)}, the key also given by its number. */
    default void putStoriesUnder(String key, long keyId, long[] stories, Instant seen) {
        putStoriesUnder(key, stories, seen);
    }

    Optional<StorySummary> summary(String storyId);

    /** The summary of the story with this {@link StoryIds} number, if held. */
    default Optional<StorySummary> summary(long storyNumber) {
        return summary(StoryIds.id(storyNumber));
    }

    void putSummary(StorySummary summary);

    /** Articles counted into the document frequencies (halved with them). */
    long documentCount();

    /** In how many counted articles the term with this id ({@link TermCounts#id}) occurred. */
    long documentFrequency(long termId);

    /** In how many counted articles the term occurred. */
    default long documentFrequency(String term) {
        return documentFrequency(TermCounts.id(term));
    }

    /**
     * A hint that the document frequencies of these terms (the first {@code n}) are asked next:
     * an index may bring them into the cache together rather than one miss after another. The
     * default does nothing.
     */
    default void prefetchDocumentFrequencies(long[] termIds, int n) {
    }

    /** Counts one article's distinct terms, given by their ids ({@link TermCounts#id}), into the document frequencies. */
    void countDocument(long[] distinctTermIds);

    /** Counts one article's distinct terms into the document frequencies. */
    default void countDocument(Collection<String> distinctTerms) {
        countDocument(distinctTerms.stream().mapToLong(TermCounts::id).toArray());
    }

    /** When the document frequencies were last halved, empty if never. */
    Optional<Instant> lastHalving();

    /** Halves the document count and every document frequency (forgetting those that reach 0); records {@code at}. */
    void halveDocumentFrequencies(Instant at);

    /**
     * Forgets articles and contents seen before the cutoff, keys last used before it and stories
     * last seen before it.
     */
    void expireBefore(Instant cutoff);
}
