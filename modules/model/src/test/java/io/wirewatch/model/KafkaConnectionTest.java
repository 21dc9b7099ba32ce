package io.wirewatch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaConnectionTest {

    private static final String JAAS = "org.apache.kafka.common.security.plain.PlainLoginModule required"
            + " username=\"wire\" password=\"s3cret-pass\";";

    @TempDir
    Path dir;

    @Test
    void everyClientGetsTheAddressTheSecuritySettingsAndOnlyWhatItKnows() {
        // Given a SASL_SSL cluster with a producer-only and a consumer-only setting
        KafkaConnection kafka = new KafkaConnection("broker-1:9093,broker-2:9093", Map.of(
                "security.protocol", "SASL_SSL", "sasl.mechanism", "PLAIN", "sasl.jaas.config", JAAS,
                "linger.ms", "20", "fetch.max.wait.ms", "100"));
        Properties own = new Properties();
        own.put("client.id", "wirewatch-poller");

        // When the clients' properties are built
        Properties producer = kafka.producer(own);
        Properties consumer = kafka.consumer(own);
        Properties admin = kafka.admin(new Properties());
        Properties streams = kafka.streams(new Properties());

        // Then all carry the address and the login; each only the settings it knows
        for (Properties client : new Properties[] {producer, consumer, admin, streams}) {
            assertThat(client).containsEntry("bootstrap.servers", "broker-1:9093,broker-2:9093")
                    .containsEntry("security.protocol", "SASL_SSL").containsEntry("sasl.jaas.config", JAAS);
        }
        assertThat(producer).containsEntry("linger.ms", "20").containsEntry("client.id", "wirewatch-poller")
                .doesNotContainKey("fetch.max.wait.ms");
        assertThat(consumer).containsEntry("fetch.max.wait.ms", "100").doesNotContainKey("linger.ms");
        assertThat(admin).doesNotContainKeys("linger.ms", "fetch.max.wait.ms");
        assertThat(own).containsOnlyKeys("client.id");
    }

    @Test
    void theClustersTuningOverridesWirewatchsDefaultsButNotItsGuarantees() {
        // Given wirewatch's own compression and a cluster that wants another
        Properties own = new Properties();
        own.put("compression.type", "lz4");
        KafkaConnection kafka = new KafkaConnection("k:9092", Map.of("compression.type", "zstd"));

        // When / Then the cluster's choice wins
        assertThat(kafka.producer(own)).containsEntry("compression.type", "zstd");

        // And settings exactly-once depends on are refused outright
        assertThatThrownBy(() -> new KafkaConnection("k:9092", Map.of("enable.idempotence", "false")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("enable.idempotence is set by wirewatch itself");
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        // Given settings with a typo, a reserved name, a bad number, a bad protocol and a missing trust store
        Map<String, String> settings = Map.of(
                "sasl.mechansim", "PLAIN",
                "bootstrap.servers", "x:1",
                "request.timeout.ms", "soon",
                "security.protocol", "SASL_TLS",
                "ssl.truststore.location", dir.resolve("missing.jks").toString());

        // When / Then each is reported by name
        assertThat(KafkaConnection.problems(settings)).hasSize(5).anySatisfy(p -> assertThat(p)
                        .isEqualTo("sasl.mechansim is not a Kafka client setting"))
                .anySatisfy(p -> assertThat(p).startsWith("bootstrap.servers is set by wirewatch"))
                .anySatisfy(p -> assertThat(p).startsWith("request.timeout.ms: Invalid value soon"))
                .anySatisfy(p -> assertThat(p).startsWith("security.protocol: Invalid value SASL_TLS"))
                .anySatisfy(p -> assertThat(p).startsWith("ssl.truststore.location: no file at"));
    }

    @Test
    void usableSettingsHaveNoProblems() throws Exception {
        Path truststore = Files.writeString(dir.resolve("truststore.p12"), "not read here");
        assertThat(KafkaConnection.problems(Map.of("security.protocol", "ssl", "ssl.truststore.location",
                truststore.toString(), "ssl.truststore.password", "changeit", "request.timeout.ms", "15000"))).isEmpty();
    }

    @Test
    void secretsNeverShowInTextButTheLoginMethodDoes() {
        // Given a login and a trust store password
        KafkaConnection kafka = new KafkaConnection("k:9093", Map.of("security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512", "sasl.jaas.config", JAAS, "ssl.truststore.password", "changeit"));

        // When / Then text meant for logs hides both secrets
        assertThat(kafka.toString()).doesNotContain("s3cret-pass", "changeit")
                .contains("sasl.jaas.config=[hidden]", "ssl.truststore.password=[hidden]", "sasl.mechanism=SCRAM-SHA-512");
        assertThat(kafka.describe()).isEqualTo("k:9093 (SASL_SSL, SCRAM-SHA-512)");
        assertThat(KafkaConnection.to("k:9092").describe()).isEqualTo("k:9092");
    }
}
