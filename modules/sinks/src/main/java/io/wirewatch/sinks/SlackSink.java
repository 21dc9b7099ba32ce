package io.wirewatch.sinks;

import io.wirewatch.model.Alert;
import io.wirewatch.sinks.config.Destination;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Posts alerts to a Slack incoming webhook.
 *
 * <p>In: alerts (or a digest of them). Out: Block Kit messages ({@link SlackMessage}) POSTed at
 * the destination's pace through {@link PacedPoster}.
 */
public final class SlackSink implements AlertSink {

    private final PacedPoster poster;

    public SlackSink(Destination destination) {
        this(destination, DeliveryListener.NONE);
    }

    public SlackSink(Destination destination, DeliveryListener listener) {
        this.poster = new PacedPoster(destination, listener);
    }

    @Override
    public String name() {
        return poster.destinationName();
    }

    @Override
    public void deliver(Alert alert) throws DeliveryRejected, InterruptedException {
        poster.post(SlackMessage.of(alert).getBytes(StandardCharsets.UTF_8), body -> Map.of());
    }

    @Override
    public void deliverDigest(List<Alert> alerts) throws DeliveryRejected, InterruptedException {
        poster.post(SlackMessage.digest(alerts).getBytes(StandardCharsets.UTF_8), body -> Map.of());
    }
}
