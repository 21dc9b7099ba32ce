package io.wirewatch.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.analysis.cluster.InMemoryStoryIndex;
import io.wirewatch.analysis.cluster.StoryIds;
import io.wirewatch.analysis.cluster.StorySummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

/**
 * The store-backed index forgets exactly what the in-memory index forgets, through re-stamped
 * keys, edits filed twice at one time, out-of-order times and restarts, while its expiry reads
 * only the listings of {@link ExpiryLog}.
 */
class StoreBackedStoryIndexTest {

    private final KeyValueStore<String, Seen> articles = store("articles", IndexEntrySerdes.seen());
    private final KeyValueStore<String, Seen> contents = store("contents", IndexEntrySerdes.seen());
    private final KeyValueStore<String, Postings> keys = store("keys", IndexEntrySerdes.postings());
    private final KeyValueStore<String, StorySummary> summaries = store("summaries", new StorySummarySerde());
    private final KeyValueStore<String, byte[]> documentLog = store("documents", Serdes.ByteArray());
    private final KeyValueStore<String, byte[]> expiryLog = store("expiry", Serdes.ByteArray());

    private static <V> KeyValueStore<String, V> store(String name, Serde<V> values) {
        KeyValueStore<String, V> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name),
                Serdes.String(), values).withLoggingDisabled().build();
        MockProcessorContext<Object, Object> context = new MockProcessorContext<>();
        store.init(context.getStateStoreContext(), store);
        return store;
    }

    private StoreBackedStoryIndex restarted() {
        return new StoreBackedStoryIndex(articles, contents, keys, summaries, documentLog, expiryLog);
    }

    @Test
    void forgetsWhatTheInMemoryIndexForgetsThroughRestarts() {
        // Given the same filings in both indexes: a small key space (keys are re-stamped by later
        // articles), times that sometimes go back, an article re-filed at its own time, restarts
        StoreBackedStoryIndex stored = restarted();
        InMemoryStoryIndex expected = new InMemoryStoryIndex();
        Random random = new Random(11);
        Instant time = Instant.parse("2026-01-01T00:00:00Z");
        List<String> articleIds = new ArrayList<>();
        int expiries = 0;
        for (int article = 0; article < 4_000; article++) {
            time = time.plusSeconds(random.nextInt(10) == 0 ? -1_800 : 600);
            String id = random.nextInt(20) == 0 && !articleIds.isEmpty()
                    ? articleIds.get(articleIds.size() - 1) : "article-" + article;
            articleIds.add(id);
            String hash = random.nextInt(5) == 0 ? null : "hash-" + article;
            long storyNumber = random.nextInt(500);
            String story = StoryIds.id(storyNumber);
            for (int k = 0; k < 1 + random.nextInt(6); k++) {
                String key = "t:" + random.nextInt(300);
                long[] filed = {storyNumber, 1_000 + k};
                stored.putStoriesUnder(key, filed, time);
                expected.putStoriesUnder(key, filed, time);
            }
            stored.rememberArticle(id, hash, story, time);
            expected.rememberArticle(id, hash, story, time);

            if (random.nextInt(40) == 0) {
                stored = restarted();
            }
            // When both expire what is older than a day, every 3 hours or so
            if (article % 18 == 0) {
                Instant cutoff = time.minusSeconds(86_400);
                stored.expireBefore(cutoff);
                expected.expireBefore(cutoff);
                expiries++;

                // Then both hold the same entries, and the log nothing older than the cutoff
                for (int key = 0; key < 300; key++) {
                    assertThat(stored.storiesUnder("t:" + key)).isEqualTo(expected.storiesUnder("t:" + key));
                }
                for (int a = Math.max(0, article - 400); a <= article; a++) {
                    assertThat(stored.storyOfArticle("article-" + a)).isEqualTo(expected.storyOfArticle("article-" + a));
                    assertThat(stored.storyOfContent("hash-" + a)).isEqualTo(expected.storyOfContent("hash-" + a));
                }
                assertThat(oldestListing()).isGreaterThanOrEqualTo(ExpiryLog.stamp(cutoff.toEpochMilli()));
            }
        }
        assertThat(expiries).isGreaterThan(100);
        assertThat(expected.keyCount()).isLessThan(300);
    }

    @Test
    void keysFiledWithoutAnArticleExpireAsWell() {
        // Given keys filed at two times with no article remembered after them
        StoreBackedStoryIndex index = restarted();
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        index.putStoriesUnder("t:summit", new long[] {0xa}, t0);
        index.putStoriesUnder("t:missile", new long[] {0xb}, t0.plusSeconds(3_600));
        index.rememberArticle("article-c", null, "story-c", t0.plusSeconds(7_200));

        // When what is older than the second time expires (the first expiry scans; then a second, by the log)
        index.expireBefore(t0.minusSeconds(1));
        index.putStoriesUnder("t:summit", new long[] {0xa}, t0);
        index.expireBefore(t0.plusSeconds(3_600));

        // Then the key of the first time is gone, the later ones stay
        assertThat(index.storiesUnder("t:summit")).isEmpty();
        assertThat(index.storiesUnder("t:missile")).containsExactly(0xb);
        assertThat(index.storyOfArticle("article-c")).contains("story-c");
    }

    private String oldestListing() {
        try (KeyValueIterator<String, byte[]> all = expiryLog.all()) {
            return all.hasNext() ? all.next().key : "~";
        }
    }

    @Test
    void stampsSortInTimeOrderBeforeAndAfter1970() {
        assertThat(ExpiryLog.stamp(-5)).isLessThan(ExpiryLog.stamp(-1));
        assertThat(ExpiryLog.stamp(-1)).isLessThan(ExpiryLog.stamp(0));
        assertThat(ExpiryLog.stamp(0)).isLessThan(ExpiryLog.stamp(1_700_000_000_000L));
        assertThat(ExpiryLog.stamp(Long.MIN_VALUE)).isEqualTo("0000000000000000");
    }
}
