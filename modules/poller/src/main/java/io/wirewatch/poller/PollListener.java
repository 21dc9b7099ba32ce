package io.wirewatch.poller;

import java.time.Duration;

/**
 * Told of every finished poll, scheduled or manual: for metrics. Called on the polling thread;
 * implementations must be cheap and must not throw.
 */
public interface PollListener {

    PollListener NONE = (feed, report, took) -> {
    };

    /**
     * @param feed   the feed polled
     * @param report what came of it
     * @param took   fetch, parse and publish, start to end
     */
    void polled(FeedSource feed, PollReport report, Duration took);
}
