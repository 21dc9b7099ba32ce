package io.wirewatch.app.bench;

import io.wirewatch.model.Alert;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Where the time of each timed article goes on its way from the raw topic to a sink: sent, judged
 * by the cluster stage, alert raised by the facts stage, alert delivered. The hops between them
 * include the exactly-once commits that make one stage's output visible to the next, so the
 * breakdown tells processing from waiting.
 *
 * <p>Latency counts from the article whose processing raised the alert: news held through a
 * cool-down and raised by the story's next article is timed from that article, as the
 * {@code wirewatch.alert.latency} meter does; news a punctuation releases is not timed (its delay
 * is the cool-down's).
 *
 * <p>In: article ids and the moments they pass each point (stream threads and the sink thread call
 * in concurrently). Out: latency percentiles, whole and per hop, of the articles whose alert was
 * delivered.
 */
final class LatencyTrail {

    /** The points an article passes, in order. */
    enum Point { SENT, CLUSTERED, RAISED, DELIVERED }

    private final Map<String, AtomicLongArray> trails = new ConcurrentHashMap<>();
    /** Alert id to the timed article that raised it: held news names an earlier article. */
    private final Map<String, String> raisers = new ConcurrentHashMap<>();

    void sent(String articleId, long nanos) {
        AtomicLongArray times = new AtomicLongArray(Point.values().length);
        times.set(Point.SENT.ordinal(), nanos);
        trails.put(articleId, times);
    }

    /** The first passage counts: a duplicate of a timed article passes the cluster stage again. */
    void passed(Point point, String articleId) {
        AtomicLongArray times = articleId == null ? null : trails.get(articleId);
        if (times != null) {
            times.compareAndSet(point.ordinal(), 0, System.nanoTime());
        }
    }

    /** The facts stage raised {@code alert} while processing article {@code raisedBy}. */
    void raised(Alert alert, String raisedBy) {
        if (trails.containsKey(raisedBy)) {
            raisers.put(alert.id(), raisedBy);
            passed(Point.RAISED, raisedBy);
        }
    }

    /** A sink got {@code alert}; it counts for the article that raised it. */
    void delivered(Alert alert) {
        String raisedBy = raisers.remove(alert.id());
        if (raisedBy != null) {
            passed(Point.DELIVERED, raisedBy);
        }
    }

    void forget() {
        trails.clear();
        raisers.clear();
    }

    /** Publish-to-alert latencies of the delivered articles, sorted, in milliseconds. */
    double[] totalMillis() {
        return between(Point.SENT, Point.DELIVERED);
    }

    /** One hop's latencies, over the articles that completed the trail, sorted, in milliseconds. */
    double[] between(Point from, Point to) {
        List<Double> millis = new ArrayList<>();
        for (AtomicLongArray times : trails.values()) {
            if (complete(times)) {
                millis.add((times.get(to.ordinal()) - times.get(from.ordinal())) / 1e6);
            }
        }
        return millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    /** "to cluster p50/p99, cluster to alert p50/p99, alert to sink p50/p99", in milliseconds. */
    String hops() {
        Point[] points = Point.values();
        List<String> parts = new ArrayList<>();
        for (int i = 1; i < points.length; i++) {
            double[] hop = between(points[i - 1], points[i]);
            parts.add(String.format(Locale.ROOT, "%s %.0f/%.0f", label(points[i]), BenchRun.percentile(hop, 0.50),
                    BenchRun.percentile(hop, 0.99)));
        }
        return String.join(", ", parts);
    }

    private static String label(Point point) {
        return switch (point) {
            case CLUSTERED -> "sent to clustered";
            case RAISED -> "clustered to alert raised";
            case DELIVERED -> "raised to delivered";
            case SENT -> "sent";
        };
    }

    private static boolean complete(AtomicLongArray times) {
        for (int i = 0; i < times.length(); i++) {
            if (times.get(i) == 0) {
                return false;
            }
        }
        return true;
    }
}
