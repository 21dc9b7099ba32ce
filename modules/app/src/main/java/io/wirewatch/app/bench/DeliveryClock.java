package io.wirewatch.app.bench;

import io.wirewatch.model.Alert;
import io.wirewatch.sinks.AlertSink;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bench's sink: counts alerts and marks, on the {@link LatencyTrail}, when the alert of a timed
 * article reached a sink.
 */
final class DeliveryClock implements AlertSink {

    private final LatencyTrail trail;
    private final AtomicLong delivered = new AtomicLong();

    DeliveryClock(LatencyTrail trail) {
        this.trail = trail;
    }

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public void deliver(Alert alert) {
        trail.delivered(alert);
        delivered.incrementAndGet();
    }

    long delivered() {
        return delivered.get();
    }

}
