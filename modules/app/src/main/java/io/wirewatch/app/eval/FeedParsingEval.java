package io.wirewatch.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirewatch.poller.FeedDocument;
import io.wirewatch.poller.FeedDocumentReader;
import io.wirewatch.poller.FeedEntry;
import io.wirewatch.poller.UnreadableFeedException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code wirewatch eval feeds CORPUS...}: how well the feed reader agrees with other parsers'
 * expected output, field by field.
 *
 * <p>In: corpus folders, laid out as either of two public test suites:
 * <ul>
 *   <li>gofeed's translator tests: {@code X.xml} beside {@code X.json} (or {@code X.json} beside
 *       {@code X_expected.json} for JSON Feed), expected fields {@code title, link, description,
 *       language, updatedParsed, items[guid, title, link, publishedParsed, updatedParsed,
 *       description, content, authors[].name, categories]};</li>
 *   <li>rss-parser's tests: {@code input/X.*} and {@code output/X.json}, expected fields
 *       {@code feed.title, link, description, language, items[guid|id, title, link, isoDate,
 *       content, creator|author, categories]}.</li>
 * </ul>
 * Out: per corpus, documents read, then per field how many values were compared (either side has
 * one) and how many agree (same text after whitespace folding; same instant for dates; same list).
 * Entries are paired by position. {@code --mismatches N} prints N disagreements per field to tune on.
 */
@Command(name = "feeds", mixinStandardHelpOptions = true,
        description = "Agreement per field of the feed reader with expected parses (gofeed, rss-parser test suites).")
public final class FeedParsingEval implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "CORPUS", description = "Corpus folders.")
    List<Path> corpora;

    @Option(names = "--mismatches", defaultValue = "0", description = "Disagreements to print per field (default: 0).")
    int mismatches;

    private record Case(Path input, Path expected, boolean rssParser) {
    }

    /** Agreement tally of one field. */
    private static final class Tally {
        int compared;
        int agreed;
        final List<String> examples = new ArrayList<>();
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        for (Path corpus : corpora) {
            if (!Files.isDirectory(corpus)) {
                out.println(corpus + ": not a folder");
                continue;
            }
            List<Case> cases = discover(corpus);
            Map<String, Tally> fields = new LinkedHashMap<>();
            int read = 0;
            List<String> unread = new ArrayList<>();
            for (Case c : cases) {
                FeedDocument ours;
                try {
                    ours = FeedDocumentReader.read(Files.readAllBytes(c.input()), null);
                    read++;
                } catch (UnreadableFeedException e) {
                    unread.add(corpus.relativize(c.input()) + ": " + e.getMessage());
                    ours = null;
                }
                // Decoded leniently: one expected file of rss-parser's suite is not valid UTF-8.
                JsonNode expected = JSON.readTree(new String(Files.readAllBytes(c.expected()),
                        java.nio.charset.StandardCharsets.UTF_8));
                compare(c, ours, c.rssParser() ? expected.path("feed") : expected, fields, corpus);
            }
            out.printf("%s: %d documents, %d read%n", corpus, cases.size(), read);
            for (String u : unread) {
                out.println("  unread: " + u);
            }
            out.println("| field | compared | agree | agreement |");
            out.println("| --- | ---: | ---: | ---: |");
            fields.forEach((name, t) -> out.printf("| %s | %d | %d | %.1f%% |%n", name, t.compared, t.agreed,
                    t.compared == 0 ? 100.0 : 100.0 * t.agreed / t.compared));
            if (mismatches > 0) {
                fields.forEach((name, t) -> t.examples.forEach(e -> out.println("  " + name + ": " + e)));
            }
            out.flush();
        }
        return 0;
    }

    private static List<Case> discover(Path corpus) throws IOException {
        List<Case> cases = new ArrayList<>();
        Path input = corpus.resolve("input");
        Path output = corpus.resolve("output");
        if (Files.isDirectory(input) && Files.isDirectory(output)) {
            try (Stream<Path> files = Files.list(input)) {
                for (Path f : files.sorted().toList()) {
                    String name = f.getFileName().toString();
                    Path expected = output.resolve(name.replaceFirst("\\.[^.]+$", "") + ".json");
                    if (Files.isRegularFile(expected)) {
                        cases.add(new Case(f, expected, true));
                    }
                }
            }
            return cases;
        }
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".xml")) {
                    Path expected = f.resolveSibling(name.substring(0, name.length() - 4) + ".json");
                    if (Files.isRegularFile(expected)) {
                        cases.add(new Case(f, expected, false));
                    }
                } else if (name.endsWith(".json") && !name.endsWith("_expected.json")) {
                    Path expected = f.resolveSibling(name.substring(0, name.length() - 5) + "_expected.json");
                    if (Files.isRegularFile(expected)) {
                        cases.add(new Case(f, expected, false));
                    }
                }
            }
        }
        return cases;
    }

    private void compare(Case c, FeedDocument ours, JsonNode exp, Map<String, Tally> fields, Path corpus) {
        String where = corpus.relativize(c.input()).toString();
        text(fields, "feed.title", where, ours == null ? null : ours.title(), str(exp, "title"));
        text(fields, "feed.link", where, ours == null ? null : ours.link(), str(exp, "link"));
        text(fields, "feed.description", where, ours == null ? null : ours.description(), str(exp, "description"));
        text(fields, "feed.language", where, ours == null ? null : ours.language(), str(exp, "language"));
        if (!c.rssParser()) {
            date(fields, "feed.updated", where, ours == null ? null : ours.updated(), str(exp, "updatedParsed"));
        }
        List<JsonNode> items = new ArrayList<>();
        exp.path("items").forEach(items::add);
        List<FeedEntry> entries = ours == null ? List.of() : ours.entries();
        tally(fields, "entries (count)", where, String.valueOf(entries.size()), String.valueOf(items.size()));
        for (int i = 0; i < Math.max(items.size(), entries.size()); i++) {
            FeedEntry e = i < entries.size() ? entries.get(i) : null;
            JsonNode x = i < items.size() ? items.get(i) : JSON.createObjectNode();
            String at = where + "#" + i;
            if (c.rssParser()) {
                text(fields, "entry.id", at, e == null ? null : e.id(), str(x, "guid") != null ? str(x, "guid") : str(x, "id"));
                text(fields, "entry.title", at, e == null ? null : e.title(), str(x, "title"));
                text(fields, "entry.link", at, e == null ? null : e.link(), str(x, "link"));
                date(fields, "entry.published", at, e == null ? null : e.published() != null ? e.published() : e.updated(),
                        str(x, "isoDate"));
                // rss-parser's "content" is the RSS description (Atom: content, else summary); content:encoded apart.
                boolean rss = ours != null && ours.format() != null && ours.format().startsWith("rss");
                String description = e == null ? null : rss ? (e.summary() != null ? e.summary() : null)
                        : (e.content() != null ? e.content() : e.summary());
                text(fields, "entry.content", at, description, str(x, "content"));
                if (str(x, "content:encoded") != null) {
                    text(fields, "entry.content:encoded", at, e == null ? null : e.content(), str(x, "content:encoded"));
                }
                String author = str(x, "creator") != null ? str(x, "creator") : str(x, "author");
                text(fields, "entry.author", at, e == null || e.authors().isEmpty() ? null : e.authors().get(0), author);
                list(fields, "entry.categories", at, e == null ? List.of() : e.categories(), strings(x.path("categories"), null));
            } else {
                text(fields, "entry.id", at, e == null ? null : e.id(), str(x, "guid"));
                text(fields, "entry.title", at, e == null ? null : e.title(), str(x, "title"));
                text(fields, "entry.link", at, e == null ? null : e.link(), str(x, "link"));
                date(fields, "entry.published", at, e == null ? null : e.published(), str(x, "publishedParsed"));
                date(fields, "entry.updated", at, e == null ? null : e.updated(), str(x, "updatedParsed"));
                text(fields, "entry.summary", at, e == null ? null : e.summary(), str(x, "description"));
                text(fields, "entry.content", at, e == null ? null : e.content(), str(x, "content"));
                list(fields, "entry.authors", at, e == null ? List.of() : e.authors(), strings(x.path("authors"), "name"));
                list(fields, "entry.categories", at, e == null ? List.of() : e.categories(), strings(x.path("categories"), null));
            }
        }
    }

    private void text(Map<String, Tally> fields, String field, String where, String ours, String expected) {
        String a = fold(ours);
        String b = fold(expected);
        if (a == null && b == null) {
            return;
        }
        tally(fields, field, where, a, b);
    }

    private void date(Map<String, Tally> fields, String field, String where, Instant ours, String expected) {
        Instant b = instant(expected);
        if (ours == null && b == null) {
            return;
        }
        tally(fields, field, where, ours == null ? null : ours.toString(), b == null ? expected : b.toString());
    }

    private void list(Map<String, Tally> fields, String field, String where, List<String> ours, List<String> expected) {
        List<String> a = ours.stream().map(FeedParsingEval::fold).filter(s -> s != null).toList();
        List<String> b = expected.stream().map(FeedParsingEval::fold).filter(s -> s != null).toList();
        if (a.isEmpty() && b.isEmpty()) {
            return;
        }
        tally(fields, field, where, a.toString(), b.toString());
    }

    private void tally(Map<String, Tally> fields, String field, String where, String ours, String expected) {
        Tally t = fields.computeIfAbsent(field, f -> new Tally());
        t.compared++;
        if (java.util.Objects.equals(ours, expected)) {
            t.agreed++;
        } else if (t.examples.size() < mismatches) {
            t.examples.add(where + ": ours " + clip(ours) + " | expected " + clip(expected));
        }
    }

    private static String clip(String s) {
        return s == null ? "null" : s.length() > 120 ? "\"" + s.substring(0, 120) + "…\"" : "\"" + s + "\"";
    }

    private static String fold(String s) {
        if (s == null) {
            return null;
        }
        String f = s.replaceAll("\\s+", " ").strip();
        return f.isEmpty() ? null : f;
    }

    private static String str(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }

    private static List<String> strings(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) {
            String s = field != null ? str(n, field) : !n.isContainerNode() ? n.asText()
                    : str(n, "_") != null ? str(n, "_") : str(n.path("$"), "term");
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    private static Instant instant(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s.strip()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(s.strip());
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
