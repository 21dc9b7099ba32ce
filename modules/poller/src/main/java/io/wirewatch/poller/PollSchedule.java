package io.wirewatch.poller;

import java.time.Duration;

/**
 * When a feed is due again: its interval while healthy; after failures, exponential backoff (the
 * interval doubled per consecutive failure, capped) and never sooner than the server's Retry-After.
 *
 * <p>In: the feed's interval, its failure streak, the last Retry-After. Out: a delay.
 */
final class PollSchedule {

    /** A server asking for more than a day is still polled daily: config may have fixed it. */
    private static final Duration MAX_RETRY_AFTER = Duration.ofDays(1);

    private PollSchedule() {
    }

    static Duration nextDelay(Duration interval, int consecutiveErrors, Duration retryAfter, Duration maxBackoff) {
        if (consecutiveErrors <= 0) {
            return interval;
        }
        Duration cap = maxBackoff.compareTo(interval) > 0 ? maxBackoff : interval;
        Duration backoff = interval;
        for (int i = 1; i < consecutiveErrors && backoff.compareTo(cap) < 0; i++) {
            backoff = backoff.multipliedBy(2);
        }
        if (backoff.compareTo(cap) > 0) {
            backoff = cap;
        }
        if (retryAfter != null) {
            Duration asked = retryAfter.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : retryAfter;
            if (asked.compareTo(backoff) > 0) {
                return asked;
            }
        }
        return backoff;
    }
}
