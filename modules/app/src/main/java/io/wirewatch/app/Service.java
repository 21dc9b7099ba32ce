package io.wirewatch.app;

import io.wirewatch.app.config.ConfigException;
import io.wirewatch.app.config.FeedConfig;
import io.wirewatch.app.config.WirewatchConfig;
import io.wirewatch.model.Alert;
import io.wirewatch.poller.FeedSource;
import io.wirewatch.poller.Poller;
import io.wirewatch.poller.PollerSettings;
import io.wirewatch.sinks.AlertDelivery;
import io.wirewatch.sinks.AlertSink;
import io.wirewatch.sinks.ConsoleSink;
import io.wirewatch.sinks.DeliveryListener;
import io.wirewatch.sinks.RoutedDelivery;
import io.wirewatch.sinks.config.AlertsConfig;
import io.wirewatch.sinks.config.AlertsConfigException;
import io.wirewatch.sinks.config.Routing;
import io.wirewatch.topology.StreamsSettings;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One wirewatch instance: Kafka (embedded or configured), the topology, the poller and the sinks,
 * started in data-flow order and closed in reverse.
 */
final class Service implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Service.class);
    static final String SINKS_GROUP_SUFFIX = "-sinks";

    private final KafkaCluster kafka;
    private final TopologyRunner topology;
    private final Poller poller;
    private final AlertDelivery delivery;
    private final Thread deliveryThread;
    private final RoutedDelivery routed;
    private final Tally delivered = new Tally();
    private boolean closed;

    private Service(KafkaCluster kafka, TopologyRunner topology, Poller poller, List<AlertSink> sinks,
                    String sinksGroup, RoutedDelivery routed) {
        this.kafka = kafka;
        this.routed = routed;
        this.topology = topology;
        this.poller = poller;
        this.delivery = new AlertDelivery(kafka.bootstrapServers(), sinksGroup, sinks, this::onDelivered);
        this.deliveryThread = new Thread(delivery, "wirewatch-alert-delivery");
    }

    /** Starts everything, polling on schedule. */
    static Service start(WirewatchConfig config, PrintStream out) throws InterruptedException {
        Service service = open(config, out);
        service.poller.start();
        return service;
    }

    /** Starts everything but the poll schedule: the caller polls (the demo does, feed by feed). */
    static Service open(WirewatchConfig config, PrintStream out) throws InterruptedException {
        var judgement = Judgement.from(config);
        Routing routing = routing(config);
        KafkaCluster kafka = KafkaCluster.connect(config.kafka());
        TopologyRunner topology = null;
        Poller poller = null;
        try {
            var streams = config.streams();
            topology = new TopologyRunner(judgement, new StreamsSettings(streams.applicationId(),
                    kafka.bootstrapServers(), Path.of(streams.stateDir()), streams.threads(),
                    config.kafka().replication()));
            topology.start(Duration.ofSeconds(60));
            poller = new Poller(feedsOf(config), PollerSettings.defaults()
                    .withFirstPollCap(config.poller().firstPollCap()), kafka.bootstrapServers());
            poller.restore();
            List<AlertSink> sinks = new ArrayList<>();
            if (config.console().enabled()) {
                sinks.add(new ConsoleSink(out, config.console().json()));
            }
            String sinksGroup = streams.applicationId() + SINKS_GROUP_SUFFIX;
            Service service = new Service(kafka, topology, poller, sinks, sinksGroup,
                    new RoutedDelivery(kafka.bootstrapServers(), sinksGroup, routing, out, DeliveryListener.NONE));
            service.deliveryThread.start();
            service.routed.start();
            return service;
        } catch (RuntimeException | InterruptedException e) {
            if (poller != null) {
                poller.close();
            }
            if (topology != null) {
                topology.close();
            }
            kafka.close();
            throw e;
        }
    }

    /** config/alerts.yaml, checked (and its secrets read) before anything starts. */
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

    Poller poller() {
        return poller;
    }

    String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        LOG.info("stopping wirewatch");
        poller.close();
        routed.close();
        delivery.close();
        try {
            deliveryThread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        topology.close();
        kafka.close();
    }
}
