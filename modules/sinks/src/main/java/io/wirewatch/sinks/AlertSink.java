package io.wirewatch.sinks;

import io.wirewatch.model.Alert;
import java.util.List;

/**
 * A destination for alerts: the console, Slack, a webhook. One class per kind, chosen by
 * config/alerts.yaml ({@link Sinks#create}).
 */
public interface AlertSink extends AutoCloseable {

    /** A short name for logs and metrics ("console", "slack"). */
    String name();

    /**
     * Delivers one alert. Returns once it is delivered; throws when it could not be, so the caller
     * does not commit past it.
     */
    void deliver(Alert alert) throws Exception;

    /**
     * Delivers alerts that piled up as one message where the destination has a digest form;
     * otherwise one by one.
     */
    default void deliverDigest(List<Alert> alerts) throws Exception {
        for (Alert alert : alerts) {
            deliver(alert);
        }
    }

    @Override
    default void close() {
    }
}
