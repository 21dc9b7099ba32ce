package io.wirewatch.app.config;

import io.wirewatch.poller.PollerSettings;
import java.time.Duration;
import java.util.List;

/**
 * Poller defaults and politeness, section {@code poller:} of config/wirewatch.yaml.
 *
 * @param interval           default poll interval of a feed; where its adaptive interval starts
 * @param firstPollCap       at most this many items of a feed are published on its first poll
 * @param minInterval        a feed that changes at every poll is polled no more often than this
 * @param maxInterval        a quiet feed is still polled at least this often
 * @param workers            polls running at once, over all hosts
 * @param perHostConcurrency polls of one host running at once
 * @param politenessDelay    least time between two requests to one host
 * @param maxBodyBytes       feed documents larger than this are refused while downloading
 * @param unhealthyAfter     failures in a row after which a feed is marked unhealthy (then tried every 6 h)
 */
public record PollerSection(Duration interval, Integer firstPollCap, Duration minInterval, Duration maxInterval,
                            Integer workers, Integer perHostConcurrency, Duration politenessDelay, Long maxBodyBytes,
                            Integer unhealthyAfter) {

    public PollerSection {
        PollerSettings d = PollerSettings.defaults();
        interval = interval == null ? Duration.ofMinutes(5) : interval;
        firstPollCap = firstPollCap == null ? d.firstPollCap() : firstPollCap;
        minInterval = minInterval == null ? d.minInterval() : minInterval;
        maxInterval = maxInterval == null ? d.maxInterval() : maxInterval;
        workers = workers == null ? d.workers() : workers;
        perHostConcurrency = perHostConcurrency == null ? d.perHostConcurrency() : perHostConcurrency;
        politenessDelay = politenessDelay == null ? d.politenessDelay() : politenessDelay;
        maxBodyBytes = maxBodyBytes == null ? d.maxBodyBytes() : maxBodyBytes;
        unhealthyAfter = unhealthyAfter == null ? d.unhealthyAfter() : unhealthyAfter;
    }

    public static PollerSection defaults() {
        return new PollerSection(null, null, null, null, null, null, null, null, null);
    }

    /** The poller's settings: defaults overridden by this section. Call after {@link #check}. */
    public PollerSettings toSettings() {
        PollerSettings d = PollerSettings.defaults();
        return d.withFirstPollCap(firstPollCap)
                .withIntervalBounds(minInterval, maxInterval)
                .withConcurrency(workers, perHostConcurrency, politenessDelay)
                .withMaxBodyBytes(maxBodyBytes)
                .withFailureHandling(d.maxBackoff(), unhealthyAfter, d.unhealthyInterval());
    }

    void check(List<String> problems) {
        if (interval.isNegative() || interval.isZero()) {
            problems.add("poller.interval must be positive, was " + interval);
        }
        if (firstPollCap < 1) {
            problems.add("poller.firstPollCap must be at least 1, was " + firstPollCap);
        }
        if (minInterval.isNegative() || minInterval.isZero() || maxInterval.compareTo(minInterval) < 0) {
            problems.add("poller.minInterval must be positive and at most poller.maxInterval, was " + minInterval
                    + " and " + maxInterval);
        }
        if (workers < 1 || perHostConcurrency < 1) {
            problems.add("poller.workers and poller.perHostConcurrency must be at least 1, were " + workers + " and "
                    + perHostConcurrency);
        }
        if (politenessDelay.isNegative()) {
            problems.add("poller.politenessDelay must not be negative, was " + politenessDelay);
        }
        if (maxBodyBytes < 1024) {
            problems.add("poller.maxBodyBytes must be at least 1024, was " + maxBodyBytes);
        }
        if (unhealthyAfter < 1) {
            problems.add("poller.unhealthyAfter must be at least 1, was " + unhealthyAfter);
        }
    }
}
