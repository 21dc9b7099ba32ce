package io.wirewatch.topology;

import io.wirewatch.analysis.cluster.StoryIndex;
import io.wirewatch.analysis.cluster.StorySummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The cluster stage's memory over changelogged Kafka Streams state stores, so a restarted
 * instance resumes where it left and the same judgement runs as in {@code wirewatch eval}.
 *
 * <p>Storage only: the policy (posting caps, expiry, decay of document frequencies) is the
 * clusterer's, so this index and {@code InMemoryStoryIndex} give the same assignments. Holds
 * signatures and summaries, never article text.
 */
final class StoreBackedStoryIndex implements StoryIndex {

    /** Document frequencies and the document count live in one store; this key cannot be a term. */
    static final String DOCUMENT_COUNT_KEY = "\u0000documents";
    /** When the document frequencies were last halved, epoch milliseconds; cannot be a term either. */
    static final String LAST_HALVING_KEY = "\u0000halved-at";

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
    public List<String> storiesUnder(String key) {
        Postings postings = keys.get(key);
        return postings == null ? List.of() : postings.storyIds();
    }

    @Override
    public void putStoriesUnder(String key, List<String> storyIds, Instant seen) {
        keys.put(key, new Postings(storyIds, seen.toEpochMilli()));
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
    public Optional<Instant> lastHalving() {
        return Optional.ofNullable(documentFrequencies.get(LAST_HALVING_KEY)).map(Instant::ofEpochMilli);
    }

    @Override
    public void halveDocumentFrequencies(Instant at) {
        List<KeyValue<String, Long>> halved = new ArrayList<>();
        try (KeyValueIterator<String, Long> all = documentFrequencies.all()) {
            while (all.hasNext()) {
                KeyValue<String, Long> entry = all.next();
                if (entry.value != null && !entry.key.equals(LAST_HALVING_KEY)) {
                    halved.add(KeyValue.pair(entry.key, entry.value / 2 == 0 ? null : entry.value / 2));
                }
            }
        }
        for (KeyValue<String, Long> entry : halved) {
            if (entry.value == null) {
                documentFrequencies.delete(entry.key);
            } else {
                documentFrequencies.put(entry.key, entry.value);
            }
        }
        documentFrequencies.put(LAST_HALVING_KEY, at.toEpochMilli());
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
