package io.wirewatch.app.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * config/wirewatch.yaml: Kafka, the topology, the feeds, thresholds and sinks. Every field has a
 * default; {@link #load(Path)} validates everything at start and reports all problems at once.
 *
 * @param kafka      where Kafka is (embedded broker when no bootstrap servers)
 * @param streams    how the topology runs
 * @param poller     poller defaults
 * @param feeds      feeds to poll: those listed inline, then those of config/feeds.yaml
 * @param entities   path of the entity gazetteer, relative to this file
 * @param topics     path of the topic rules, relative to this file
 * @param alerts     path of the alert routing (destinations: Slack, webhooks), relative to this file;
 *                   a missing file at the default path means no destinations beyond the console
 * @param clustering thresholds of the cluster stage
 * @param facts      thresholds of the facts stage
 * @param console    the console sink
 * @param ops        the /metrics and /health endpoints
 * @param baseDir    directory the relative paths are resolved against (not read from YAML)
 */
public record WirewatchConfig(
        KafkaConfig kafka,
        StreamsSection streams,
        PollerSection poller,
        List<FeedConfig> feeds,
        String entities,
        String topics,
        String alerts,
        ClusteringSection clustering,
        FactsSection facts,
        ConsoleSection console,
        OpsSection ops,
        Path baseDir) {

    /** Overrides kafka.bootstrapServers, so a deployment needs no edited file. */
    public static final String BOOTSTRAP_ENV = "WIREWATCH_BOOTSTRAP_SERVERS";
    /**
     * Prefix of environment variables that set kafka.client settings, so a deployment's secrets need no
     * file: {@code WIREWATCH_KAFKA_SASL_JAAS_CONFIG} sets {@code sasl.jaas.config} (lower case, each
     * underscore a dot; Kafka's client setting names have no underscores).
     */
    public static final String KAFKA_CLIENT_ENV_PREFIX = "WIREWATCH_KAFKA_";
    /** Overrides ops.bind: containers serve /metrics on 0.0.0.0 for a scraper on another host. */
    public static final String OPS_BIND_ENV = "WIREWATCH_OPS_BIND";
    /** Overrides streams.stateDir: containers keep state on a mounted volume. */
    public static final String STATE_DIR_ENV = "WIREWATCH_STATE_DIR";

    static final String DEFAULT_ALERTS = "alerts.yaml";

    public WirewatchConfig {
        kafka = kafka == null ? KafkaConfig.defaults() : kafka;
        streams = streams == null ? StreamsSection.defaults() : streams;
        poller = poller == null ? PollerSection.defaults() : poller;
        feeds = feeds == null ? List.of() : List.copyOf(feeds);
        entities = entities == null ? "entities.yaml" : entities;
        topics = topics == null ? "topics.yaml" : topics;
        alerts = alerts == null ? DEFAULT_ALERTS : alerts;
        clustering = clustering == null ? new ClusteringSection(null, null, null, null, null, null) : clustering;
        facts = facts == null ? new FactsSection(null, null, null, null, null) : facts;
        console = console == null ? ConsoleSection.defaults() : console;
        ops = ops == null ? OpsSection.defaults() : ops;
        baseDir = baseDir == null ? Path.of(".") : baseDir;
    }

    private static ObjectMapper yaml() {
        return new ObjectMapper(new YAMLFactory())
                .registerModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** Reads, resolves and validates a config file. */
    public static WirewatchConfig load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("no config file at " + file.toAbsolutePath());
        }
        WirewatchConfig parsed;
        try {
            parsed = yaml().readValue(file.toFile(), WirewatchConfig.class);
        } catch (UnrecognizedPropertyException e) {
            throw new ConfigException(file + ": unknown setting '" + e.getPropertyName() + "' at "
                    + e.getPathReference() + " (known: " + e.getKnownPropertyIds() + ")", e);
        } catch (IOException e) {
            throw new ConfigException(file + ": " + e.getMessage().lines().findFirst().orElse("unreadable"), e);
        }
        if (parsed == null) {
            parsed = new WirewatchConfig(null, null, null, null, null, null, null, null, null, null, null, null);
        }
        WirewatchConfig config = parsed.withBaseDir(file.toAbsolutePath().getParent());
        List<FeedConfig> listed = FeedsFile.read(config.feedsFile());
        if (!listed.isEmpty()) {
            List<FeedConfig> all = new ArrayList<>(config.feeds());
            all.addAll(listed);
            config = config.withFeeds(all);
        }
        config = config.withEnvironment(System.getenv());
        config.validate(file.toString());
        return config;
    }

    public WirewatchConfig withBaseDir(Path dir) {
        return new WirewatchConfig(kafka, streams, poller, feeds, entities, topics, alerts, clustering, facts, console, ops, dir);
    }

    public WirewatchConfig withFeeds(List<FeedConfig> list) {
        return new WirewatchConfig(kafka, streams, poller, list, entities, topics, alerts, clustering, facts, console, ops, baseDir);
    }

    public WirewatchConfig withKafka(KafkaConfig k) {
        return new WirewatchConfig(k, streams, poller, feeds, entities, topics, alerts, clustering, facts, console, ops, baseDir);
    }

    public WirewatchConfig withStreams(StreamsSection s) {
        return new WirewatchConfig(kafka, s, poller, feeds, entities, topics, alerts, clustering, facts, console, ops, baseDir);
    }

    public WirewatchConfig withConsole(ConsoleSection c) {
        return new WirewatchConfig(kafka, streams, poller, feeds, entities, topics, alerts, clustering, facts, c, ops, baseDir);
    }

    public WirewatchConfig withOps(OpsSection o) {
        return new WirewatchConfig(kafka, streams, poller, feeds, entities, topics, alerts, clustering, facts, console, o, baseDir);
    }

    /** config/feeds.yaml: the feed list beside this file, merged into {@link #feeds()} by {@link #load}. */
    public Path feedsFile() {
        return baseDir.resolve(FeedsFile.NAME);
    }

    public WirewatchConfig withBootstrapServers(String servers) {
        return withKafka(kafka.withBootstrapServers(servers));
    }

    /** This config with the deployment's environment overrides applied. */
    public WirewatchConfig withEnvironment(Map<String, String> env) {
        WirewatchConfig config = this;
        String bootstrap = env.get(BOOTSTRAP_ENV);
        if (bootstrap != null && !bootstrap.isBlank()) {
            config = config.withBootstrapServers(bootstrap);
        }
        Map<String, String> client = kafkaClientSettings(env);
        if (!client.isEmpty()) {
            config = config.withKafka(config.kafka.withClientSettings(client));
        }
        String bind = env.get(OPS_BIND_ENV);
        if (bind != null && !bind.isBlank()) {
            config = config.withOps(new OpsSection(config.ops.enabled(), bind, config.ops.port()));
        }
        String stateDir = env.get(STATE_DIR_ENV);
        if (stateDir != null && !stateDir.isBlank()) {
            config = config.withStreams(new StreamsSection(config.streams.applicationId(), stateDir, config.streams.threads(),
                    config.streams.commitInterval()));
        }
        return config;
    }

    /** The kafka.client settings the {@value #KAFKA_CLIENT_ENV_PREFIX}* variables of {@code env} give. */
    public static Map<String, String> kafkaClientSettings(Map<String, String> env) {
        Map<String, String> client = new TreeMap<>();
        env.forEach((name, value) -> {
            if (name.startsWith(KAFKA_CLIENT_ENV_PREFIX) && name.length() > KAFKA_CLIENT_ENV_PREFIX.length()) {
                client.put(name.substring(KAFKA_CLIENT_ENV_PREFIX.length()).toLowerCase(Locale.ROOT)
                        .replace('_', '.'), value);
            }
        });
        return client;
    }

    public Path alertsFile() {
        return baseDir.resolve(alerts);
    }

    public Path entitiesFile() {
        return baseDir.resolve(entities);
    }

    public Path topicsFile() {
        return baseDir.resolve(topics);
    }

    /** Throws a {@link ConfigException} listing every problem, or returns quietly. */
    public void validate(String source) {
        List<String> problems = new ArrayList<>();
        kafka.check(problems);
        streams.check(problems);
        poller.check(problems);
        clustering.check(problems);
        facts.check(problems);
        ops.check(problems);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < feeds.size(); i++) {
            FeedConfig feed = feeds.get(i);
            if (feed == null) {
                problems.add("feeds[" + i + "] is empty");
                continue;
            }
            feed.check(i, problems);
            if (feed.id() != null && !ids.add(feed.id())) {
                problems.add("feeds[" + i + "].id '" + feed.id() + "' is used twice");
            }
        }
        if (!Files.isRegularFile(entitiesFile())) {
            problems.add("entities: no file at " + entitiesFile());
        }
        if (!Files.isRegularFile(topicsFile())) {
            problems.add("topics: no file at " + topicsFile());
        }
        if (!alerts.equals(DEFAULT_ALERTS) && !Files.isRegularFile(alertsFile())) {
            problems.add("alerts: no file at " + alertsFile());
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(source, problems);
        }
    }
}
