package io.wirewatch.app.bench;

import io.wirewatch.model.Alert;
import io.wirewatch.sinks.AlertSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bench's sink: counts alerts and, for articles the bench timed at send, records how long
 * after publishing their alert reached a sink.
 */
final class DeliveryClock implements AlertSink {

    private final Map<String, Long> sentNanos = new ConcurrentHashMap<>();
    private final List<Long> latenciesNanos = new ArrayList<>();
    private final AtomicLong delivered = new AtomicLong();

    void sent(String articleId, long nanos) {
        sentNanos.put(articleId, nanos);
    }

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public void deliver(Alert alert) {
        long now = System.nanoTime();
        Long sent = sentNanos.remove(alert.articleId());
        if (sent != null) {
            synchronized (latenciesNanos) {
                latenciesNanos.add(now - sent);
            }
        }
        delivered.incrementAndGet();
    }

    long delivered() {
        return delivered.get();
    }

    /** Latencies recorded so far, sorted, in milliseconds. */
    double[] latenciesMillis() {
        synchronized (latenciesNanos) {
            return latenciesNanos.stream().mapToDouble(n -> n / 1e6).sorted().toArray();
        }
    }

    void forgetLatencies() {
        synchronized (latenciesNanos) {
            latenciesNanos.clear();
        }
        sentNanos.clear();
    }
}
