package io.wirewatch.app.config;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/**
 * Where Kafka is.
 *
 * @param bootstrapServers host:port list of a Kafka cluster; empty = start the embedded broker
 * @param embeddedDataDir  where the embedded broker keeps its log
 * @param embeddedPort     the embedded broker's port on 127.0.0.1 (0 = any free port)
 * @param partitions       partitions of topics wirewatch creates
 * @param replication      replication factor of topics wirewatch creates
 */
public record KafkaConfig(
        @JsonPropertyDescription("host:port list; empty starts the embedded broker") String bootstrapServers,
        @JsonPropertyDescription("embedded broker data directory") String embeddedDataDir,
        @JsonPropertyDescription("embedded broker port, 0 for any free port") Integer embeddedPort,
        @JsonPropertyDescription("partitions of created topics") Integer partitions,
        @JsonPropertyDescription("replication factor of created topics") Integer replication) {

    public KafkaConfig {
        bootstrapServers = bootstrapServers == null ? "" : bootstrapServers.trim();
        embeddedDataDir = embeddedDataDir == null || embeddedDataDir.isBlank() ? "./data/kafka" : embeddedDataDir;
        embeddedPort = embeddedPort == null ? 9092 : embeddedPort;
        partitions = partitions == null ? 3 : partitions;
        replication = replication == null ? 1 : replication;
    }

    public static KafkaConfig defaults() {
        return new KafkaConfig(null, null, null, null, null);
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
    }
}
