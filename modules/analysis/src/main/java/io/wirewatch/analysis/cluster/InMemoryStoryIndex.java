package io.wirewatch.analysis.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link StoryIndex} in hash maps, for {@code wirewatch eval} and tests. Not thread-safe: one
 * clusterer owns it, as one stream task owns its state stores.
 *
 * <p>Everything is stamped with the publication time it was last seen at and dropped by
 * {@link #expireBefore}. Document frequencies are not kept per article (that would hold every
 * article's terms); instead all counts are halved each time the expiry cutoff has advanced by the
 * half-life, so they describe roughly the last two half-lives of the stream.
 */
public final class InMemoryStoryIndex implements StoryIndex {

    private record Seen(String storyId, Instant at) {
    }

    private final Map<String, Seen> articles = new HashMap<>();
    private final Map<String, Seen> contents = new HashMap<>();
    private final Map<String, Map<String, Instant>> postings = new HashMap<>();
    private final Map<String, StorySummary> summaries = new HashMap<>();
    private final Map<String, long[]> df = new HashMap<>();
    private final Duration dfHalfLife;
    private long documents;
    private Instant lastDecay;

    public InMemoryStoryIndex() {
        this(Duration.ofHours(72));
    }

    public InMemoryStoryIndex(Duration dfHalfLife) {
        this.dfHalfLife = dfHalfLife;
    }

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
        articles.put(articleId, new Seen(storyId, seen));
        if (contentHash != null) {
            contents.put(contentHash, new Seen(storyId, seen));
        }
    }

    @Override
    public Set<String> storiesUnder(String key) {
        Map<String, Instant> p = postings.get(key);
        return p == null ? Set.of() : p.keySet();
    }

    @Override
    public void fileUnder(String storyId, Collection<String> keys, Instant seen) {
        for (String key : keys) {
            postings.computeIfAbsent(key, k -> new HashMap<>(2)).merge(storyId, seen, (a, b) -> a.isAfter(b) ? a : b);
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
        return documents;
    }

    @Override
    public long documentFrequency(String term) {
        long[] c = df.get(term);
        return c == null ? 0 : c[0];
    }

    @Override
    public void countDocument(Collection<String> distinctTerms) {
        documents++;
        for (String t : distinctTerms) {
            df.computeIfAbsent(t, k -> new long[1])[0]++;
        }
    }

    @Override
    public void expireBefore(Instant cutoff) {
        articles.values().removeIf(s -> s.at().isBefore(cutoff));
        contents.values().removeIf(s -> s.at().isBefore(cutoff));
        summaries.values().removeIf(s -> s.lastSeen().isBefore(cutoff));
        for (Iterator<Map<String, Instant>> it = postings.values().iterator(); it.hasNext(); ) {
            Map<String, Instant> p = it.next();
            p.values().removeIf(at -> at.isBefore(cutoff));
            if (p.isEmpty()) {
                it.remove();
            }
        }
        if (lastDecay == null) {
            lastDecay = cutoff;
        } else if (!cutoff.isBefore(lastDecay.plus(dfHalfLife))) {
            documents /= 2;
            df.values().removeIf(c -> (c[0] /= 2) == 0);
            lastDecay = cutoff;
        }
    }

    /** Stories currently held (for tests and metrics). */
    public int storyCount() {
        return summaries.size();
    }
}
