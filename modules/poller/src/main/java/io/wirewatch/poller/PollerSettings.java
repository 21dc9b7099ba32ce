package io.wirewatch.poller;

import java.time.Duration;
import java.util.Objects;

/**
 * Typed knobs of the poller; {@link #defaults()} is what production runs with.
 *
 * <p>In: the app (from config) or tests (short timeouts). Out: read by {@link FeedFetcher},
 * {@link FeedParser}, {@link Poller} and {@link FeedStateStore}.
 *
 * @param userAgent        sent on every request; names the project so feed operators can reach us
 * @param connectTimeout   TCP + TLS connect limit
 * @param requestTimeout   limit for the WHOLE exchange, body included (HttpClient's own request
 *                         timeout stops at the response headers, so a dripping body needs this)
 * @param maxBodyBytes     feed documents larger than this (on the wire or after gunzip) are refused
 * @param firstPollCap     at most this many (newest) items are published on a feed's first poll,
 *                         the rest are remembered as seen, so adding a 500-item feed does not flood
 * @param recentIdsKept    how many published ids are remembered per feed (at least the feed's size
 *                         is always kept, so items still in the feed are never re-published)
 * @param maxFieldChars    title/summary/content longer than this are truncated, keeping a record
 *                         well under the producer's 1 MB request limit
 * @param schedulerThreads threads that run scheduled polls
 * @param maxBackoff       longest wait after repeated failures (Retry-After may ask for longer)
 * @param restoreTimeout   how long {@link Poller#restore()} may take to read the feed-state topic
 */
public record PollerSettings(
        String userAgent,
        Duration connectTimeout,
        Duration requestTimeout,
        long maxBodyBytes,
        int firstPollCap,
        int recentIdsKept,
        int maxFieldChars,
        int schedulerThreads,
        Duration maxBackoff,
        Duration restoreTimeout) {

    public static final String USER_AGENT = "wirewatch/0.1 (+https://github.com/wirewatch/wirewatch)";

    public PollerSettings {
        Objects.requireNonNull(userAgent, "userAgent");
        positive(connectTimeout, "connectTimeout");
        positive(requestTimeout, "requestTimeout");
        positive(maxBackoff, "maxBackoff");
        positive(restoreTimeout, "restoreTimeout");
        if (maxBodyBytes < 1 || firstPollCap < 0 || recentIdsKept < 1 || maxFieldChars < 1 || schedulerThreads < 1) {
            throw new IllegalArgumentException("poller settings out of range: " + maxBodyBytes + ", " + firstPollCap
                    + ", " + recentIdsKept + ", " + maxFieldChars + ", " + schedulerThreads);
        }
    }

    public static PollerSettings defaults() {
        return new PollerSettings(USER_AGENT, Duration.ofSeconds(10), Duration.ofSeconds(30), 10L * 1024 * 1024,
                100, 1000, 100_000, 2, Duration.ofHours(1), Duration.ofSeconds(60));
    }

    public PollerSettings withTimeouts(Duration connect, Duration request) {
        return new PollerSettings(userAgent, connect, request, maxBodyBytes, firstPollCap, recentIdsKept,
                maxFieldChars, schedulerThreads, maxBackoff, restoreTimeout);
    }

    public PollerSettings withMaxBodyBytes(long bytes) {
        return new PollerSettings(userAgent, connectTimeout, requestTimeout, bytes, firstPollCap, recentIdsKept,
                maxFieldChars, schedulerThreads, maxBackoff, restoreTimeout);
    }

    public PollerSettings withFirstPollCap(int cap) {
        return new PollerSettings(userAgent, connectTimeout, requestTimeout, maxBodyBytes, cap, recentIdsKept,
                maxFieldChars, schedulerThreads, maxBackoff, restoreTimeout);
    }

    public PollerSettings withRecentIdsKept(int kept) {
        return new PollerSettings(userAgent, connectTimeout, requestTimeout, maxBodyBytes, firstPollCap, kept,
                maxFieldChars, schedulerThreads, maxBackoff, restoreTimeout);
    }

    private static void positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
