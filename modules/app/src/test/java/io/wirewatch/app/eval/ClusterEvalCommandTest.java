package io.wirewatch.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ClusterEvalCommandTest {

    private static final String CONFIG = "../../config/wirewatch.yaml";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int eval(String... args) {
        CommandLine cli = new CommandLine(new ClusterEvalCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private static String line(String id, String published, String title, String text, String label) {
        return Json.write(Map.of("id", id, "source", "Test Outlet", "published", published, "title", title,
                "text", text, "label", label));
    }

    @Test
    void clustersALabelledStreamAndScoresIt() throws IOException {
        // Given three headlines of one eruption, one of a rate decision, and the first again
        Path input = dir.resolve("in.jsonl");
        Files.write(input, List.of(
                line("1", "2026-01-05T10:00:00Z", "Volcano on Iceland's Reykjanes peninsula erupts again, lava nears Grindavik", "", "eruption"),
                line("2", "2026-01-05T10:20:00Z", "Grindavik evacuated as Reykjanes volcano erupts for third time", "", "eruption"),
                line("3", "2026-01-05T10:45:00Z", "Lava from Reykjanes eruption reaches Grindavik barriers", "", "eruption"),
                line("4", "2026-01-05T11:00:00Z", "Iceland's central bank leaves interest rates unchanged", "", "rates"),
                "",
                line("1", "2026-01-05T10:00:00Z", "Volcano on Iceland's Reykjanes peninsula erupts again, lava nears Grindavik", "", "eruption")));
        Path output = dir.resolve("out.jsonl");

        // When evaluated with the shipped configuration
        int code = eval("--input", input.toString(), "--output", output.toString(), "--config", CONFIG);

        // Then every article has a verdict line, the repeat is a DUPLICATE, and the clustering is perfect
        assertThat(code).as(err.toString()).isZero();
        List<String> lines = Files.readAllLines(output);
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).contains("\"relation\":\"NEW\"");
        assertThat(lines.get(1)).contains("\"relation\":\"VERSION\"");
        assertThat(lines.get(4)).contains("\"relation\":\"DUPLICATE\"");
        assertThat(out.toString()).contains("F1 1.0000", "adjusted Rand index 1.0000");
    }

    @Test
    void aBrokenLineIsNamedAndNothingIsWritten() throws IOException {
        // Given a stream whose second line is not an article
        Path input = dir.resolve("in.jsonl");
        Files.write(input, List.of(line("1", "2026-01-05T10:00:00Z", "A headline", "", "a"), "{\"id\": \"2\", \"published\": \"yesterday\"}"));
        Path output = dir.resolve("out.jsonl");

        // When evaluated
        int code = eval("--input", input.toString(), "--output", output.toString(), "--config", CONFIG);

        // Then it stops with one line naming the file, the line and the problem
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).hasLineCount(1).contains("in.jsonl:2", "published", "ISO-8601");
        assertThat(output).doesNotExist();
    }

    @Test
    void readsTheUciFormatDirectly() throws IOException {
        // Given a UCI News Aggregator file of our own (a quoted title with a comma), out of time order
        Path csv = dir.resolve("uci.csv");
        Files.write(csv, List.of("ID,TITLE,URL,PUBLISHER,CATEGORY,STORY,HOSTNAME,TIMESTAMP",
                "2,\"Grindavik evacuated as Reykjanes volcano erupts, again\",http://b.example/2,B,t,s1,b.example,1394493709900",
                "1,Volcano on Reykjanes peninsula erupts near Grindavik,http://a.example/1,A,t,s1,a.example,1394493709800"));

        // When read
        List<EvalArticle> articles = UciCorpus.read(csv);

        // Then in time order, labelled with the story, the comma kept inside the title
        assertThat(articles).extracting(EvalArticle::id).containsExactly("uci-1", "uci-2");
        assertThat(articles.get(1).title()).isEqualTo("Grindavik evacuated as Reykjanes volcano erupts, again");
        assertThat(articles.get(1).label()).isEqualTo("s1");
        assertThat(articles.get(1).source()).isEqualTo("B");
    }

    @Test
    void respacingKeepsTheOrderAndStampsOneArticleEveryStep() {
        List<EvalArticle> stream = List.of(
                new EvalArticle("a", "S", java.time.Instant.parse("2005-01-03T00:00:00Z"), "A", "", null),
                new EvalArticle("b", "S", java.time.Instant.parse("2004-06-01T00:00:00Z"), "B", "", "x"),
                new EvalArticle("c", "S", java.time.Instant.parse("2005-09-09T00:00:00Z"), "C", "body", null));

        List<EvalArticle> spaced = ClusterEvalCommand.respaced(stream, java.time.Duration.ofMinutes(30));

        assertThat(spaced).extracting(EvalArticle::id).containsExactly("a", "b", "c");
        assertThat(spaced).extracting(EvalArticle::published).containsExactly(
                java.time.Instant.parse("2005-01-03T00:00:00Z"), java.time.Instant.parse("2005-01-03T00:30:00Z"),
                java.time.Instant.parse("2005-01-03T01:00:00Z"));
        assertThat(spaced.get(1).label()).isEqualTo("x");
        assertThat(spaced.get(2).text()).isEqualTo("body");
    }

    @Test
    void earlierArticlesFollowTheirStoryIntoTheStoryThatAbsorbedIt() {
        ClusterEvalCommand.Merges merges = new ClusterEvalCommand.Merges();
        merges.record(new io.wirewatch.analysis.cluster.Assignment("s2", io.wirewatch.model.Relation.VERSION, 0.4, "x",
                List.of("s1")));
        merges.record(new io.wirewatch.analysis.cluster.Assignment("s3", io.wirewatch.model.Relation.VERSION, 0.5, "y",
                List.of("s2")));

        assertThat(merges.count()).isEqualTo(2);
        assertThat(merges.survivor("s1")).isEqualTo("s3");
        assertThat(merges.survivor("s2")).isEqualTo("s3");
        assertThat(merges.survivor("s4")).isEqualTo("s4");
    }
}
