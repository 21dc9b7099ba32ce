package io.wirewatch.poller;

import java.time.Duration;
import java.util.Objects;

/**
 * Typed knobs of the poller; {@link #defaults()} is what production runs with.
 *
 * <p>In: the app (from config) or tests (short timeouts). Out: read by {@link FeedFetcher},
 * {@link FeedParser}, {@link Poller}, {@link PollSchedule}, {@link HostGate} and
 * {@link FeedStateStore}.
 *
 * @param userAgent          sent on every request; names the project so feed operators can reach us
 * @param connectTimeout     TCP + TLS connect limit
 * @param requestTimeout     limit for the WHOLE exchange, body and redirects included (HttpClient's
 *                           own request timeout stops at the response headers, so a dripping body
 *                           needs this)
 * @param maxBodyBytes       feed documents larger than this (on the wire or after decoding) are refused
 * @param firstPollCap       at most this many (newest) items are published on a feed's first poll,
 *                           the rest are remembered as seen, so adding a 500-item feed does not flood
 * @param recentIdsKept      how many published ids are remembered per feed (at least the feed's size
 *                           is always kept, so items still in the feed are never re-published); the
 *                           bulk of the poller's heap at 10,000 feeds
 * @param maxFieldChars      title/summary/content longer than this are truncated, keeping a record
 *                           well under the producer's 1 MB request limit
 * @param workers            polls running at once, over all hosts (threads; each waits on I/O)
 * @param perHostConcurrency polls of one host running at once
 * @param politenessDelay    least time between the starts of two requests to one host
 * @param minInterval        a feed that changes at every poll is polled no more often than this
 * @param maxInterval        a quiet feed is polled at least this often (server hints included)
 * @param maxBackoff         longest wait after repeated failures (Retry-After may ask for longer)
 * @param unhealthyAfter     failures in a row after which a feed is marked unhealthy
 * @param unhealthyInterval  how often an unhealthy feed is still tried (never dropped)
 * @param redirectsToMove    polls in a row permanently (301/308) redirected to the same URL after
 *                           which the feed's URL is updated; temporary redirects never move it
 * @param restoreTimeout     how long {@link Poller#restore()} may take to read the feed-state topic
 */
public record PollerSettings(
        String userAgent,
        Duration connectTimeout,
        Duration requestTimeout,
        long maxBodyBytes,
        int firstPollCap,
        int recentIdsKept,
        int maxFieldChars,
        int workers,
        int perHostConcurrency,
        Duration politenessDelay,
        Duration minInterval,
        Duration maxInterval,
        Duration maxBackoff,
        int unhealthyAfter,
        Duration unhealthyInterval,
        int redirectsToMove,
        Duration restoreTimeout) {

    public static final String USER_AGENT =
            "wirewatch/0.1 (news monitor; +https://github.com/wirewatch/wirewatch; polls politely with conditional GET)";

    public PollerSettings {
        Objects.requireNonNull(userAgent, "userAgent");
        positive(connectTimeout, "connectTimeout");
        positive(requestTimeout, "requestTimeout");
        Objects.requireNonNull(politenessDelay, "politenessDelay");
        if (politenessDelay.isNegative()) {
            throw new IllegalArgumentException("politenessDelay must not be negative");
        }
        positive(minInterval, "minInterval");
        positive(maxInterval, "maxInterval");
        positive(maxBackoff, "maxBackoff");
        positive(unhealthyInterval, "unhealthyInterval");
        positive(restoreTimeout, "restoreTimeout");
        if (maxInterval.compareTo(minInterval) < 0) {
            throw new IllegalArgumentException("maxInterval " + maxInterval + " is below minInterval " + minInterval);
        }
        if (maxBodyBytes < 1 || firstPollCap < 0 || recentIdsKept < 1 || maxFieldChars < 1 || workers < 1
                || perHostConcurrency < 1 || unhealthyAfter < 1 || redirectsToMove < 1) {
            throw new IllegalArgumentException("poller settings out of range: maxBodyBytes " + maxBodyBytes
                    + ", firstPollCap " + firstPollCap + ", recentIdsKept " + recentIdsKept + ", maxFieldChars "
                    + maxFieldChars + ", workers " + workers + ", perHostConcurrency " + perHostConcurrency
                    + ", unhealthyAfter " + unhealthyAfter + ", redirectsToMove " + redirectsToMove);
        }
    }

    public static PollerSettings defaults() {
        return new PollerSettings(USER_AGENT, Duration.ofSeconds(10), Duration.ofSeconds(30), 10L * 1024 * 1024,
                100, 300, 100_000, 32, 2, Duration.ofSeconds(1), Duration.ofMinutes(2), Duration.ofHours(1),
                Duration.ofHours(1), 10, Duration.ofHours(6), 3, Duration.ofSeconds(60));
    }

    public PollerSettings withTimeouts(Duration connect, Duration request) {
        return new PollerSettings(userAgent, connect, request, maxBodyBytes, firstPollCap, recentIdsKept,
                maxFieldChars, workers, perHostConcurrency, politenessDelay, minInterval, maxInterval, maxBackoff,
                unhealthyAfter, unhealthyInterval, redirectsToMove, restoreTimeout);
    }

    public PollerSettings withMaxBodyBytes(long bytes) {
        return new PollerSettings(userAgent, connectTimeout, requestTimeout, bytes, firstPollCap, recentIdsKept,
                maxFieldChars, workers, perHostConcurrency, politenessDelay, minInterval, maxInterval, maxBackoff,
                unhealthyAfter, unhealthyInterval, redirectsToMove, restoreTimeout);
    }

    public PollerSettings withFirstPollCap(int cap) {
        return new PollerSettings(userAgent, connectTimeout, requestTimeout, maxBodyBytes, cap, recentIdsKept,
                maxFieldChars, workers, perHostConcurrency, politenessDelay, minInterval, maxInterval, maxBackoff,
                unhealthyAfter, unhealthyInterval, redirectsToMove, restoreTimeout);
    }

    public PollerSettings withRecentIdsKept(int kept) {
        return new PollerSettings(userAgent, connectTimeout, requestTimeout, maxBodyBytes, firstPollCap, kept,
                maxFieldChars, workers, perHostConcurrency, politenessDelay, minInterval, maxInterval, maxBackoff,
                unhealthyAfter, unhealthyInterval, redirectsToMove, restoreTimeout);
    }

    public PollerSettings withMaxFieldChars(int chars) {
        return new PollerSettings(userAgent, connectTimeout, requestTimeout, maxBodyBytes, firstPollCap,
                recentIdsKept, chars, workers, perHostConcurrency, politenessDelay, minInterval, maxInterval,
                maxBackoff, unhealthyAfter, unhealthyInterval, redirectsToMove, restoreTimeout);
    }

    /** Concurrency over all hosts and per host, and the politeness delay between requests to one host. */
    public PollerSettings withConcurrency(int allHosts, int perHost, Duration delayPerHost) {
        return new PollerSettings(userAgent, connectTimeout, requestTimeout, maxBodyBytes, firstPollCap,
                recentIdsKept, maxFieldChars, allHosts, perHost, delayPerHost, minInterval, maxInterval, maxBackoff,
                unhealthyAfter, unhealthyInterval, redirectsToMove, restoreTimeout);
    }

    /** Bounds of the adaptive interval. */
    public PollerSettings withIntervalBounds(Duration min, Duration max) {
        return new PollerSettings(userAgent, connectTimeout, requestTimeout, maxBodyBytes, firstPollCap,
                recentIdsKept, maxFieldChars, workers, perHostConcurrency, politenessDelay, min, max, maxBackoff,
                unhealthyAfter, unhealthyInterval, redirectsToMove, restoreTimeout);
    }

    /** Failure handling: backoff cap, when a feed counts as unhealthy and how often it is then tried. */
    public PollerSettings withFailureHandling(Duration backoffCap, int failuresUntilUnhealthy, Duration unhealthyEvery) {
        return new PollerSettings(userAgent, connectTimeout, requestTimeout, maxBodyBytes, firstPollCap,
                recentIdsKept, maxFieldChars, workers, perHostConcurrency, politenessDelay, minInterval, maxInterval,
                backoffCap, failuresUntilUnhealthy, unhealthyEvery, redirectsToMove, restoreTimeout);
    }

    public PollerSettings withRedirectsToMove(int polls) {
        return new PollerSettings(userAgent, connectTimeout, requestTimeout, maxBodyBytes, firstPollCap,
                recentIdsKept, maxFieldChars, workers, perHostConcurrency, politenessDelay, minInterval, maxInterval,
                maxBackoff, unhealthyAfter, unhealthyInterval, polls, restoreTimeout);
    }

    private static void positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
