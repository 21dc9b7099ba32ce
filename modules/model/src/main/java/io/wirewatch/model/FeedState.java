package io.wirewatch.model;

import java.time.Instant;
import java.util.List;

/**
 * What the poller remembers about one feed, so a restart neither re-publishes nor forgets.
 *
 * <p>Flows on the compacted topic {@code wirewatch.feed-state}, key = {@link #feedId()}.
 *
 * @param feedId            configured feed id
 * @param url               URL polled (after permanent redirects)
 * @param etag              ETag exactly as the server sent it
 * @param lastModified      Last-Modified exactly as the server sent it
 * @param recentIds         ids of items already published, newest last, bounded
 * @param consecutiveErrors failed polls in a row
 * @param lastStatus        HTTP status of the last poll, 0 for an I/O error
 * @param lastError         one-line reason of the last failure, null after a success
 * @param lastPoll          when it was last polled
 * @param nextPoll          when it is due again
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
        Instant nextPoll) {

    public FeedState {
        recentIds = recentIds == null ? List.of() : List.copyOf(recentIds);
    }

    public static FeedState initial(String feedId, String url) {
        return new FeedState(feedId, url, null, null, List.of(), 0, 0, null, null, null);
    }
}
