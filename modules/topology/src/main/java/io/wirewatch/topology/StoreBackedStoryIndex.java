package io.wirewatch.topology;

import io.wirewatch.analysis.cluster.StoryIndex;
import io.wirewatch.analysis.cluster.StorySummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The cluster stage's memory over changelogged Kafka Streams state stores, so a restarted
 * instance resumes where it left and the same judgement runs as in {@code wirewatch eval}.
 *
 * <p>Holds signatures and summaries, never article text. Posting lists are bounded per key, and
 * everything older than the window is deleted by {@link #expireBefore(Instant)}.
 */
final class StoreBackedStoryIndex implements StoryIndex {

    /** A key shared by too many stories says little; the oldest fall off. */
    static final int MAX_STORIES_PER_KEY = 64;
    /** Document frequencies and the document count live in one store; this key cannot be a term. */
    static final String DOCUMENT_COUNT_KEY = "\u0000documents";

    private final KeyValueStore<String, Seen> articles;
    private final KeyValueStore<String, Seen> contents;
    private final KeyValueStore<String, Postings> keys;
    private final KeyValueStore<String, StorySummary> summaries;
    private final KeyValueStore<String, Long> documentFrequencies;

    StoreBackedStoryIndex(KeyValueStore<String, Seen> articles, KeyValueStore<String, Seen> contents,
                          KeyValueStore<String, Postings> keys, KeyValueStore<String, StorySummary> summaries,
                          KeyValueStore<String, Long> documentFrequencies) {
        this.articles = articles;
        this.contents = contents;
        this.keys = keys;
        this.summaries = summaries;
        this.documentFrequencies = documentFrequencies;
    }

    @Override
    public Optional<String> storyOfArticle(String articleId) {
        return Optional.ofNullable(articles.get(articleId)).map(Seen::storyId);
    }

    @Override
    public Optional<String> storyOfContent(String contentHash) {
        return Optional.ofNullable(contents.get(contentHash)).map(Seen::storyId);
    }

    @Override
    public void rememberArticle(String articleId, String contentHash, String storyId, Instant seen) {
        Seen entry = new Seen(storyId, seen.toEpochMilli());
        articles.put(articleId, entry);
        if (contentHash != null && !contentHash.isEmpty()) {
            contents.put(contentHash, entry);
        }
    }

    @Override
    public Set<String> storiesUnder(String key) {
        Postings postings = keys.get(key);
        return postings == null ? Set.of() : new LinkedHashSet<>(postings.storyIds());
    }

    @Override
    public void fileUnder(String storyId, Collection<String> candidateKeys, Instant seen) {
        for (String key : candidateKeys) {
            Postings postings = keys.get(key);
            List<String> ids = postings == null ? new ArrayList<>() : new ArrayList<>(postings.storyIds());
            ids.remove(storyId);
            ids.add(storyId);
            if (ids.size() > MAX_STORIES_PER_KEY) {
                ids = ids.subList(ids.size() - MAX_STORIES_PER_KEY, ids.size());
            }
            keys.put(key, new Postings(ids, seen.toEpochMilli()));
        }
    }

    @Override
    public Optional<StorySummary> summary(String storyId) {
        return Optional.ofNullable(summaries.get(storyId));
    }

    @Override
    public void putSummary(StorySummary summary) {
        summaries.put(summary.id(), summary);
    }

    @Override
    public long documentCount() {
        Long count = documentFrequencies.get(DOCUMENT_COUNT_KEY);
        return count == null ? 0 : count;
    }

    @Override
    public long documentFrequency(String term) {
        Long count = documentFrequencies.get(term);
        return count == null ? 0 : count;
    }

    @Override
    public void countDocument(Collection<String> distinctTerms) {
        documentFrequencies.put(DOCUMENT_COUNT_KEY, documentCount() + 1);
        for (String term : distinctTerms) {
            documentFrequencies.put(term, documentFrequency(term) + 1);
        }
    }

    @Override
    public void expireBefore(Instant cutoff) {
        long limit = cutoff.toEpochMilli();
        deleteWhere(articles, seen -> seen.seenMillis() < limit);
        deleteWhere(contents, seen -> seen.seenMillis() < limit);
        deleteWhere(keys, postings -> postings.seenMillis() < limit);
        deleteWhere(summaries, summary -> summary.lastSeen().toEpochMilli() < limit);
    }

    private static <V> void deleteWhere(KeyValueStore<String, V> store, java.util.function.Predicate<V> expired) {
        List<String> doomed = new ArrayList<>();
        try (KeyValueIterator<String, V> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<String, V> entry = all.next();
                if (entry.value != null && expired.test(entry.value)) {
                    doomed.add(entry.key);
                }
            }
        }
        doomed.forEach(store::delete);
    }
}
