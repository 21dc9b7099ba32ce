package io.wirewatch.topology;

import io.wirewatch.analysis.cluster.StoryIndex;
import io.wirewatch.analysis.cluster.StorySummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 *
 * <p>Expiry reads only what may be due: article ids, content hashes and candidate keys from the
 * {@link ExpiryLog} listings older than the cutoff, each deleted unless a later article re-stamped
 * it; quiet stories from a map of last-seen times. The first expiry after a (re)start also scans
 * the three stores once, for entries a wirewatch without the log wrote.
 */
final class StoreBackedStoryIndex implements StoryIndex {

    /** Summaries kept as objects: the running stories, which most candidates are (~10 KB each). */
    static final int SUMMARIES_KEPT = 4_096;
    /** Postings kept as objects: the keys of the running stories. */
    static final int POSTINGS_KEPT = 32_768;

    private static final long[] NONE = new long[0];

    private final WriteThroughStore<Seen> articles;
    private final WriteThroughStore<Seen> contents;
    private final WriteThroughStore<Postings> keys;
    private final WriteThroughStore<StorySummary> summaries;
    private final DocumentFrequencies documentFrequencies;
    private final ExpiryLog expiryLog;
    /**
     * When each story was last seen, so expiry finds quiet stories without reading every summary
     * back: filled by one scan at the first expiry after a (re)start, then kept by putSummary.
     */
    private Map<String, Long> lastSeen;

    StoreBackedStoryIndex(KeyValueStore<String, Seen> articles, KeyValueStore<String, Seen> contents,
                          KeyValueStore<String, Postings> keys, KeyValueStore<String, StorySummary> summaries,
                          KeyValueStore<String, byte[]> documentLog, KeyValueStore<String, byte[]> expiryLog) {
        // Article ids and content hashes are looked up once each (for duplicates): nothing to keep.
        this.articles = new WriteThroughStore<>(articles, 0);
        this.contents = new WriteThroughStore<>(contents, 0);
        this.keys = new WriteThroughStore<>(keys, POSTINGS_KEPT);
        this.summaries = new WriteThroughStore<>(summaries, SUMMARIES_KEPT);
        this.documentFrequencies = new DocumentFrequencies(documentLog);
        this.expiryLog = new ExpiryLog(expiryLog);
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
        expiryLog.remembered(articleId, contentHash, entry.seenMillis());
    }

    @Override
    public long[] storiesUnder(String key) {
        Postings postings = keys.get(key);
        return postings == null ? NONE : postings.stories();
    }

    @Override
    public void putStoriesUnder(String key, long[] stories, Instant seen) {
        long millis = seen.toEpochMilli();
        keys.put(key, new Postings(stories, millis));
        expiryLog.filed(key, millis);
    }

    @Override
    public Optional<StorySummary> summary(String storyId) {
        return Optional.ofNullable(summaries.get(storyId));
    }

    @Override
    public void putSummary(StorySummary summary) {
        summaries.put(summary.id(), summary);
        if (lastSeen != null) {
            lastSeen.put(summary.id(), summary.lastSeen().toEpochMilli());
        }
    }

    @Override
    public long documentCount() {
        return documentFrequencies.documentCount();
    }

    @Override
    public long documentFrequency(long termId) {
        return documentFrequencies.frequency(termId);
    }

    @Override
    public void prefetchDocumentFrequencies(long[] termIds, int n) {
        documentFrequencies.prefetch(termIds, n);
    }

    @Override
    public void countDocument(long[] distinctTermIds) {
        documentFrequencies.count(distinctTermIds);
    }

    @Override
    public Optional<Instant> lastHalving() {
        return documentFrequencies.lastHalving();
    }

    @Override
    public void halveDocumentFrequencies(Instant at) {
        documentFrequencies.halve(at);
    }

    @Override
    public void expireBefore(Instant cutoff) {
        long limit = cutoff.toEpochMilli();
        for (ExpiryLog.Listing due : expiryLog.due(limit)) {
            if (!due.articleId().isEmpty()) {
                deleteIf(articles, due.articleId(), seen -> seen.seenMillis() < limit);
            }
            if (!due.contentHash().isEmpty()) {
                deleteIf(contents, due.contentHash(), seen -> seen.seenMillis() < limit);
            }
            for (String key : due.keys()) {
                deleteIf(keys, key, postings -> postings.seenMillis() < limit);
            }
            expiryLog.forget(due);
        }
        if (lastSeen == null) {
            deleteWhere(articles, seen -> seen.seenMillis() < limit);
            deleteWhere(contents, seen -> seen.seenMillis() < limit);
            deleteWhere(keys, postings -> postings.seenMillis() < limit);
            lastSeen = new HashMap<>();
            try (KeyValueIterator<String, StorySummary> all = summaries.all()) {
                all.forEachRemaining(e -> lastSeen.put(e.key, e.value.lastSeen().toEpochMilli()));
            }
        }
        List<String> quiet = new ArrayList<>();
        lastSeen.forEach((story, millis) -> {
            if (millis < limit) {
                quiet.add(story);
            }
        });
        for (String story : quiet) {
            summaries.delete(story);
            lastSeen.remove(story);
        }
    }

    private static <V> void deleteIf(WriteThroughStore<V> store, String key, java.util.function.Predicate<V> expired) {
        V value = store.get(key);
        if (value != null && expired.test(value)) {
            store.delete(key);
        }
    }

    private static <V> void deleteWhere(WriteThroughStore<V> store, java.util.function.Predicate<V> expired) {
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
