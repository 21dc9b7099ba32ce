package io.wirewatch.app.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * config/feeds.yaml: the list of feeds to poll, beside wirewatch.yaml, so 10,000 feeds (or an OPML
 * import) do not bury the settings.
 *
 * <p>In: a YAML file {@code feeds: [{id, name, url, interval}]}. Out: {@link FeedConfig}s, merged
 * by {@link WirewatchConfig#load} after any feeds listed inline in wirewatch.yaml; {@link #write}
 * is used by {@code wirewatch feeds import}.
 */
public final class FeedsFile {

    /** The file name looked for beside the main config file. */
    public static final String NAME = "feeds.yaml";

    private static final String HEADER = """
            # Feeds wirewatch polls. Each: id (stable: the key of the feed's memory), name (the outlet as
            # alerts show it), url (RSS, Atom or JSON Feed), optional interval (ISO-8601, default poller.interval).
            # `wirewatch feeds import file.opml` adds feeds here; `wirewatch feeds list` shows their health.
            """;

    record Document(List<FeedConfig> feeds) {
        Document {
            feeds = feeds == null ? List.of() : feeds;
        }
    }

    private FeedsFile() {
    }

    private static ObjectMapper yaml() {
        return new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES))
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** The feeds in {@code file}; an empty list when the file does not exist. */
    public static List<FeedConfig> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            Document doc = yaml().readValue(file.toFile(), Document.class);
            return doc == null ? List.of() : doc.feeds();
        } catch (UnrecognizedPropertyException e) {
            throw new ConfigException(file + ": unknown setting '" + e.getPropertyName() + "' at "
                    + e.getPathReference() + " (known: " + e.getKnownPropertyIds() + ")", e);
        } catch (IOException e) {
            throw new ConfigException(file + ": " + e.getMessage().lines().findFirst().orElse("unreadable"), e);
        }
    }

    /** Replaces {@code file} with these feeds (written to a temporary file first, then moved). */
    public static void write(Path file, List<FeedConfig> feeds) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        String body = yaml().writeValueAsString(new Document(feeds)).replaceAll("(?m)^(\\s*)interval: null\\n", "");
        Files.writeString(tmp, HEADER + body);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
