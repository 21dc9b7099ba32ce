package io.wirewatch.model;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the poller remembers about one feed, so a restart neither re-publishes nor forgets.
 *
 * <p>Flows on the compacted topic {@code wirewatch.feed-state}, key = {@link #feedId()}. Fields
 * added later are null / 0 in records written earlier.
 *
 * @param feedId            configured feed id
 * @param url               URL polled: the configured one, or where a repeated 301 moved it
 * @param etag              ETag exactly as the server sent it
 * @param lastModified      Last-Modified exactly as the server sent it
 * @param recentIds         ids of items already published, newest last, bounded
 * @param consecutiveErrors failed polls in a row
 * @param lastStatus        HTTP status of the last poll, 0 for an I/O error
 * @param lastError         one-line reason of the last failure, null after a success
 * @param lastPoll          when it was last polled
 * @param nextPoll          when it is due again
 * @param configuredUrl     the URL in the configuration when this was written; a changed
 *                          configuration wins over a remembered redirect
 * @param contentHashes     article id to a fingerprint of its text, for the ids in
 *                          {@code recentIds}: an item whose text changes is published again as
 *                          a new version of the same article
 * @param interval          the feed's current poll interval, adapted to how often it changes
 * @param redirectTarget    where the feed's URL was last permanently redirected, null if not
 * @param redirectCount     how many polls in a row were permanently redirected there
 * @param lastChange        when a poll last found new or edited items
 */
public record FeedState(
        String feedId,
        String url,
        String etag,
        String lastModified,
        List<String> recentIds,
        int consecutiveErrors,
        int lastStatus,
        String lastError,
        Instant lastPoll,
        Instant nextPoll,
        String configuredUrl,
        Map<String, String> contentHashes,
        Duration interval,
        String redirectTarget,
        int redirectCount,
        Instant lastChange) {

    public FeedState {
        recentIds = recentIds == null ? List.of() : List.copyOf(recentIds);
        // Insertion order kept (Map.copyOf would scramble it): easier to read when debugging a feed.
        contentHashes = contentHashes == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(contentHashes));
    }

    public static FeedState initial(String feedId, String url) {
        return new FeedState(feedId, url, null, null, List.of(), 0, 0, null, null, null, url, Map.of(), null, null, 0,
                null);
    }
}
