package io.wirewatch.poller;

/**
 * Counters of one poller since it started, for the benchmark, health output and (later) metrics.
 *
 * @param polls       polls finished (any outcome)
 * @param notModified polls answered 304
 * @param failed      polls that failed (HTTP error, network, parse, publish)
 * @param published   articles published and acknowledged (edits included)
 * @param edited      of which edits of earlier articles
 * @param unhealthy   feeds currently marked unhealthy
 */
public record PollerStats(long polls, long notModified, long failed, long published, long edited, int unhealthy) {
}
