package io.wirewatch.app.config;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.wirewatch.model.KafkaConnection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where Kafka is.
 *
 * @param bootstrapServers host:port list of a Kafka cluster; empty = start the embedded broker
 * @param embeddedDataDir  where the embedded broker keeps its log
 * @param embeddedPort     the embedded broker's port on 127.0.0.1 (0 = any free port)
 * @param partitions       partitions of topics wirewatch creates
 * @param replication      replication factor of topics wirewatch creates
 * @param client           the cluster's Kafka client settings (TLS, SASL login, timeouts) by their Kafka
 *                         names, given to every client; secrets belong in {@code WIREWATCH_KAFKA_*}
 *                         environment variables ({@link WirewatchConfig#KAFKA_CLIENT_ENV_PREFIX})
 */
public record KafkaConfig(
        @JsonPropertyDescription("host:port list; empty starts the embedded broker") String bootstrapServers,
        @JsonPropertyDescription("embedded broker data directory") String embeddedDataDir,
        @JsonPropertyDescription("embedded broker port, 0 for any free port") Integer embeddedPort,
        @JsonPropertyDescription("partitions of created topics") Integer partitions,
        @JsonPropertyDescription("replication factor of created topics") Integer replication,
        @JsonPropertyDescription("Kafka client settings of the cluster, e.g. security.protocol, sasl.mechanism")
        Map<String, String> client) {

    public KafkaConfig {
        bootstrapServers = bootstrapServers == null ? "" : bootstrapServers.trim();
        embeddedDataDir = embeddedDataDir == null || embeddedDataDir.isBlank() ? "./data/kafka" : embeddedDataDir;
        embeddedPort = embeddedPort == null ? 9092 : embeddedPort;
        partitions = partitions == null ? 3 : partitions;
        replication = replication == null ? 1 : replication;
        client = client == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(client));
    }

    public static KafkaConfig defaults() {
        return new KafkaConfig(null, null, null, null, null, null);
    }

    /** This config with {@code servers} as the cluster's address. */
    public KafkaConfig withBootstrapServers(String servers) {
        return new KafkaConfig(servers, embeddedDataDir, embeddedPort, partitions, replication, client);
    }

    /** This config with {@code settings} added to (and overriding) the client settings. */
    public KafkaConfig withClientSettings(Map<String, String> settings) {
        Map<String, String> all = new TreeMap<>(client);
        all.putAll(settings);
        return new KafkaConfig(bootstrapServers, embeddedDataDir, embeddedPort, partitions, replication, all);
    }

    /** How clients reach the configured cluster; only for a configured (not embedded) one. */
    public KafkaConnection connection() {
        return new KafkaConnection(bootstrapServers, client);
    }

    /**
     * How a command run beside wirewatch ({@code tail}, {@code feeds list}) reaches its cluster:
     * {@code bootstrapOverride} if given, else the embedded broker of a running wirewatch on
     * loopback, else the configured cluster; the client settings (TLS, login) go with it.
     */
    public KafkaConnection connectionBeside(String bootstrapOverride) {
        if (bootstrapOverride != null && !bootstrapOverride.isBlank()) {
            return withBootstrapServers(bootstrapOverride).connection();
        }
        return embedded() ? KafkaConnection.to("127.0.0.1:" + embeddedPort) : connection();
    }

    public boolean embedded() {
        return bootstrapServers.isEmpty();
    }

    void check(List<String> problems) {
        if (embeddedPort < 0 || embeddedPort > 65535) {
            problems.add("kafka.embeddedPort must be 0-65535, was " + embeddedPort);
        }
        if (partitions < 1) {
            problems.add("kafka.partitions must be at least 1, was " + partitions);
        }
        if (replication < 1) {
            problems.add("kafka.replication must be at least 1, was " + replication);
        }
        if (!embedded() && !bootstrapServers.matches("[^,\\s]+:\\d+(,[^,\\s]+:\\d+)*")) {
            problems.add("kafka.bootstrapServers must be host:port[,host:port...], was '" + bootstrapServers + "'");
        }
        if (embedded() && !client.isEmpty()) {
            // The embedded broker listens on loopback in plaintext; settings meant for a real cluster
            // would fail every connection to it, and are more likely a forgotten bootstrap address.
            problems.add("kafka.client is set (" + client.keySet() + ") but kafka.bootstrapServers is not: "
                    + "client settings apply to a configured cluster, not the embedded broker");
        }
        for (String problem : KafkaConnection.problems(client)) {
            problems.add("kafka.client." + problem);
        }
    }
}
