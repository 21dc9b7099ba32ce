package io.wirewatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.AlertType;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code wirewatch tail} is a subcommand and reads its filters; what it prints is tested in the sinks' AlertTailTest. */
class TailCommandTest {

    @Test
    void tailTakesTypesAndTopicsRepeatedOrCommaSeparated() {
        // When the command line is parsed
        CommandLine cli = new CommandLine(new Main());
        var parsed = cli.parseArgs("tail", "--type", "NEW_FACTS,FIGURE_CHANGED", "--topic", "korea-russia",
                "--topic", "ukraine-war", "--from-beginning", "--json", "--bootstrap-servers", "kafka:9092");

        // Then the tail subcommand has them all
        TailCommand tail = (TailCommand) parsed.subcommand().commandSpec().userObject();
        assertThat(tail.types).containsExactly(AlertType.NEW_FACTS, AlertType.FIGURE_CHANGED);
        assertThat(tail.topics).containsExactly("korea-russia", "ukraine-war");
        assertThat(tail.fromBeginning).isTrue();
        assertThat(tail.json).isTrue();
        assertThat(tail.bootstrapServers).isEqualTo("kafka:9092");
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
