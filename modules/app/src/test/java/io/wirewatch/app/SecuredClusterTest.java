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
 * A cluster that only lets its users in (SASL/PLAIN on a real embedded broker): the poller, the
 * topology's Streams clients, the sinks and the topic provisioner all log in with the settings of
 * {@code kafka.client}, and a wrong password stops wirewatch at start with the reason.
 */
class SecuredClusterTest {

    private static final String USER = "newsroom";
    private static final String PASSWORD = "pw-" + UUID.randomUUID();
    private static EmbeddedKafka broker;

    @TempDir
    Path dir;

    @BeforeAll
    static void startBroker() {
        broker = EmbeddedKafka.startTemporary(new EmbeddedKafka.Login(USER, PASSWORD));
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    private static KafkaConfig securedKafka(String password) {
        return new KafkaConfig(broker.bootstrapServers(), null, null, 1, 1, Map.of(
                "security.protocol", "SASL_PLAINTEXT",
                "sasl.mechanism", "PLAIN",
                "sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
                        + USER + "\" password=\"" + password + "\";"));
    }

    @Test
    void theBrokerTurnsAwayClientsThatDoNotLogIn() {
        assertThatThrownBy(() -> TopicProvisioner.ensure(KafkaConnection.to(broker.bootstrapServers()), Topics.all(), 1,
                (short) 1, Duration.ofSeconds(3)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void everyPartOfThePipelineLogsInAndAlertsFlow() throws Exception {
        // Given the demo outlets and a config whose Kafka is the secured cluster
        WirewatchConfig base = WirewatchConfig.load(Path.of("../../config/wirewatch.yaml"));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (DemoFeeds feeds = DemoFeeds.start(Instant.now().truncatedTo(ChronoUnit.SECONDS));
             Telemetry telemetry = new Telemetry("all")) {
            WirewatchConfig config = DemoCommand.demoConfig(base, feeds, dir, true).withKafka(securedKafka(PASSWORD));
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
