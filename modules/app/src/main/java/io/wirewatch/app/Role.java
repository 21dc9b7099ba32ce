package io.wirewatch.app;

/**
 * What one wirewatch process runs: everything, or one part, so the parts scale apart (several
 * topology instances, one poller, one sinks process).
 */
public enum Role {
    /** Poller, topology and sinks in one process (and the embedded broker when no Kafka is configured). */
    ALL,
    /** Polls feeds and publishes to {@code wirewatch.articles.raw}. */
    POLLER,
    /** Runs the Kafka Streams topology; instances with the same application id share its tasks. */
    TOPOLOGY,
    /** Delivers {@code wirewatch.alerts} to the configured destinations. */
    SINKS;

    boolean polls() {
        return this == ALL || this == POLLER;
    }

    boolean judges() {
        return this == ALL || this == TOPOLOGY;
    }

    boolean delivers() {
        return this == ALL || this == SINKS;
    }
}
