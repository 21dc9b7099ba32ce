package io.wirewatch.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class NoveltyEvalTest {

    @TempDir
    Path dir;

    private String run(String... args) {
        NoveltyEval eval = new NoveltyEval();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        eval.out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int code = new CommandLine(eval).execute(args);
        assertThat(code).isZero();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void jsonLinesGetAVerdictAScoreAndTheNewSentences() throws Exception {
        // Given a restatement in other words and a candidate with a fact of its own
        Path in = dir.resolve("pairs.jsonl");
        Files.writeString(in, """
                {"id":"same","known":["Russian troops crossed the border on Monday, officials said."],"candidate":"Officials said Russian soldiers crossed the border on Monday."}
                {"id":"new","known":["Russian troops crossed the border on Monday, officials said."],"candidate":"The central bank raised interest rates by two points to curb inflation."}
                """);

        // When it is judged with the shipped configuration
        String out = run("--input", in.toString(), "--config", "../../config/wirewatch.yaml");

        // Then the restatement is not novel and the other candidate is, with its sentence
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = out.lines().map(l -> {
            try {
                return json.readTree(l);
            } catch (Exception e) {
                throw new AssertionError(l, e);
            }
        }).toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).get("id").asText()).isEqualTo("same");
        assertThat(lines.get(0).get("novel").asBoolean()).isFalse();
        assertThat(lines.get(0).get("newFacts")).isEmpty();
        assertThat(lines.get(1).get("novel").asBoolean()).isTrue();
        assertThat(lines.get(1).get("score").asDouble()).isGreaterThan(lines.get(0).get("score").asDouble());
        assertThat(lines.get(1).get("newFacts").get(0).asText()).startsWith("The central bank raised");
    }

    @Test
    void msrpAndStsFilesAreScored() throws Exception {
        // Given tiny files in the corpora's formats (MSRP has a header, STS has none)
        Path msrp = dir.resolve("msrp.txt");
        Files.writeString(msrp, """
                \uFEFFQuality\t#1 ID\t#2 ID\t#1 String\t#2 String
                1\t1\t2\tThe company said profits rose 10 percent in the third quarter.\tProfits rose 10 percent in the third quarter, the company said.
                0\t3\t4\tThe storm killed three people in Texas on Sunday.\tShares of the airline fell sharply after it cut its forecast for the year.
                """);
        Path sts = dir.resolve("sts.csv");
        Files.writeString(sts, String.join("\n",
                "main-news\tx\t2012\t1\t5.0\tThe storm killed three people in Texas.\tThree people were killed by the storm in Texas.",
                "main-news\tx\t2012\t2\t0.2\tThe storm killed three people in Texas.\tShares of the airline fell sharply.",
                "main-news\tx\t2012\t3\t2.5\tThe storm killed three people in Texas.\tThe storm hit Texas on Sunday.",
                "main-captions\tx\t2012\t4\t5.0\tA man is playing a guitar.\tA man plays the guitar.") + "\n");

        // When each is scored
        String m = run("--msrp", msrp.toString(), "--config", "../../config/wirewatch.yaml");
        String s = run("--sts", sts.toString(), "--config", "../../config/wirewatch.yaml");

        // Then both pairs of MSRP are judged right, and only news pairs of STS count
        assertThat(m).contains("pairs=2 accuracy=1.000");
        assertThat(m).contains("decision model alone (no clause rule, no minimum novelty: what the gates cost): "
                + "pairs=2 accuracy=1.000");
        assertThat(s).contains("genre=main-news pairs=3").contains("spearman=1.000");
    }

    @Test
    void fittingPrintsHeldOutAndFittedFiguresAndTheWeights() throws Exception {
        // Given an MSRP-format file of restatements and unrelated pairs
        StringBuilder lines = new StringBuilder("Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\n");
        String[] subjects = {"The storm", "The flood", "The fire", "The blast", "The quake", "The crash"};
        for (int i = 0; i < subjects.length; i++) {
            lines.append("1\t1\t2\t").append(subjects[i]).append(" killed three people in Texas on Sunday.\t")
                    .append("On Sunday ").append(subjects[i].toLowerCase()).append(" killed three people in Texas.\n");
            lines.append("0\t3\t4\t").append(subjects[i]).append(" killed three people in Texas on Sunday.\t")
                    .append("Shares of the airline fell sharply after it cut its forecast for the year.\n");
        }
        Path msrp = dir.resolve("msrp.txt");
        Files.writeString(msrp, lines);

        // When the model is fitted to it with 3 folds
        String out = run("--msrp", msrp.toString(), "--fit", "--folds", "3", "--config", "../../config/wirewatch.yaml");

        // Then the held-out and fitted accuracies and the weights as source are printed
        assertThat(out).contains("3-fold cross-validated, weighted sum: accuracy=1.000")
                .contains("3-fold cross-validated, with products: accuracy=1.000")
                .contains("weighted sum, fitted on all 12 pairs: accuracy=1.000")
                .contains("with products, fitted on all 12 pairs: accuracy=1.000")
                .contains("new RestatementModel(new double[] {");
    }

    @Test
    void ranksShareTiesAndCorrelationsAreExact() {
        assertThat(Correlation.ranks(new double[] {3, 1, 3, 2})).containsExactly(3.5, 1, 3.5, 2);
        assertThat(Correlation.pearson(new double[] {1, 2, 3}, new double[] {2, 4, 6})).isEqualTo(1.0);
        assertThat(Correlation.spearman(new double[] {1, 2, 3}, new double[] {30, 20, 10})).isEqualTo(-1.0);
    }
}
