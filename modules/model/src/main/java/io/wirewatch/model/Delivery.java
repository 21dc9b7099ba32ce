package io.wirewatch.model;

import java.time.Instant;

/**
 * A record that one destination received one alert, so a restarted sink never posts it again.
 *
 * <p>Flows on {@code wirewatch.deliveries} (compacted), key = {@code destination + "/" + alertId}.
 *
 * @param destination the destination's configured name
 * @param alertId     the alert delivered
 * @param deliveredAt when the destination acknowledged it
 * @param via         {@code message} (posted on its own) or {@code digest} (summarised in a digest)
 */
public record Delivery(String destination, String alertId, Instant deliveredAt, String via) {

    /** The key of this record on {@code wirewatch.deliveries}. */
    public String key() {
        return keyOf(destination, alertId);
    }

    public static String keyOf(String destination, String alertId) {
        return destination + "/" + alertId;
    }
}
