package io.wirewatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.app.config.KafkaConfig;
import io.wirewatch.app.config.WirewatchConfig;
import io.wirewatch.app.demo.DemoFeeds;
import io.wirewatch.app.ops.Readiness;
import io.wirewatch.app.ops.Telemetry;
import io.wirewatch.broker.EmbeddedKafka;
import io.wirewatch.broker.TopicProvisioner;
import io.wirewatch.model.KafkaConnection;
import io.wirewatch.model.Topics;
import io.wirewatch.poller.FeedSource;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clusters that only let their users in, on real embedded brokers: one asks for a SASL/PLAIN login,
 * one speaks TLS with a certificate of a private CA. The poller, the topology's Streams clients, the
 * sinks and the topic provisioner all pass with the settings of {@code kafka.client}; a wrong
 * password or an untrusted certificate stops wirewatch at start with the reason.
 */
class SecuredClusterTest {

    private static final String USER = "newsroom";
    private static final String PASSWORD = "pw-" + UUID.randomUUID();
    private static EmbeddedKafka broker;
    private static EmbeddedKafka tlsBroker;
    private static EmbeddedKafka.Tls certificate;

    @TempDir
    static Path certificates;

    @TempDir
    Path dir;

    @BeforeAll
    static void startBrokers() throws Exception {
        broker = EmbeddedKafka.startTemporary(new EmbeddedKafka.Login(USER, PASSWORD));
        certificate = SelfSignedCertificate.in(certificates);
        tlsBroker = EmbeddedKafka.startTemporary(certificate);
    }

    @AfterAll
    static void stopBrokers() {
        broker.close();
        tlsBroker.close();
    }

    private static KafkaConfig securedKafka(String password) {
        return new KafkaConfig(broker.bootstrapServers(), null, null, 1, 1, Map.of(
                "security.protocol", "SASL_PLAINTEXT",
                "sasl.mechanism", "PLAIN",
                "sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
                        + USER + "\" password=\"" + password + "\";"));
    }

    private static KafkaConfig tlsKafka(Map<String, String> trust) {
        Map<String, String> client = new java.util.HashMap<>(trust);
        client.put("security.protocol", "SSL");
        return new KafkaConfig(tlsBroker.bootstrapServers(), null, null, 1, 1, client);
    }

    private static Map<String, String> trustingTheBroker() {
        return Map.of("ssl.truststore.type", "PKCS12",
                "ssl.truststore.location", certificate.trustStore().toString(),
                "ssl.truststore.password", certificate.password());
    }

    @Test
    void theBrokerTurnsAwayClientsThatDoNotLogIn() {
        assertThatThrownBy(() -> TopicProvisioner.ensure(KafkaConnection.to(broker.bootstrapServers()), Topics.all(), 1,
                (short) 1, Duration.ofSeconds(3)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void everyPartOfThePipelineLogsInAndAlertsFlow() throws Exception {
        assertAlertsFlowThrough(securedKafka(PASSWORD));
    }

    @Test
    void everyPartOfThePipelineSpeaksTlsAndAlertsFlow() throws Exception {
        assertAlertsFlowThrough(tlsKafka(trustingTheBroker()));
    }

    private void assertAlertsFlowThrough(KafkaConfig kafka) throws Exception {
        // Given the demo outlets and a config whose Kafka is the secured cluster
        WirewatchConfig base = WirewatchConfig.load(Path.of("../../config/wirewatch.yaml"));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (DemoFeeds feeds = DemoFeeds.start(Instant.now().truncatedTo(ChronoUnit.SECONDS));
             Telemetry telemetry = new Telemetry("all")) {
            WirewatchConfig config = DemoCommand.demoConfig(base, feeds, dir, true).withKafka(kafka);
            config.validate("test");
            try (Service service = Service.open(config, Role.ALL, new PrintStream(printed, true, StandardCharsets.UTF_8),
                    telemetry, new Readiness())) {

                // When every outlet is polled
                int published = 0;
                for (FeedSource feed : service.poller().feeds()) {
                    published += service.poller().pollOnce(feed).published();
                }

                // Then the articles are judged and each story's alerts reach the console sink
                assertThat(published).isEqualTo(5);
                assertThat(service.awaitDelivered(5, Duration.ofSeconds(90))).as(printed.toString(StandardCharsets.UTF_8))
                        .isTrue();
            }
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("\"type\":\"NEW_STORY\"", "\"type\":\"NEW_FACTS\"");
    }

    @Test
    void anUntrustedCertificateStopsTheStartWithTheReason() throws Exception {
        // Given TLS but no trust in the cluster's private CA (the JDK's public CAs only)
        WirewatchConfig base = WirewatchConfig.load(Path.of("../../config/wirewatch.yaml"));
        try (DemoFeeds feeds = DemoFeeds.start(Instant.now().truncatedTo(ChronoUnit.SECONDS));
             Telemetry telemetry = new Telemetry("all")) {
            WirewatchConfig config = DemoCommand.demoConfig(base, feeds, dir, true).withKafka(tlsKafka(Map.of()));

            // When wirewatch starts / Then it stops at once, naming the cluster and the failed handshake
            assertThatThrownBy(() -> Service.open(config, Role.ALL, new PrintStream(OutputStream.nullOutputStream()),
                    telemetry, new Readiness()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(tlsBroker.bootstrapServers() + " (SSL)")
                    .hasMessageContaining("SSL handshake failed");
        }
    }

    @Test
    void aWrongPasswordStopsTheStartWithTheReasonAndNoSecret() throws Exception {
        // Given the right user with a wrong password
        WirewatchConfig base = WirewatchConfig.load(Path.of("../../config/wirewatch.yaml"));
        try (DemoFeeds feeds = DemoFeeds.start(Instant.now().truncatedTo(ChronoUnit.SECONDS));
             Telemetry telemetry = new Telemetry("all")) {
            WirewatchConfig config = DemoCommand.demoConfig(base, feeds, dir, true).withKafka(securedKafka("guess"));

            // When wirewatch starts / Then it stops at once, naming the cluster and the login failure
            assertThatThrownBy(() -> Service.open(config, Role.ALL, new PrintStream(OutputStream.nullOutputStream()),
                    telemetry, new Readiness()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(broker.bootstrapServers() + " (SASL_PLAINTEXT, PLAIN)")
                    .hasMessageContaining("Authentication failed")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("guess"));
        }
    }
}
