package io.wirewatch.poller;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * When a feed is due again.
 *
 * <p>In: the feed's current interval, its failure streak, the server's hints (Retry-After, RSS
 * ttl, Cache-Control max-age / Expires) and {@link PollerSettings}. Out: the adapted interval and
 * the delay until the next poll.
 *
 * <ul>
 *   <li>Healthy: the interval starts at the configured one and adapts to how often the feed really
 *       changes: shorter (x0.75) after a poll that found new or edited items, longer (x1.25) after
 *       one that found nothing, always within [minInterval, maxInterval]. The publisher's ttl,
 *       max-age or Expires are a floor (capped by maxInterval: a stale hint must not silence a
 *       feed for days).</li>
 *   <li>Failing: exponential backoff from the interval, doubled per failure up to maxBackoff, with
 *       "equal jitter" (between half and all of it) so feeds that failed together do not retry
 *       together. After {@code unhealthyAfter} failures in a row a feed is unhealthy and tried every
 *       {@code unhealthyInterval}, never dropped.</li>
 *   <li>Retry-After (429, 503) is honoured as a floor in every case, up to a day.</li>
 *   <li>Every delay gets +-10% jitter so 10,000 feeds configured alike spread over the interval.</li>
 * </ul>
 */
final class PollSchedule {

    /** A server asking for more than a day is still polled daily: config may have fixed it. */
    static final Duration MAX_RETRY_AFTER = Duration.ofDays(1);

    private final PollerSettings settings;
    private final DoubleSupplier random;

    /** @param random uniform in [0, 1); tests pass a constant */
    PollSchedule(PollerSettings settings, DoubleSupplier random) {
        this.settings = settings;
        this.random = random;
    }

    /** The interval after a successful poll that found new or edited items ({@code changed}) or not. */
    Duration adapt(Duration interval, boolean changed) {
        Duration next = changed ? interval.multipliedBy(3).dividedBy(4) : interval.multipliedBy(5).dividedBy(4);
        return clamp(next, settings.minInterval(), settings.maxInterval());
    }

    /**
     * @param interval          the feed's current interval
     * @param consecutiveErrors failures in a row (0 when the last poll succeeded)
     * @param retryAfter        the server's Retry-After of the last response, may be null
     * @param serverHint        ttl / max-age / Expires of the last document, may be null
     */
    Duration nextDelay(Duration interval, int consecutiveErrors, Duration retryAfter, Duration serverHint) {
        Duration delay;
        if (consecutiveErrors <= 0) {
            delay = interval;
            if (serverHint != null) {
                Duration hint = serverHint.compareTo(settings.maxInterval()) > 0 ? settings.maxInterval() : serverHint;
                delay = hint.compareTo(delay) > 0 ? hint : delay;
            }
            delay = jitter(delay, 0.9, 1.1);
        } else if (consecutiveErrors >= settings.unhealthyAfter()) {
            delay = jitter(settings.unhealthyInterval(), 0.9, 1.1);
        } else {
            Duration cap = settings.maxBackoff().compareTo(interval) > 0 ? settings.maxBackoff() : interval;
            Duration backoff = interval;
            for (int i = 1; i < consecutiveErrors && backoff.compareTo(cap) < 0; i++) {
                backoff = backoff.multipliedBy(2);
            }
            delay = jitter(backoff.compareTo(cap) > 0 ? cap : backoff, 0.5, 1.0);
        }
        if (retryAfter != null) {
            Duration asked = retryAfter.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : retryAfter;
            if (asked.compareTo(delay) > 0) {
                return asked;
            }
        }
        return delay;
    }

    boolean unhealthy(int consecutiveErrors) {
        return consecutiveErrors >= settings.unhealthyAfter();
    }

    private Duration jitter(Duration d, double low, double high) {
        double factor = low + (high - low) * random.getAsDouble();
        return Duration.ofMillis(Math.max(1, Math.round(d.toMillis() * factor)));
    }

    private static Duration clamp(Duration d, Duration min, Duration max) {
        return d.compareTo(min) < 0 ? min : d.compareTo(max) > 0 ? max : d;
    }
}
