package io.wirewatch.app.config;

import java.time.Duration;
import java.util.List;

/**
 * Poller defaults.
 *
 * @param interval     default poll interval of a feed
 * @param firstPollCap at most this many items of a feed are published on its first poll
 */
public record PollerSection(Duration interval, Integer firstPollCap) {

    public PollerSection {
        interval = interval == null ? Duration.ofMinutes(5) : interval;
        firstPollCap = firstPollCap == null ? 100 : firstPollCap;
    }

    public static PollerSection defaults() {
        return new PollerSection(null, null);
    }

    void check(List<String> problems) {
        if (interval.isNegative() || interval.isZero()) {
            problems.add("poller.interval must be positive, was " + interval);
        }
        if (firstPollCap < 1) {
            problems.add("poller.firstPollCap must be at least 1, was " + firstPollCap);
        }
    }
}
