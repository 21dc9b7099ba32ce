package io.wirewatch.poller;

import io.wirewatch.model.FeedState;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the poller remembers about one feed between polls: the URL it polls (moved by repeated
 * permanent redirects), validators for the conditional GET, ids already published with a
 * fingerprint of their text, the failure streak, the adapted interval, when it is due. The
 * in-process twin of {@link FeedState}.
 *
 * <p>In: poll outcomes from {@link Poller}, or a restored {@link FeedState}. Out: validators, "seen
 * before, and unchanged?" answers, and snapshots to persist. Not thread-safe: {@link Poller} locks
 * it per poll.
 */
final class FeedMemory {

    /** What a fetched item is, compared with what was published before. */
    enum Novelty { NEW, EDITED, KNOWN }

    private final FeedSource feed;
    /** Id to content fingerprint (null = unknown, e.g. restored from an old record); oldest first. */
    private final LinkedHashMap<String, String> recent = new LinkedHashMap<>();
    private volatile URI url; // read without the lock by the scheduler (which host to gate)
    private Validators validators = Validators.NONE;
    private Duration interval;
    private int consecutiveErrors;
    private int lastStatus;
    private String lastError;
    private Duration retryAfter;
    private Duration serverHint;
    private Instant lastPoll;
    private Instant nextPoll;
    private Instant lastChange;
    private URI redirectTarget;
    private int redirectCount;
    private FeedState lastSaved;

    private FeedMemory(FeedSource feed) {
        this.feed = feed;
        this.url = feed.url();
        this.interval = feed.pollInterval();
    }

    static FeedMemory fresh(FeedSource feed) {
        return new FeedMemory(feed);
    }

    /**
     * Memory from the feed-state topic. When the configured URL changed since it was written, the
     * configuration wins: the remembered redirect and validators are dropped, the ids kept.
     */
    static FeedMemory restored(FeedSource feed, FeedState state) {
        FeedMemory memory = new FeedMemory(feed);
        for (String id : state.recentIds()) {
            memory.recent.put(id, state.contentHashes().get(id));
        }
        String configured = state.configuredUrl() != null ? state.configuredUrl() : state.url();
        if (feed.url().toString().equals(configured)) {
            memory.validators = new Validators(state.etag(), state.lastModified());
            if (state.url() != null) {
                try {
                    memory.url = URI.create(state.url());
                } catch (IllegalArgumentException e) {
                    memory.url = feed.url();
                }
            }
            memory.redirectTarget = state.redirectTarget() == null ? null : URI.create(state.redirectTarget());
            memory.redirectCount = state.redirectCount();
        }
        if (state.interval() != null && !state.interval().isNegative() && !state.interval().isZero()) {
            memory.interval = state.interval();
        }
        memory.consecutiveErrors = state.consecutiveErrors();
        memory.lastStatus = state.lastStatus();
        memory.lastError = state.lastError();
        memory.lastPoll = state.lastPoll();
        memory.nextPoll = state.nextPoll();
        memory.lastChange = state.lastChange();
        memory.lastSaved = state;
        return memory;
    }

    /** Nothing published yet: the first-poll cap applies. */
    boolean isFirstPoll() {
        return recent.isEmpty();
    }

    boolean hasPublished(String articleId) {
        return recent.containsKey(articleId);
    }

    /**
     * NEW when never published; EDITED when published with a different text; KNOWN otherwise
     * (also when the old fingerprint is unknown: no evidence of an edit, and never a duplicate).
     */
    Novelty novelty(String articleId, String fingerprint) {
        if (!recent.containsKey(articleId)) {
            return Novelty.NEW;
        }
        String known = recent.get(articleId);
        return known != null && !known.equals(fingerprint) ? Novelty.EDITED : Novelty.KNOWN;
    }

    URI url() {
        return url;
    }

    Validators validators() {
        return validators;
    }

    Duration interval() {
        return interval;
    }

    int consecutiveErrors() {
        return consecutiveErrors;
    }

    Duration retryAfter() {
        return retryAfter;
    }

    Duration serverHint() {
        return serverHint;
    }

    Instant nextPoll() {
        return nextPoll;
    }

    /**
     * A successful fetch whose new and edited articles were acknowledged.
     *
     * @param current every item in the document, id to fingerprint, oldest first: all are
     *                remembered (also those held back by the first-poll cap), and the memory never
     *                forgets an id still in the feed, whatever {@code keep} says
     */
    void recordFetched(Validators fresh, Map<String, String> current, int status, Instant now, int keep) {
        Map<String, String> older = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : recent.entrySet()) {
            if (!current.containsKey(e.getKey())) {
                older.put(e.getKey(), e.getValue());
            }
        }
        recent.clear();
        recent.putAll(older);
        recent.putAll(current);
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

    /**
     * Notes where a response came from. A feed moves only after {@code needed} polls in a row were
     * permanently redirected to the same URL (a one-off 301 from a misconfigured load balancer must
     * not lose the real address); any poll that was not permanently redirected resets the count.
     *
     * @return true when the feed's URL moved now
     */
    boolean noteRedirect(URI movedTo, int needed) {
        if (movedTo == null || movedTo.equals(url)) {
            redirectTarget = null;
            redirectCount = 0;
            return false;
        }
        if (movedTo.equals(redirectTarget)) {
            redirectCount++;
        } else {
            redirectTarget = movedTo;
            redirectCount = 1;
        }
        if (redirectCount >= needed) {
            url = movedTo;
            redirectTarget = null;
            redirectCount = 0;
            return true;
        }
        return false;
    }

    void adaptInterval(Duration next, boolean changed, Instant now) {
        interval = next;
        if (changed) {
            lastChange = now;
        }
    }

    void hint(Duration fromServer) {
        serverHint = fromServer;
    }

    void scheduleAt(Instant when) {
        nextPoll = when;
    }

    FeedState snapshot() {
        List<String> ids = new ArrayList<>(recent.keySet());
        Map<String, String> hashes = new LinkedHashMap<>();
        recent.forEach((id, hash) -> {
            if (hash != null) {
                hashes.put(id, hash);
            }
        });
        return new FeedState(feed.id(), url.toString(), validators.etag(), validators.lastModified(), ids,
                consecutiveErrors, lastStatus, lastError, lastPoll, nextPoll, feed.url().toString(), hashes, interval,
                redirectTarget == null ? null : redirectTarget.toString(), redirectCount, lastChange);
    }

    /**
     * True when something other than the poll times and the interval changed since the last save: a
     * quiet 304 costs no record, which matters at thousands of feeds.
     */
    boolean changedSinceSave() {
        if (lastSaved == null) {
            return true;
        }
        FeedState now = snapshot();
        return !Objects.equals(now.url(), lastSaved.url())
                || !Objects.equals(now.configuredUrl(), lastSaved.configuredUrl())
                || !Objects.equals(now.etag(), lastSaved.etag())
                || !Objects.equals(now.lastModified(), lastSaved.lastModified())
                || !now.recentIds().equals(lastSaved.recentIds())
                || !now.contentHashes().equals(lastSaved.contentHashes())
                || now.consecutiveErrors() != lastSaved.consecutiveErrors()
                || now.lastStatus() != lastSaved.lastStatus()
                || !Objects.equals(now.lastError(), lastSaved.lastError())
                || !Objects.equals(now.redirectTarget(), lastSaved.redirectTarget())
                || now.redirectCount() != lastSaved.redirectCount();
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
        Iterator<String> oldest = recent.keySet().iterator();
        for (int excess = recent.size() - max; excess > 0; excess--) {
            oldest.next();
            oldest.remove();
        }
    }

    Collection<String> recentIds() {
        return List.copyOf(recent.keySet());
    }
}
