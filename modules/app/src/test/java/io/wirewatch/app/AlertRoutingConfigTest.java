package io.wirewatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.app.config.ConfigException;
import io.wirewatch.app.config.WirewatchConfig;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** config/alerts.yaml is part of the configuration wirewatch checks before it starts anything. */
class AlertRoutingConfigTest {

    @TempDir
    Path dir;

    @Test
    void theShippedConfigNamesTheShippedAlertRouting() {
        WirewatchConfig config = WirewatchConfig.load(Path.of("../../config/wirewatch.yaml"));
        assertThat(config.alertsFile()).exists().hasFileName("alerts.yaml");
    }

    @Test
    void aDestinationWhoseVariableIsUnsetStopsTheStartWithAConfigurationError() throws Exception {
        // Given a config whose alert routing needs an environment variable nobody set
        Files.copy(Path.of("../../config/entities.yaml"), dir.resolve("entities.yaml"));
        Files.copy(Path.of("../../config/topics.yaml"), dir.resolve("topics.yaml"));
        Files.writeString(dir.resolve("alerts.yaml"), """
                destinations:
                  - name: desk
                    type: slack
                    urlEnv: WIREWATCH_TEST_UNSET_SLACK_URL_4711
                routes:
                  - destinations: [desk]
                """);
        Files.writeString(dir.resolve("wirewatch.yaml"), "kafka:\n  bootstrapServers: 127.0.0.1:1\n");
        WirewatchConfig config = WirewatchConfig.load(dir.resolve("wirewatch.yaml"));

        // When the service starts, Then it stops before touching Kafka, naming the variable
        assertThatThrownBy(() -> Service.open(config, Role.ALL, new PrintStream(PrintStream.nullOutputStream()),
                new io.wirewatch.app.ops.Telemetry("all"), new io.wirewatch.app.ops.Readiness()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("environment variable WIREWATCH_TEST_UNSET_SLACK_URL_4711 is not set");
    }

    @Test
    void anAlertsFileNamedButMissingIsAProblem() throws Exception {
        Files.writeString(dir.resolve("entities.yaml"), "entities: []\n");
        Files.writeString(dir.resolve("topics.yaml"), "topics: []\n");
        Files.writeString(dir.resolve("wirewatch.yaml"), "alerts: routing.yaml\n");
        assertThatThrownBy(() -> WirewatchConfig.load(dir.resolve("wirewatch.yaml")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("alerts: no file at");
    }
}
