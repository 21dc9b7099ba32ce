package io.wirewatch.app.feeds;

import io.wirewatch.app.config.ConfigException;
import io.wirewatch.app.config.FeedConfig;
import io.wirewatch.app.config.FeedsFile;
import io.wirewatch.app.config.WirewatchConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code wirewatch feeds import file.opml}: adds an OPML file's subscriptions to config/feeds.yaml.
 *
 * <p>In: an OPML file and the config (to know the feeds already there). Out: config/feeds.yaml
 * with the new feeds appended (ids derived from the outline's title, made unique), and one line
 * per skipped outline (already configured, or not an http(s) URL) on stderr. Feeds already
 * configured, inline or in feeds.yaml, are recognised by URL and never duplicated.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Add the feeds of an OPML file to config/feeds.yaml.")
public final class FeedsImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-c", "--config"}, defaultValue = "config/wirewatch.yaml",
            description = "Configuration file; feeds.yaml beside it is written (default: ${DEFAULT-VALUE}).")
    Path config;

    @Parameters(paramLabel = "FILE.opml", description = "OPML export of a feed reader.")
    Path opml;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        WirewatchConfig settings = WirewatchConfig.load(config);
        List<Opml.Outline> outlines;
        try (InputStream in = Files.newInputStream(opml)) {
            outlines = Opml.read(in);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ConfigException("no OPML file at " + opml.toAbsolutePath());
        }
        Set<String> ids = new HashSet<>();
        Set<String> urls = new HashSet<>();
        for (FeedConfig feed : settings.feeds()) {
            ids.add(feed.id());
            urls.add(feed.url().strip());
        }
        List<FeedConfig> listed = new ArrayList<>(FeedsFile.read(settings.feedsFile()));
        int added = 0;
        for (Opml.Outline outline : outlines) {
            String url = outline.xmlUrl();
            if (!url.matches("(?i)https?://\\S+") || host(url) == null) {
                err.println("skipped (not an http(s) URL): " + url);
                continue;
            }
            if (!urls.add(url)) {
                err.println("skipped (already configured): " + url);
                continue;
            }
            String id = uniqueId(slug(outline.title() != null ? outline.title() : host(url)), ids);
            listed.add(new FeedConfig(id, outline.title() != null ? outline.title() : host(url), url, null));
            added++;
        }
        FeedsFile.write(settings.feedsFile(), listed);
        out.println("imported " + added + " of " + outlines.size() + " feeds into " + settings.feedsFile());
        out.flush();
        return 0;
    }

    private static String host(String url) {
        try {
            return URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Lower-case ASCII letters, digits and '-', accents folded: "Le Monde — International" -> "le-monde-international". */
    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 48) {
            slug = slug.substring(0, 48).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "feed" : slug;
    }

    private static String uniqueId(String base, Set<String> taken) {
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
