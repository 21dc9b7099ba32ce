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
import java.util.Set;

/**
 * config/wirewatch.yaml: Kafka, the topology, the feeds, thresholds and sinks. Every field has a
 * default; {@link #load(Path)} validates everything at start and reports all problems at once.
 *
 * @param kafka      where Kafka is (embedded broker when no bootstrap servers)
 * @param streams    how the topology runs
 * @param poller     poller defaults
 * @param feeds      feeds to poll
 * @param entities   path of the entity gazetteer, relative to this file
 * @param topics     path of the topic rules, relative to this file
 * @param clustering thresholds of the cluster stage
 * @param facts      thresholds of the facts stage
 * @param console    the console sink
 * @param baseDir    directory the relative paths are resolved against (not read from YAML)
 */
public record WirewatchConfig(
        KafkaConfig kafka,
        StreamsSection streams,
        PollerSection poller,
        List<FeedConfig> feeds,
        String entities,
        String topics,
        ClusteringSection clustering,
        FactsSection facts,
        ConsoleSection console,
        Path baseDir) {

    /** Overrides kafka.bootstrapServers, so a deployment needs no edited file. */
    public static final String BOOTSTRAP_ENV = "WIREWATCH_BOOTSTRAP_SERVERS";

    public WirewatchConfig {
        kafka = kafka == null ? KafkaConfig.defaults() : kafka;
        streams = streams == null ? StreamsSection.defaults() : streams;
        poller = poller == null ? PollerSection.defaults() : poller;
        feeds = feeds == null ? List.of() : List.copyOf(feeds);
        entities = entities == null ? "entities.yaml" : entities;
        topics = topics == null ? "topics.yaml" : topics;
        clustering = clustering == null ? new ClusteringSection(null, null, null, null, null) : clustering;
        facts = facts == null ? new FactsSection(null, null, null) : facts;
        console = console == null ? ConsoleSection.defaults() : console;
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
            parsed = new WirewatchConfig(null, null, null, null, null, null, null, null, null, null);
        }
        WirewatchConfig config = parsed.withBaseDir(file.toAbsolutePath().getParent());
        String env = System.getenv(BOOTSTRAP_ENV);
        if (env != null && !env.isBlank()) {
            config = config.withBootstrapServers(env);
        }
        config.validate(file.toString());
        return config;
    }

    public WirewatchConfig withBaseDir(Path dir) {
        return new WirewatchConfig(kafka, streams, poller, feeds, entities, topics, clustering, facts, console, dir);
    }

    public WirewatchConfig withBootstrapServers(String servers) {
        KafkaConfig k = new KafkaConfig(servers, kafka.embeddedDataDir(), kafka.embeddedPort(), kafka.partitions(),
                kafka.replication());
        return new WirewatchConfig(k, streams, poller, feeds, entities, topics, clustering, facts, console, baseDir);
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
        if (!problems.isEmpty()) {
            throw new ConfigException(source, problems);
        }
    }
}
