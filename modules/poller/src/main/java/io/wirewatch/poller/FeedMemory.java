package io.wirewatch.poller;

import io.wirewatch.model.FeedState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the poller remembers about one feed between polls: validators for the conditional GET, ids
 * already published, the failure streak, when it is due. The in-process twin of {@link FeedState}.
 *
 * <p>In: poll outcomes from {@link Poller}, or a restored {@link FeedState}. Out: validators, "seen
 * before?" answers, and snapshots to persist. Not thread-safe: {@link Poller} locks it per poll.
 */
final class FeedMemory {

    private final FeedSource feed;
    /** Oldest first, newest last, as in {@link FeedState#recentIds()}. */
    private final LinkedHashSet<String> recentIds = new LinkedHashSet<>();
    private Validators validators = Validators.NONE;
    private int consecutiveErrors;
    private int lastStatus;
    private String lastError;
    private Duration retryAfter;
    private Instant lastPoll;
    private Instant nextPoll;
    private FeedState lastSaved;

    private FeedMemory(FeedSource feed) {
        this.feed = feed;
    }

    static FeedMemory fresh(FeedSource feed) {
        return new FeedMemory(feed);
    }

    /** Memory from the feed-state topic; validators are dropped when the configured URL changed. */
    static FeedMemory restored(FeedSource feed, FeedState state) {
        FeedMemory memory = new FeedMemory(feed);
        memory.recentIds.addAll(state.recentIds());
        if (feed.url().toString().equals(state.url())) {
            memory.validators = new Validators(state.etag(), state.lastModified());
        }
        memory.consecutiveErrors = state.consecutiveErrors();
        memory.lastStatus = state.lastStatus();
        memory.lastError = state.lastError();
        memory.lastPoll = state.lastPoll();
        memory.nextPoll = state.nextPoll();
        memory.lastSaved = state;
        return memory;
    }

    /** Nothing published yet: the first-poll cap applies. */
    boolean isFirstPoll() {
        return recentIds.isEmpty();
    }

    boolean hasPublished(String articleId) {
        return recentIds.contains(articleId);
    }

    Validators validators() {
        return validators;
    }

    int consecutiveErrors() {
        return consecutiveErrors;
    }

    Duration retryAfter() {
        return retryAfter;
    }

    Instant nextPoll() {
        return nextPoll;
    }

    /**
     * A successful fetch whose new articles were acknowledged.
     *
     * @param currentIds every id in the document, oldest first: all are remembered (also those held
     *                   back by the first-poll cap), and the memory never forgets an id still in
     *                   the feed, whatever {@code keep} says
     */
    void recordFetched(Validators fresh, List<String> currentIds, int status, Instant now, int keep) {
        Set<String> current = new LinkedHashSet<>(currentIds);
        List<String> older = new ArrayList<>();
        for (String id : recentIds) {
            if (!current.contains(id)) {
                older.add(id);
            }
        }
        recentIds.clear();
        recentIds.addAll(older);
        recentIds.addAll(current);
        trim(Math.max(keep, current.size()));
        validators = fresh;
        succeeded(status, now);
    }

    void recordNotModified(Validators fresh, Instant now) {
        // A 304 may carry updated validators; keep ours when it does not.
        if (fresh.etag() != null || fresh.lastModified() != null) {
            validators = new Validators(
                    fresh.etag() != null ? fresh.etag() : validators.etag(),
                    fresh.lastModified() != null ? fresh.lastModified() : validators.lastModified());
        }
        succeeded(304, now);
    }

    /** A failed poll; validators and ids stay, so the next poll retries the same document. */
    void recordFailure(int status, String reason, Duration retryAfter, Instant now) {
        consecutiveErrors++;
        lastStatus = status;
        lastError = reason;
        this.retryAfter = retryAfter;
        lastPoll = now;
    }

    void scheduleAt(Instant when) {
        nextPoll = when;
    }

    FeedState snapshot() {
        return new FeedState(feed.id(), feed.url().toString(), validators.etag(), validators.lastModified(),
                List.copyOf(recentIds), consecutiveErrors, lastStatus, lastError, lastPoll, nextPoll);
    }

    /**
     * True when something other than the poll times changed since the last save: a quiet 304
     * costs no record, which matters at thousands of feeds.
     */
    boolean changedSinceSave() {
        FeedState now = snapshot();
        return lastSaved == null
                || !Objects.equals(now.url(), lastSaved.url())
                || !Objects.equals(now.etag(), lastSaved.etag())
                || !Objects.equals(now.lastModified(), lastSaved.lastModified())
                || !now.recentIds().equals(lastSaved.recentIds())
                || now.consecutiveErrors() != lastSaved.consecutiveErrors()
                || now.lastStatus() != lastSaved.lastStatus()
                || !Objects.equals(now.lastError(), lastSaved.lastError());
    }

    void markSaved(FeedState state) {
        lastSaved = state;
    }

    private void succeeded(int status, Instant now) {
        consecutiveErrors = 0;
        lastStatus = status;
        lastError = null;
        retryAfter = null;
        lastPoll = now;
    }

    private void trim(int max) {
        Iterator<String> oldest = recentIds.iterator();
        for (int excess = recentIds.size() - max; excess > 0; excess--) {
            oldest.next();
            oldest.remove();
        }
    }

    Collection<String> recentIds() {
        return List.copyOf(recentIds);
    }
}
