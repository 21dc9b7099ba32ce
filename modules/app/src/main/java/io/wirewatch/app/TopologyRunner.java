package io.wirewatch.app;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.wirewatch.app.ops.MicrometerStoryMetrics;
import io.wirewatch.app.ops.Readiness;
import io.wirewatch.topology.StreamsSettings;
import io.wirewatch.topology.TopologySettings;
import io.wirewatch.topology.WirewatchTopology;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the wirewatch topology in this JVM: builds it, starts it, waits until it runs, closes it.
 */
final class TopologyRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TopologyRunner.class);

    private final KafkaStreams streams;
    private final CountDownLatch running = new CountDownLatch(1);
    private final KafkaStreamsMetrics metrics;

    TopologyRunner(TopologySettings topology, StreamsSettings settings, MeterRegistry registry) {
        this.streams = new KafkaStreams(WirewatchTopology.build(topology, new MicrometerStoryMetrics(registry)),
                settings.toProperties());
        // Streams' own metrics (and its clients': lag, commit latency, process rates) on /metrics.
        this.metrics = new KafkaStreamsMetrics(streams);
        metrics.bindTo(registry);
        streams.setStateListener((now, before) -> {
            LOG.debug("topology {} -> {}", before, now);
            if (now == KafkaStreams.State.RUNNING) {
                running.countDown();
            }
        });
        // A stage bug that escapes the dead-letter handler replaces the thread rather than the app.
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("stream thread failed, replacing it", e);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
    }

    void start(Duration timeout) throws InterruptedException {
        streams.start();
        if (!running.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("the topology did not reach RUNNING within " + timeout.toSeconds()
                    + " s (state " + streams.state() + ")");
        }
    }

    KafkaStreams streams() {
        return streams;
    }

    /** Ready while running or rebalancing: another instance joining must not take this one out of service. */
    Readiness.Check readiness() {
        KafkaStreams.State state = streams.state();
        return new Readiness.Check(state.isRunningOrRebalancing(), state.name());
    }

    @Override
    public void close() {
        streams.close(Duration.ofSeconds(30));
        metrics.close();
    }
}
