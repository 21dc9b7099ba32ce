package io.wirewatch.sinks;

import io.wirewatch.model.Alert;

/** A destination for alerts: the console, Slack, a webhook. */
public interface AlertSink extends AutoCloseable {

    /** A short name for logs and metrics ("console", "slack"). */
    String name();

    /**
     * Delivers one alert. Returns once it is delivered; throws when it could not be, so the caller
     * does not commit past it.
     */
    void deliver(Alert alert) throws Exception;

    @Override
    default void close() {
    }
}
