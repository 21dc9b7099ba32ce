package io.wirewatch.analysis.cluster;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A {@link StoryIndex} in hash maps, for {@code wirewatch eval}, benchmarks and tests: the same
 * records the topology's state stores hold, without serialisation. Not thread-safe: one clusterer
 * owns it, as one stream task owns its state stores.
 *
 * <p>Candidate keys and summaries, which every article looks up by the dozen, are held by number
 * ({@link NumberedEntries}): keys by their {@link TermCounts#id}, summaries by their story's
 * {@link StoryIds} number (so every story id must be one {@link StoryClusterer#storyIdFor} makes).
 *
 * <p>Expiry visits only what may be due: each article's entries (its id, its content hash, the
 * keys it filed its story under) are listed once under the time they were stamped, and an expiry
 * walks the lists older than the cutoff, forgetting an entry only if no later article re-stamped
 * it. The same entries go as when every map was scanned, at the cost of one list per article
 * rather than a read of every key every {@value StoryClusterer#EXPIRY_EVERY_DIVISOR}th of a window.
 */
public final class InMemoryStoryIndex implements StoryIndex {

    private record Seen(String storyId, long at) {
    }

    /** A key's stories, when they were filed, and the key's length in UTF-8 (for {@link #storeBytes}). */
    private record Postings(long[] stories, long at, int keyBytes) {
    }

    private static final long[] NONE = new long[0];

    /** What one article stamped at one time: the entries to look at again when that time expires. */
    private static final class Stamped {
        String articleId;
        String contentHash;
        long[] keyIds = NONE;
        int keys;
        /** The keys' lengths in UTF-8, added up (for {@link #storeBytes}). */
        long keyBytes;

        void add(long keyId, int bytes) {
            if (keys == keyIds.length) {
                keyIds = java.util.Arrays.copyOf(keyIds, Math.max(8, keys * 2));
            }
            keyIds[keys++] = keyId;
            keyBytes += bytes;
        }
    }

    private final Map<String, Seen> articles = new HashMap<>();
    private final Map<String, Seen> contents = new HashMap<>();
    private final NumberedEntries<Postings> postings = new NumberedEntries<>();
    private final NumberedEntries<StorySummary> summaries = new NumberedEntries<>();
    private final TermCounts df = new TermCounts();
    private long documents;
    /** Keeps {@link #prefetchStoriesUnder}'s loads from being optimised away. */
    private long touched;
    private Instant lastHalving;
    /** Stamping time to what was stamped then. */
    private final TreeMap<Long, List<Stamped>> stamped = new TreeMap<>();
    /** The article being filed: the clusterer files its keys, then remembers the article. */
    private Stamped filing;
    private long filingAt;

    @Override
    public Optional<String> storyOfArticle(String articleId) {
        Seen s = articles.get(articleId);
        return s == null ? Optional.empty() : Optional.of(s.storyId());
    }

    @Override
    public Optional<String> storyOfContent(String contentHash) {
        Seen s = contents.get(contentHash);
        return s == null ? Optional.empty() : Optional.of(s.storyId());
    }

    @Override
    public void rememberArticle(String articleId, String contentHash, String storyId, Instant seen) {
        Seen entry = new Seen(storyId, seen.toEpochMilli());
        articles.put(articleId, entry);
        Stamped s = stampedAt(entry.at());
        s.articleId = articleId;
        if (contentHash != null && !contentHash.isEmpty()) {
            contents.put(contentHash, entry);
            s.contentHash = contentHash;
        }
        // Held for a whole window: a million of these must not carry spare capacity.
        if (s.keyIds.length != s.keys) {
            s.keyIds = java.util.Arrays.copyOf(s.keyIds, s.keys);
        }
        filing = null;
    }

    private Stamped stampedAt(long at) {
        if (filing == null || filingAt != at) {
            filing = new Stamped();
            filingAt = at;
            stamped.computeIfAbsent(at, t -> new ArrayList<>(1)).add(filing);
        }
        return filing;
    }

    @Override
    public long[] storiesUnder(String key) {
        return storiesUnder(key, TermCounts.id(key));
    }

    @Override
    public long[] storiesUnder(String key, long keyId) {
        Postings p = postings.get(keyId);
        return p == null ? NONE : p.stories();
    }

    @Override
    public void prefetchStoriesUnder(long[] keyIds) {
        // A short loop of independent loads (slot, entry, list): the processor overlaps them,
        // where the voting loop, busy with each list, waited for one key's misses at a time.
        long sum = 0;
        for (long id : keyIds) {
            Postings p = postings.get(id);
            if (p != null && p.stories().length > 0) {
                sum += p.stories()[0];
            }
        }
        touched += sum;
    }

    @Override
    public void putStoriesUnder(String key, long[] stories, Instant seen) {
        putStoriesUnder(key, TermCounts.id(key), stories, seen);
    }

    @Override
    public void putStoriesUnder(String key, long keyId, long[] stories, Instant seen) {
        long at = seen.toEpochMilli();
        Postings old = postings.get(keyId);
        int bytes = old != null ? old.keyBytes() : (int) utf8(key);
        postings.put(keyId, new Postings(stories, at, bytes));
        stampedAt(at).add(keyId, bytes);
    }

    @Override
    public Optional<StorySummary> summary(String storyId) {
        return summary(StoryIds.number(storyId));
    }

    @Override
    public Optional<StorySummary> summary(long storyNumber) {
        return Optional.ofNullable(summaries.get(storyNumber));
    }

    @Override
    public void putSummary(StorySummary summary) {
        summaries.put(StoryIds.number(summary.id()), summary);
    }

    @Override
    public long documentCount() {
        return documents;
    }

    @Override
    public long documentFrequency(long termId) {
        return df.getById(termId);
    }

    @Override
    public void prefetchDocumentFrequencies(long[] termIds, int n) {
        df.prefetch(termIds, n);
    }

    @Override
    public void countDocument(long[] distinctTermIds) {
        documents++;
        for (long id : distinctTermIds) {
            df.add(id, 1);
        }
    }

    @Override
    public Optional<Instant> lastHalving() {
        return Optional.ofNullable(lastHalving);
    }

    @Override
    public void halveDocumentFrequencies(Instant at) {
        documents /= 2;
        df.halve();
        lastHalving = at;
    }

    @Override
    public void expireBefore(Instant cutoff) {
        long limit = cutoff.toEpochMilli();
        Map<Long, List<Stamped>> due = stamped.headMap(limit);
        for (List<Stamped> list : due.values()) {
            for (Stamped s : list) {
                if (s.articleId != null) {
                    articles.computeIfPresent(s.articleId, (id, seen) -> seen.at() < limit ? null : seen);
                }
                if (s.contentHash != null) {
                    contents.computeIfPresent(s.contentHash, (hash, seen) -> seen.at() < limit ? null : seen);
                }
                for (int k = 0; k < s.keys; k++) {
                    postings.removeIf(s.keyIds[k], p -> p.at() < limit);
                }
            }
        }
        due.clear();
        if (filing != null && filingAt < limit) {
            filing = null;
        }
        summaries.removeAllIf(s -> s.lastSeen().toEpochMilli() < limit);
    }

    /** Stories currently held (for tests, benchmarks and metrics). */
    public int storyCount() {
        return summaries.size();
    }

    /** Candidate keys currently held (for benchmarks and metrics). */
    public int keyCount() {
        return postings.size();
    }

    /**
     * Bytes the topology's state stores would hold for this state: keys as UTF-8 plus values
     * (article and content entries as JSON {@code {storyId, seenMillis}}, an upper bound of their
     * compact form; postings in their compact form, 8 bytes per story; summaries as
     * {@link StorySummary} JSON, likewise an upper bound; document frequencies an 8-byte term id and count each, as a snapshot holds them, and
     * the expiry log's listing of each article). Summaries are serialised one in
     * {@code sampleEvery} and scaled, so a million stories can be measured in seconds. RocksDB adds
     * its own overhead (indexes, compression) on top; the changelog topics hold about as much.
     */
    public long storeBytes(int sampleEvery) {
        long bytes = 0;
        for (Map.Entry<String, Seen> e : articles.entrySet()) {
            bytes += utf8(e.getKey()) + seenBytes(e.getValue());
        }
        for (Map.Entry<String, Seen> e : contents.entrySet()) {
            bytes += utf8(e.getKey()) + seenBytes(e.getValue());
        }
        long[] postingBytes = {0};
        postings.forEach((id, p) -> {
            // Format byte, count, 8 bytes per story, 8 for the time: the store's compact form.
            postingBytes[0] += p.keyBytes() + 1 + 1 + 8L * p.stories().length + 8;
        });
        bytes += postingBytes[0];
        bytes += (long) df.size() * (Long.BYTES + Long.BYTES);
        for (List<Stamped> list : stamped.values()) {
            for (Stamped s : list) {
                // The expiry log's listing: time and article id as key; article id, hash and keys as value.
                long id = s.articleId == null ? 0 : utf8(s.articleId);
                bytes += 17 + id + id + 1 + (s.contentHash == null ? 0 : utf8(s.contentHash)) + 1 + 1;
                bytes += s.keyBytes + s.keys;
            }
        }
        long[] sampled = {0, 0, 0}; // bytes, summaries sampled, summaries seen
        summaries.forEach((number, s) -> {
            if (sampled[2]++ % Math.max(1, sampleEvery) == 0) {
                sampled[0] += io.wirewatch.model.Json.write(s).getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                        + utf8(s.id());
                sampled[1]++;
            }
        });
        return bytes + (sampled[1] == 0 ? 0 : sampled[0] * summaries.size() / sampled[1]);
    }

    private static long seenBytes(Seen s) {
        return utf8(s.storyId()) + "{\"storyId\":\"\",\"seenMillis\":1700000000000}".length();
    }

    private static long utf8(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    /** Terms with a document frequency (for benchmarks and metrics). */
    public int termCount() {
        return df.size();
    }
}
