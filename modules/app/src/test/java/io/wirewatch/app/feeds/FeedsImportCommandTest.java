package io.wirewatch.app.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.app.Main;
import io.wirewatch.app.config.FeedConfig;
import io.wirewatch.app.config.WirewatchConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class FeedsImportCommandTest {

    @TempDir
    Path dir;

    private Path config;

    @BeforeEach
    void setUp() throws Exception {
        Files.writeString(dir.resolve("entities.yaml"), "entities: []\n");
        Files.writeString(dir.resolve("topics.yaml"), "topics: []\n");
        config = Files.writeString(dir.resolve("wirewatch.yaml"), """
                feeds:
                  - id: wire
                    name: Example Wire
                    url: https://wire.example/rss
                """);
    }

    @Test
    void opmlSubscriptionsAreAddedOnceWithReadableUniqueIds() throws Exception {
        // Given an OPML export with a folder, a feed already configured, a non-http URL and two
        // outlets whose names give the same id
        Path opml = Files.writeString(dir.resolve("subs.opml"), """
                <?xml version="1.0"?>
                <opml version="2.0"><head><title>Subs</title></head><body>
                  <outline text="World">
                    <outline type="rss" text="Le Monde — International" xmlUrl="https://lemonde.example/rss"/>
                    <outline type="rss" title="Wire again" xmlUrl="https://wire.example/rss"/>
                  </outline>
                  <outline type="rss" text="Gopher" xmlUrl="gopher://old.example/feed"/>
                  <outline type="rss" text="Le Monde International" xmlUrl="https://lemonde.example/other"/>
                </body></opml>
                """);

        // When importing it twice
        String first = run("feeds", "import", "--config", config.toString(), opml.toString());
        String second = run("feeds", "import", "--config", config.toString(), opml.toString());

        // Then two feeds were added to feeds.yaml, once, and the config now polls three feeds
        assertThat(first).contains("imported 2 of 4 feeds");
        assertThat(second).contains("imported 0 of 4 feeds");
        WirewatchConfig loaded = WirewatchConfig.load(config);
        assertThat(loaded.feeds()).extracting(FeedConfig::id)
                .containsExactly("wire", "le-monde-international", "le-monde-international-2");
        assertThat(loaded.feeds().get(1).name()).isEqualTo("Le Monde — International");
        assertThat(loaded.feeds().get(1).url()).isEqualTo("https://lemonde.example/rss");
    }

    @Test
    void anOpmlFileWithADoctypeIsRefused() throws Exception {
        // Given an OPML file declaring an external entity
        Path opml = Files.writeString(dir.resolve("evil.opml"), """
                <?xml version="1.0"?>
                <!DOCTYPE opml [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <opml version="2.0"><body><outline text="&x;" xmlUrl="https://x.example/rss"/></body></opml>
                """);

        // When importing it
        StringWriter err = new StringWriter();
        int status = new CommandLine(new Main()).setErr(new PrintWriter(err)).setOut(new PrintWriter(new StringWriter()))
                .execute("feeds", "import", "--config", config.toString(), opml.toString());

        // Then nothing is imported
        assertThat(status).isNotZero();
        assertThat(Files.exists(dir.resolve("feeds.yaml"))).isFalse();
    }

    private String run(String... args) {
        StringWriter out = new StringWriter();
        int status = new CommandLine(new Main()).setOut(new PrintWriter(out)).execute(args);
        assertThat(status).isZero();
        return out.toString();
    }
}
