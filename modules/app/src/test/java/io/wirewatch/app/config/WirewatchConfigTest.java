package io.wirewatch.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WirewatchConfigTest {

    @TempDir
    Path dir;

    @Test
    void theShippedConfigIsValidAndUsesTheEmbeddedBroker() {
        WirewatchConfig config = WirewatchConfig.load(Path.of("../../config/wirewatch.yaml"));
        assertThat(config.kafka().embedded()).isTrue();
        assertThat(config.kafka().embeddedDataDir()).isEqualTo("./data/kafka");
        assertThat(config.feeds()).isNotEmpty();
        assertThat(config.clustering().toSettings().window()).isEqualTo(Duration.ofHours(72));
        assertThat(config.streams().commitInterval()).isEqualTo(Duration.ofMillis(100));
        assertThat(config.entitiesFile()).exists();
    }

    @Test
    void everyProblemIsReportedAtOnce() throws Exception {
        // Given a config with five mistakes
        givenEmptyEntitiesAndTopics();
        Path file = dir.resolve("wirewatch.yaml");
        Files.writeString(file, """
                kafka:
                  partitions: 0
                feeds:
                  - id: a
                    url: ftp://example.com/feed
                  - id: a
                    url: https://example.com/feed
                streams:
                  commitInterval: PT0.001S
                clustering:
                  copyThreshold: 1.5
                """);

        // When it is loaded, Then all of them are named
        assertThatThrownBy(() -> WirewatchConfig.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("kafka.partitions must be at least 1")
                .hasMessageContaining("feeds[0].url must be an http(s) URL")
                .hasMessageContaining("feeds[1].id 'a' is used twice")
                .hasMessageContaining("streams.commitInterval must be between PT0.01S and PT60S, was PT0.001S")
                .hasMessageContaining("clustering.copyThreshold must be in (0, 1]");
    }

    @Test
    void aMisspelledSettingIsNotSilentlyIgnored() throws Exception {
        Path file = dir.resolve("wirewatch.yaml");
        Files.writeString(file, "kafka:\n  bootstrapServer: localhost:9092\n");
        assertThatThrownBy(() -> WirewatchConfig.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown setting 'bootstrapServer'");
    }

    @Test
    void bootstrapServersFromTheCommandLineReplaceTheEmbeddedBroker() {
        WirewatchConfig config = WirewatchConfig.load(Path.of("../../config/wirewatch.yaml"))
                .withBootstrapServers("kafka-1:9092,kafka-2:9092");
        assertThat(config.kafka().embedded()).isFalse();
        config.validate("test");
    }

    @Test
    void aDeploymentOverridesKafkaOpsBindAndStateFromTheEnvironment() {
        WirewatchConfig config = WirewatchConfig.load(Path.of("../../config/wirewatch.yaml")).withEnvironment(java.util.Map.of(
                WirewatchConfig.BOOTSTRAP_ENV, "kafka:9092",
                WirewatchConfig.OPS_BIND_ENV, "0.0.0.0",
                WirewatchConfig.STATE_DIR_ENV, "/var/lib/wirewatch/streams"));
        assertThat(config.kafka().bootstrapServers()).isEqualTo("kafka:9092");
        assertThat(config.ops().bind()).isEqualTo("0.0.0.0");
        assertThat(config.ops().port()).isEqualTo(9464);
        assertThat(config.streams().stateDir()).isEqualTo("/var/lib/wirewatch/streams");
    }

    @Test
    void aSecuredClusterTakesItsSettingsFromTheFileAndItsSecretsFromTheEnvironment() throws Exception {
        // Given a config naming a SASL_SSL cluster, and the login in the deployment's environment
        givenEmptyEntitiesAndTopics();
        Path file = dir.resolve("wirewatch.yaml");
        Files.writeString(file, """
                kafka:
                  bootstrapServers: broker.example:9093
                  client:
                    security.protocol: SASL_SSL
                    sasl.mechanism: SCRAM-SHA-512
                """);
        String jaas = "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"ww\" password=\"pw\";";

        // When it is loaded with WIREWATCH_KAFKA_* variables
        WirewatchConfig config = WirewatchConfig.load(file).withEnvironment(java.util.Map.of(
                "WIREWATCH_KAFKA_SASL_JAAS_CONFIG", jaas,
                "WIREWATCH_KAFKA_SASL_MECHANISM", "PLAIN"));
        config.validate("test");

        // Then every client gets both, the environment winning, and the secret stays out of text
        assertThat(config.kafka().client()).containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "PLAIN").containsEntry("sasl.jaas.config", jaas);
        assertThat(config.kafka().connection().producer(new java.util.Properties()))
                .containsEntry("bootstrap.servers", "broker.example:9093").containsEntry("sasl.jaas.config", jaas);
        assertThat(config.kafka().connection().toString()).doesNotContain("pw");
    }

    @Test
    void clientSettingsAreCheckedAtStart() throws Exception {
        // Given client settings with a typo, and others with no cluster to apply to
        givenEmptyEntitiesAndTopics();
        Path typo = dir.resolve("typo.yaml");
        Files.writeString(typo, "kafka:\n  bootstrapServers: k:9092\n  client:\n    sasl.mechansim: PLAIN\n");
        Path embedded = dir.resolve("embedded.yaml");
        Files.writeString(embedded, "kafka:\n  client:\n    security.protocol: SSL\n");

        // When they are loaded, Then each problem is named
        assertThatThrownBy(() -> WirewatchConfig.load(typo)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("kafka.client.sasl.mechansim is not a Kafka client setting");
        assertThatThrownBy(() -> WirewatchConfig.load(embedded)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("kafka.client is set ([security.protocol]) but kafka.bootstrapServers is not");
    }

    /** The files a config names beside itself, empty, so a test's config is judged on its own settings. */
    private void givenEmptyEntitiesAndTopics() throws Exception {
        Files.writeString(dir.resolve("entities.yaml"), "entities: []\n");
        Files.writeString(dir.resolve("topics.yaml"), "topics: []\n");
    }
}
