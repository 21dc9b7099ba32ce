package io.wirewatch.app.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;

/**
 * The poller's and the sinks' own Kafka clients as gauges (the topology's come through
 * Micrometer's Streams binder): consumer lag and fetch rates of every delivery, send rates and
 * errors of the producers.
 *
 * <p>In: live views of the clients' metric maps (safe to read from any thread, unlike the clients).
 * Out: {@code wirewatch_kafka_<group>_<name>{client_id}}, client-level only: per-topic and
 * per-partition metrics would multiply series. New metrics (a consumer's lag appears once it has
 * partitions) are picked up every 15 s.
 */
public final class KafkaClientGauges implements AutoCloseable {

    private static final Set<String> GROUPS = Set.of("producer-metrics", "consumer-fetch-manager-metrics",
            "consumer-coordinator-metrics");

    private final MeterRegistry registry;
    private final Supplier<List<Map<MetricName, ? extends Metric>>> clients;
    private final Set<MetricName> bound = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "wirewatch-kafka-client-gauges");
        t.setDaemon(true);
        return t;
    });

    public KafkaClientGauges(MeterRegistry registry, Supplier<List<Map<MetricName, ? extends Metric>>> clients) {
        this.registry = registry;
        this.clients = clients;
        refresh();
        refresher.scheduleWithFixedDelay(this::refresh, 15, 15, TimeUnit.SECONDS);
    }

    void refresh() {
        for (Map<MetricName, ? extends Metric> metrics : clients.get()) {
            metrics.forEach((name, metric) -> {
                if (GROUPS.contains(name.group()) && !name.tags().containsKey("topic")
                        && !name.tags().containsKey("partition") && bound.add(name)) {
                    Tags tags = Tags.empty();
                    for (Map.Entry<String, String> tag : name.tags().entrySet()) {
                        tags = tags.and(tag.getKey(), tag.getValue());
                    }
                    Gauge.builder(meterName(name), metric, KafkaClientGauges::value).tags(tags)
                            .description(name.description()).register(registry);
                }
            });
        }
    }

    static String meterName(MetricName name) {
        return "wirewatch.kafka." + name.group().replace("-metrics", "").replace('-', '.') + "." + name.name().replace('-', '.');
    }

    private static double value(Metric metric) {
        Object value = metric.metricValue();
        return value instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    @Override
    public void close() {
        refresher.shutdownNow();
    }
}
