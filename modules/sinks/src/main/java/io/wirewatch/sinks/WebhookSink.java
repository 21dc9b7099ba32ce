package io.wirewatch.sinks;

import io.wirewatch.model.Alert;
import io.wirewatch.sinks.config.Destination;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Posts alerts as signed JSON to any HTTP endpoint.
 *
 * <p>In: alerts (or a digest of them). Out: {@link WebhookPayload} bodies with headers
 * {@code X-Wirewatch-Signature} ({@link WebhookSignature}), {@code X-Wirewatch-Delivery} (the alert
 * id, or the first and last ids of a digest: receivers deduplicate on it) and {@code X-Wirewatch-Kind}.
 */
public final class WebhookSink implements AlertSink {

    public static final String DELIVERY_HEADER = "X-Wirewatch-Delivery";
    public static final String KIND_HEADER = "X-Wirewatch-Kind";

    private final PacedPoster poster;
    private final Destination destination;

    public WebhookSink(Destination destination) {
        this(destination, DeliveryListener.NONE);
    }

    public WebhookSink(Destination destination, DeliveryListener listener) {
        this.destination = destination;
        this.poster = new PacedPoster(destination, listener);
    }

    @Override
    public String name() {
        return destination.name();
    }

    @Override
    public void deliver(Alert alert) throws DeliveryRejected, InterruptedException {
        post(WebhookPayload.of(alert), alert.id(), "alert");
    }

    @Override
    public void deliverDigest(List<Alert> alerts) throws DeliveryRejected, InterruptedException {
        String id = "digest-" + alerts.get(0).id() + ".." + alerts.get(alerts.size() - 1).id();
        post(WebhookPayload.digest(alerts), id, "digest");
    }

    private void post(String json, String deliveryId, String kind) throws DeliveryRejected, InterruptedException {
        poster.post(json.getBytes(StandardCharsets.UTF_8), body -> Map.of(
                WebhookSignature.HEADER, WebhookSignature.header(destination.secret().reveal(), body, Instant.now()),
                DELIVERY_HEADER, deliveryId,
                KIND_HEADER, kind));
    }
}
