package io.wirewatch.app;

import io.wirewatch.app.config.ConfigException;
import io.wirewatch.app.config.FeedConfig;
import io.wirewatch.app.config.WirewatchConfig;
import io.wirewatch.app.ops.KafkaClientGauges;
import io.wirewatch.app.ops.MicrometerDeliveryMetrics;
import io.wirewatch.app.ops.MicrometerPollMetrics;
import io.wirewatch.app.ops.Readiness;
import io.wirewatch.app.ops.Telemetry;
import io.wirewatch.model.Alert;
import io.wirewatch.model.KafkaConnection;
import io.wirewatch.poller.FeedSource;
import io.wirewatch.poller.Poller;
import io.wirewatch.sinks.AlertDelivery;
import io.wirewatch.sinks.AlertSink;
import io.wirewatch.sinks.ConsoleSink;
import io.wirewatch.sinks.RoutedDelivery;
import io.wirewatch.sinks.config.AlertsConfig;
import io.wirewatch.sinks.config.AlertsConfigException;
import io.wirewatch.sinks.config.Routing;
import io.wirewatch.topology.StreamsSettings;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One wirewatch process: Kafka (embedded or configured), then whichever of the topology, the poller
 * and the sinks its {@link Role} runs, started in data-flow order and closed in reverse.
 */
final class Service implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Service.class);
    static final String SINKS_GROUP_SUFFIX = "-sinks";

    private final KafkaCluster kafka;
    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    private final Tally delivered = new Tally();
    private Poller poller;
    private boolean closed;

    private Service(KafkaCluster kafka) {
        this.kafka = kafka;
    }

    /** Starts the role's parts, the poller polling on schedule. */
    static Service start(WirewatchConfig config, Role role, PrintStream out, Telemetry telemetry, Readiness readiness)
            throws InterruptedException {
        Service service = open(config, role, out, telemetry, readiness);
        if (service.poller != null) {
            service.poller.start();
        }
        return service;
    }

    /** Starts the role's parts but not the poll schedule: the caller polls (the demo does, feed by feed). */
    static Service open(WirewatchConfig config, Role role, PrintStream out, Telemetry telemetry, Readiness readiness)
            throws InterruptedException {
        if (role != Role.ALL && config.kafka().embedded()) {
            throw new ConfigException("--role " + role.name().toLowerCase() + " runs beside other wirewatch processes, "
                    + "so it needs a shared Kafka: set kafka.bootstrapServers, WIREWATCH_BOOTSTRAP_SERVERS or "
                    + "--bootstrap-servers (the embedded broker serves --role all only)");
        }
        // Configuration problems surface before Kafka starts.
        var judgement = role.judges() ? Judgement.from(config) : null;
        Routing routing = role.delivers() ? routing(config) : null;
        Service service = new Service(KafkaCluster.connect(config.kafka()));
        try {
            var streams = config.streams();
            if (role.judges()) {
                TopologyRunner topology = new TopologyRunner(judgement, new StreamsSettings(streams.applicationId(),
                        service.kafka.connection(), Path.of(streams.stateDir()), streams.threads(),
                        config.kafka().replication(), streams.commitInterval()), telemetry.registry());
                service.running.push(topology);
                readiness.register("topology", topology::readiness);
                topology.start(Duration.ofSeconds(60));
            }
            if (role.polls()) {
                Poller poller = new Poller(feedsOf(config), config.poller().toSettings(), service.kafka.connection());
                service.running.push(poller);
                poller.restore();
                service.poller = poller;
                poller.onPoll(new MicrometerPollMetrics(telemetry.registry(), poller));
                service.running.push(new KafkaClientGauges(telemetry.registry(), () -> List.of(poller.kafkaMetrics())));
                readiness.register("poller", () -> new Readiness.Check(true, poller.feeds().size() + " feeds"));
            }
            if (role.delivers()) {
                MicrometerDeliveryMetrics deliveries = new MicrometerDeliveryMetrics(telemetry.registry());
                List<AlertSink> sinks = new ArrayList<>();
                if (config.console().enabled()) {
                    sinks.add(new ConsoleSink(out, config.console().json()));
                }
                AlertDelivery delivery = new AlertDelivery(service.kafka.connection(),
                        streams.applicationId() + SINKS_GROUP_SUFFIX, sinks, alert -> {
                            deliveries.delivered("console", alert);
                            service.onDelivered(alert);
                        });
                Thread thread = new Thread(delivery, "wirewatch-alert-delivery");
                service.running.push(() -> {
                    delivery.close();
                    thread.join(10_000);
                });
                readiness.register("sinks", () -> new Readiness.Check(thread.isAlive(), thread.isAlive() ? "consuming" : "stopped"));
                thread.start();
                // Slack, webhooks and routed consoles of config/alerts.yaml, each paced and deduplicated on its own.
                RoutedDelivery routed = new RoutedDelivery(service.kafka.connection(),
                        streams.applicationId() + SINKS_GROUP_SUFFIX, routing, out, deliveries);
                service.running.push(routed);
                routed.start();
                service.running.push(new KafkaClientGauges(telemetry.registry(), () -> {
                    List<java.util.Map<org.apache.kafka.common.MetricName, ? extends org.apache.kafka.common.Metric>> all =
                            new ArrayList<>(routed.kafkaMetrics());
                    all.add(delivery.kafkaMetrics());
                    return all;
                }));
            }
            return service;
        } catch (RuntimeException | InterruptedException e) {
            service.close();
            throw e;
        }
    }

    private static Routing routing(WirewatchConfig config) {
        try {
            return AlertsConfig.load(config.alertsFile(), System::getenv);
        } catch (AlertsConfigException e) {
            throw new ConfigException(e.getMessage());
        }
    }

    static List<FeedSource> feedsOf(WirewatchConfig config) {
        List<FeedSource> feeds = new ArrayList<>();
        for (FeedConfig feed : config.feeds()) {
            Duration interval = feed.interval() == null ? config.poller().interval() : feed.interval();
            feeds.add(FeedSource.of(feed.id(), feed.url(), feed.name(), interval));
        }
        return feeds;
    }

    private void onDelivered(Alert alert) {
        delivered.add(1);
    }

    /** Waits until the sinks have handled at least {@code count} alerts; false on timeout. */
    boolean awaitDelivered(int count, Duration timeout) throws InterruptedException {
        return delivered.await(count, timeout);
    }

    /** The poller, when this process's role polls. */
    Poller poller() {
        return poller;
    }

    KafkaConnection kafka() {
        return kafka.connection();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        LOG.info("stopping wirewatch");
        while (!running.isEmpty()) {
            AutoCloseable part = running.pop();
            try {
                part.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                LOG.warn("stopping {} failed: {}", part.getClass().getSimpleName(), e.toString());
            }
        }
        kafka.close();
    }
}
