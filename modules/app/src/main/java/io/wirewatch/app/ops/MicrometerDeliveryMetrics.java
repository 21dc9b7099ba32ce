package io.wirewatch.app.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.wirewatch.model.Alert;
import io.wirewatch.sinks.DeliveryListener;
import java.time.Duration;
import java.util.List;

/**
 * Delivery as Prometheus meters, from the sinks' {@link DeliveryListener} calls. Tags: the
 * destination's configured name and the alert type.
 *
 * <pre>
 * wirewatch_alerts_delivered_total{destination,type}
 * wirewatch_alerts_skipped_total{destination}        already delivered before a restart
 * wirewatch_alerts_dead_lettered_total{destination}
 * wirewatch_delivery_latency_seconds{destination}     histogram: article fetched to alert delivered
 * wirewatch_delivery_retries_total{destination,reason} rate_limited / http_5xx / network
 * </pre>
 */
public final class MicrometerDeliveryMetrics implements DeliveryListener {

    private final MeterRegistry registry;

    public MicrometerDeliveryMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void delivered(String destination, List<Alert> alerts) {
        for (Alert alert : alerts) {
            delivered(destination, alert);
        }
    }

    /** One alert at one destination (the console delivery reports here too). */
    public void delivered(String destination, Alert alert) {
        Counter.builder("wirewatch.alerts.delivered").description("Alerts delivered per destination")
                .tag("destination", destination).tag("type", alert.type().name()).register(registry).increment();
    }

    @Override
    public void skipped(String destination, Alert alert) {
        Counter.builder("wirewatch.alerts.skipped").description("Alerts already delivered before a restart")
                .tag("destination", destination).register(registry).increment();
    }

    @Override
    public void deadLettered(String destination, Alert alert, String reason) {
        Counter.builder("wirewatch.alerts.dead.lettered").description("Alerts refused for good, on wirewatch.dlq")
                .tag("destination", destination).register(registry).increment();
    }

    @Override
    public void retried(String destination, String reason) {
        Counter.builder("wirewatch.delivery.retries").description("Posts tried again, by why")
                .tag("destination", destination).tag("reason", reason).register(registry).increment();
    }

    @Override
    public void latency(String destination, Duration sinceFetched) {
        Timer.builder("wirewatch.delivery.latency").description("From an article's fetch to its alert's delivery")
                .tag("destination", destination).publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(5)).maximumExpectedValue(Duration.ofMinutes(5))
                .register(registry).record(sinceFetched);
    }
}
