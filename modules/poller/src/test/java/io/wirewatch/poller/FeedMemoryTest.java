package io.wirewatch.poller;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.FeedState;
import io.wirewatch.model.RawArticle;
import java.time.Duration;
import java.time.Instant;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeedMemoryTest {

    private static final FeedSource FEED = FeedSource.of("wire", "https://wire.example/rss", "Wire", Duration.ofMinutes(5));
    private static final Instant NOW = Instant.parse("2024-03-06T12:00:00Z");

    @Test
    void idsStillInTheFeedAreNeverForgotten() {
        // Given a memory bounded to 3 ids and a feed of 5 items
        FeedMemory memory = FeedMemory.fresh(FEED);

        // When recording the feed
        memory.recordFetched(Validators.NONE, ids("a", "b", "c", "d", "e"), 200, NOW, 3);

        // Then all 5 are kept (forgetting one would re-publish it next poll)
        assertThat(memory.recentIds()).containsExactly("a", "b", "c", "d", "e");
        assertThat(memory.isFirstPoll()).isFalse();
    }

    @Test
    void olderIdsAreTrimmedOldestFirst() {
        // Given a memory bounded to 4 ids that saw a, b, c
        FeedMemory memory = FeedMemory.fresh(FEED);
        memory.recordFetched(Validators.NONE, ids("a", "b", "c"), 200, NOW, 4);

        // When the feed moves on to c, d, e
        memory.recordFetched(Validators.NONE, ids("c", "d", "e"), 200, NOW, 4);

        // Then the oldest id that left the feed is dropped first
        assertThat(memory.recentIds()).containsExactly("b", "c", "d", "e");
    }

    @Test
    void aQuiet304NeedsNoSaveButAFailureDoes() {
        // Given a memory just saved after a 304
        FeedMemory memory = FeedMemory.fresh(FEED);
        memory.recordNotModified(new Validators("\"v1\"", null), NOW);
        memory.markSaved(memory.snapshot());

        // When another 304 arrives, then a failure
        memory.recordNotModified(Validators.NONE, NOW.plusSeconds(300));
        boolean afterQuiet304 = memory.changedSinceSave();
        memory.recordFailure(500, "HTTP 500", null, NOW.plusSeconds(600));

        // Then only the failure is worth a record, and the ETag survived the empty 304
        assertThat(afterQuiet304).isFalse();
        assertThat(memory.changedSinceSave()).isTrue();
        assertThat(memory.validators().etag()).isEqualTo("\"v1\"");
        assertThat(memory.snapshot().consecutiveErrors()).isEqualTo(1);
    }

    @Test
    void aRestoredFeedWhoseUrlChangedKeepsItsIdsButNotItsValidators() {
        // Given saved state for the feed under an older URL
        FeedState saved = new FeedState("wire", "https://old.example/rss", "\"v9\"", "Mon, 04 Mar 2024 07:00:00 GMT",
                List.of("x", "y"), 0, 200, null, NOW, NOW.plusSeconds(300), "https://old.example/rss", Map.of(), null,
                null, 0, null);

        // When restoring it
        FeedMemory memory = FeedMemory.restored(FEED, saved);

        // Then ids survive, validators (which belong to the old URL) do not
        assertThat(memory.hasPublished("x")).isTrue();
        assertThat(memory.validators()).isEqualTo(Validators.NONE);
        assertThat(memory.url()).isEqualTo(FEED.url());
    }

    @Test
    void anItemWhoseTextChangedIsAnEditAndAnUnchangedOneIsKnown() {
        // Given a memory that published a (fingerprint fa) and b (fingerprint fb)
        FeedMemory memory = FeedMemory.fresh(FEED);
        memory.recordFetched(Validators.NONE, ids("a", "b"), 200, NOW, 10);

        // When the same ids come back, a with another text, and a new id appears
        // Then a is EDITED, b KNOWN, c NEW
        assertThat(memory.novelty("a", "changed")).isEqualTo(FeedMemory.Novelty.EDITED);
        assertThat(memory.novelty("b", "hb")).isEqualTo(FeedMemory.Novelty.KNOWN);
        assertThat(memory.novelty("c", "hc")).isEqualTo(FeedMemory.Novelty.NEW);
    }

    @Test
    void fingerprintsSurviveARestartAndOldRecordsWithoutThemNeverCauseEdits() {
        // Given a saved state with a fingerprint for x, and one written before fingerprints existed (y)
        FeedMemory before = FeedMemory.fresh(FEED);
        before.recordFetched(Validators.NONE, ids("x"), 200, NOW, 10);
        FeedState withHashes = before.snapshot();
        FeedState legacy = new FeedState("wire", FEED.url().toString(), null, null, List.of("y"), 0, 200, null, NOW,
                null, null, null, null, null, 0, null);

        // When restoring both
        FeedMemory restored = FeedMemory.restored(FEED, withHashes);
        FeedMemory restoredLegacy = FeedMemory.restored(FEED, legacy);

        // Then x's edit is still recognised, and y (unknown fingerprint) is simply known
        assertThat(restored.novelty("x", "hx")).isEqualTo(FeedMemory.Novelty.KNOWN);
        assertThat(restored.novelty("x", "other")).isEqualTo(FeedMemory.Novelty.EDITED);
        assertThat(restoredLegacy.novelty("y", "anything")).isEqualTo(FeedMemory.Novelty.KNOWN);
    }

    @Test
    void aRepeatedPermanentRedirectMovesTheFeedAndATemporaryOneResetsTheCount() {
        // Given a feed redirected permanently to a new address
        FeedMemory memory = FeedMemory.fresh(FEED);
        URI moved = URI.create("https://new.example/rss");

        // When two polls are redirected there, then one is not (a 302 or a direct answer), then three are
        boolean afterTwo = memory.noteRedirect(moved, 3) | memory.noteRedirect(moved, 3);
        memory.noteRedirect(null, 3);
        boolean third = memory.noteRedirect(moved, 3) | memory.noteRedirect(moved, 3);
        URI stillOld = memory.url();
        boolean movedNow = memory.noteRedirect(moved, 3);

        // Then only the third permanent redirect in a row moves it, and the move is saved
        assertThat(afterTwo).isFalse();
        assertThat(third).isFalse();
        assertThat(stillOld).isEqualTo(FEED.url());
        assertThat(movedNow).isTrue();
        assertThat(memory.url()).isEqualTo(moved);
        assertThat(memory.snapshot().url()).isEqualTo(moved.toString());
        assertThat(memory.snapshot().configuredUrl()).isEqualTo(FEED.url().toString());
        // And a restart keeps polling the new address while the configuration is unchanged
        assertThat(FeedMemory.restored(FEED, memory.snapshot()).url()).isEqualTo(moved);
    }

    @Test
    void newItemsAreOrderedOldestFirst() {
        // Given a feed listing newest first, with one undated item and one duplicate
        RawArticle newest = article("n", "2024-03-06T10:00:00Z");
        RawArticle oldest = article("o", "2024-03-01T10:00:00Z");
        RawArticle undated = article("u", NOW.toString());
        RawArticle middle = article("m", "2024-03-03T10:00:00Z");

        // When ordering them
        List<RawArticle> ordered = Poller.oldestFirst(List.of(undated, newest, middle, oldest, middle));

        // Then oldest comes first, undated (fetch time) last, duplicates once
        assertThat(ordered).extracting(RawArticle::id).containsExactly("o", "m", "n", "u");
    }

    /** Ids with fingerprint "h" + id, oldest first. */
    private static Map<String, String> ids(String... ids) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String id : ids) {
            map.put(id, "h" + id);
        }
        return map;
    }

    private static RawArticle article(String id, String published) {
        return new RawArticle(id, "wire", "Wire", null, id, null, null, Instant.parse(published), NOW, null, null);
    }
}
