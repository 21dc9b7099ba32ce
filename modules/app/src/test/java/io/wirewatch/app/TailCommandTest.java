package io.wirewatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.AlertType;
import io.wirewatch.model.KafkaConnection;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code wirewatch tail} is a subcommand and reads its filters and, given a config file, its cluster;
 * what it prints is tested in the sinks' AlertTailTest.
 */
class TailCommandTest {

    @Test
    void tailTakesTypesAndTopicsRepeatedOrCommaSeparated() {
        // When the command line is parsed
        TailCommand tail = parse("tail", "--type", "NEW_FACTS,FIGURE_CHANGED", "--topic", "korea-russia",
                "--topic", "ukraine-war", "--from-beginning", "--json", "--bootstrap-servers", "kafka:9092");

        // Then the tail subcommand has them all
        assertThat(tail.types).containsExactly(AlertType.NEW_FACTS, AlertType.FIGURE_CHANGED);
        assertThat(tail.topics).containsExactly("korea-russia", "ukraine-war");
        assertThat(tail.fromBeginning).isTrue();
        assertThat(tail.json).isTrue();
        assertThat(tail.bootstrapServers).isEqualTo("kafka:9092");
    }

    @Test
    void withAConfigFileTailReadsTheClusterAndItsTlsSettingsFromIt(@TempDir Path dir) throws Exception {
        // Given the config of a wirewatch that runs against a TLS cluster
        Files.writeString(dir.resolve("entities.yaml"), "entities: []\n");
        Files.writeString(dir.resolve("topics.yaml"), "topics: []\n");
        Path truststore = Files.writeString(dir.resolve("trust.p12"), "");
        Path file = Files.writeString(dir.resolve("wirewatch.yaml"), """
                kafka:
                  bootstrapServers: kafka.example:9093
                  client:
                    security.protocol: SSL
                    ssl.truststore.location: %s
                """.formatted(truststore));

        // When tail is told to use it, with and without its own address
        KafkaConnection fromFile = parse("tail", "--config", file.toString()).connection();
        KafkaConnection elsewhere = parse("tail", "-c", file.toString(), "--bootstrap-servers", "other:9093").connection();

        // Then its consumer gets the file's cluster and TLS settings; the flag moves only the address
        assertThat(fromFile.consumer(new Properties())).containsEntry("bootstrap.servers", "kafka.example:9093")
                .containsEntry("security.protocol", "SSL").containsEntry("ssl.truststore.location", truststore.toString());
        assertThat(elsewhere.consumer(new Properties())).containsEntry("bootstrap.servers", "other:9093")
                .containsEntry("security.protocol", "SSL");
    }

    private static TailCommand parse(String... args) {
        return (TailCommand) new CommandLine(new Main()).parseArgs(args).subcommand().commandSpec().userObject();
    }

    @Test
    void anUnknownTypeIsRefusedWithTheValidOnes() {
        var err = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setErr(new PrintWriter(err));
        int code = cli.execute("tail", "--type", "BREAKING");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("BREAKING").contains("NEW_STORY");
    }
}
