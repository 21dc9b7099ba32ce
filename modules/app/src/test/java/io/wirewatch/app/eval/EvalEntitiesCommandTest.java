package io.wirewatch.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalEntitiesCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new EvalCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void tagsJsonLinesAndNamesTheBadOnesWithoutLosingTheRest(@TempDir Path dir) throws Exception {
        // Given three lines, the middle one not an {id, text} object
        Path input = dir.resolve("in.jsonl");
        Files.writeString(input, """
                {"id": "a", "text": "Mr Shoigu met Sergei Shoigu's hosts in Pyongyang."}
                not json
                {"id": 7, "text": "Maria Kowalczyk spoke to Tass."}
                """);

        // When the entities are tagged with the shipped configuration
        int code = run("entities", "--input", input.toString(), "--entities", "../../config/entities.yaml");

        // Then the good lines come out as JSON lines, the bad one as a one-line error
        String[] lines = out.toString().strip().split("\n");
        assertThat(lines).hasSize(2);
        JsonNode first = new ObjectMapper().readTree(lines[0]);
        assertThat(first.get("id").asText()).isEqualTo("a");
        assertThat(first.get("mentions").findValuesAsText("canonical"))
                .containsExactly("Sergei Shoigu", "Sergei Shoigu", "North Korea");
        JsonNode second = new ObjectMapper().readTree(lines[1]);
        assertThat(second.get("id").asInt()).isEqualTo(7);
        assertThat(second.get("mentions").findValuesAsText("canonical")).contains("Maria Kowalczyk", "Tass");
        assertThat(err.toString().strip()).isEqualTo(input + " line 2: expected {\"id\": ..., \"text\": \"...\"}, skipped");
        assertThat(code).isEqualTo(1);
    }

    @Test
    void scoresACoNLLFilePerType(@TempDir Path dir) throws Exception {
        // Given a tiny CoNLL-2003 file
        Path conll = dir.resolve("x.conll");
        Files.writeString(conll, """
                -DOCSTART- -X- -X- O

                Russia NNP I-NP I-LOC
                and CC O O
                Japan NNP I-NP I-LOC
                met VBD I-VP O
                in IN I-PP O
                Geneva NNP I-NP I-LOC
                . . O O
                """);

        // When the gazetteer alone is scored on it
        int code = run("entities", "--conll", conll.toString(), "--tagger", "gazetteer", "--entities", "absent.yaml");

        // Then LOC has its figures (Geneva is no built-in name)
        assertThat(code).isZero();
        assertThat(out.toString()).contains("LOC         1.0000    0.6667    0.8000       3")
                .contains("overall");
    }

    @Test
    void trainsAModelThatTheScoringThenUses(@TempDir Path dir) throws Exception {
        // Given a tiny CoNLL training file
        Path conll = dir.resolve("train.conll");
        Files.writeString(conll, """
                -DOCSTART- -X- -X- O

                Okafor NNP I-NP I-PER
                arrived VBD I-VP O
                in IN I-PP O
                Lagos NNP I-NP I-LOC
                . . O O

                Adeyemi NNP I-NP I-PER
                flew VBD I-VP O
                to TO I-PP O
                Abuja NNP I-NP I-LOC
                . . O O
                """);
        Path model = dir.resolve("names.wwnf");

        // When a model is trained on it, then scored on the same file with it
        int trained = run("entities", "--train", conll.toString(), "--model-out", model.toString(),
                "--epochs", "10", "--bits", "12");
        int scored = run("entities", "--conll", conll.toString(), "--tagger", "model", "--model", model.toString(),
                "--entities", "absent.yaml");

        // Then the model file exists and knows its own training names
        assertThat(trained).isZero();
        assertThat(Files.size(model)).isPositive();
        assertThat(out.toString()).contains("model written to " + model)
                .contains("PER         1.0000    1.0000    1.0000       2")
                .contains("LOC         1.0000    1.0000    1.0000       2");
        assertThat(scored).isZero();
    }

    @Test
    void aMissingFileIsAOneLineError() {
        int code = run("entities", "--conll", "no/such/file");
        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("no such file: no/such/file");
    }
}
