package io.wirewatch.sinks;

import io.wirewatch.model.Alert;
import java.util.List;

/** Told what happened to each alert at each destination: for counts, metrics and tests. */
public interface DeliveryListener {

    DeliveryListener NONE = new DeliveryListener() {
    };

    /** The destination acknowledged these alerts (one message, or one digest). */
    default void delivered(String destination, List<Alert> alerts) {
    }

    /** Already delivered before (a replay after a restart): not posted again. */
    default void skipped(String destination, Alert alert) {
    }

    /**
     * How long after its article was fetched an alert reached the destination (the alert record
     * carries the fetch time as its timestamp, through the topology).
     */
    default void latency(String destination, java.time.Duration sinceFetched) {
    }

    /**
     * A post failed and will be tried again: {@code reason} is rate_limited (429, after
     * Retry-After), http_5xx or network (I/O error or timeout).
     */
    default void retried(String destination, String reason) {
    }

    /** Refused for good and put on wirewatch.dlq. */
    default void deadLettered(String destination, Alert alert, String reason) {
    }
}
