package io.wirewatch.app.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirewatch.app.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class FeedParseCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void eachInputBecomesOneJsonLineInInputOrderAndFailuresSayWhy() throws Exception {
        // Given an RSS file, a JSON Feed, a broken file and a missing one
        Path rss = write("a.rss", "<rss version=\"2.0\"><channel><title>Wire</title><link>https://w.example/</link>"
                + "<description>d</description><language>en</language><item><title>Port reopens</title>"
                + "<guid>w-1</guid><link>https://w.example/1</link><pubDate>Tue, 02 Jan 2024 09:30:00 +0100</pubDate>"
                + "<category>Shipping</category></item></channel></rss>");
        Path json = write("b.json", "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"J\","
                + " \"items\": [{\"id\": \"j-1\", \"content_text\": \"Text\"}]}");
        Path broken = write("c.xml", "<rss><channel><title>unclosed");

        // When parsing all four in one call
        StringWriter out = new StringWriter();
        int status = new CommandLine(new Main()).setOut(new PrintWriter(out))
                .execute("feed", "parse", rss.toString(), json.toString(), broken.toString(), dir.resolve("none.xml").toString());

        // Then there is one line per input, in order, the failures named, and the exit status says so
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            lines.add(JSON.readTree(line));
        }
        assertThat(status).isEqualTo(1);
        assertThat(lines).hasSize(4);
        JsonNode a = lines.get(0);
        assertThat(a.get("file").asText()).isEqualTo(rss.toString());
        assertThat(a.get("format").asText()).isEqualTo("rss_2.0");
        assertThat(a.get("title").asText()).isEqualTo("Wire");
        assertThat(a.get("language").asText()).isEqualTo("en");
        JsonNode entry = a.get("entries").get(0);
        assertThat(entry.get("id").asText()).isEqualTo("w-1");
        assertThat(entry.get("published").asText()).isEqualTo("2024-01-02T08:30:00Z");
        assertThat(entry.get("categories").get(0).asText()).isEqualTo("Shipping");
        assertThat(entry.has("summary")).as("absent values are null, not missing").isTrue();
        assertThat(lines.get(1).get("format").asText()).isEqualTo("json_1.1");
        assertThat(lines.get(1).get("entries").get(0).get("content").asText()).isEqualTo("Text");
        assertThat(lines.get(2).get("error").asText()).startsWith("broken XML");
        assertThat(lines.get(3).get("error").asText()).isEqualTo("no such file");
    }

    @Test
    void aContentTypeGivenOnTheCommandLineDecidesTheCharset() throws Exception {
        // Given a Latin-1 document without a prolog
        Path latin = dir.resolve("latin.xml");
        Files.write(latin, "<rss version=\"2.0\"><channel><title>Caf\u00e9</title><link>https://c.example/</link><description>d</description></channel></rss>"
                .getBytes(StandardCharsets.ISO_8859_1));

        // When parsing it as ISO-8859-1
        StringWriter out = new StringWriter();
        int status = new CommandLine(new Main()).setOut(new PrintWriter(out))
                .execute("feed", "parse", "--content-type", "text/xml; charset=ISO-8859-1", latin.toString());

        // Then the title decodes
        assertThat(status).isZero();
        assertThat(JSON.readTree(out.toString()).get("title").asText()).isEqualTo("Caf\u00e9");
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }
}
