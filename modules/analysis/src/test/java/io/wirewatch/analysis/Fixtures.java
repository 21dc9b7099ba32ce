package io.wirewatch.analysis;

import io.wirewatch.analysis.entities.Gazetteer;
import io.wirewatch.analysis.entities.TopicRules;
import io.wirewatch.model.Article;
import io.wirewatch.model.RawArticle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/** Test fixtures: the bundled seed texts and the test gazetteer and topics. */
public final class Fixtures {

    public static final Instant T0 = Instant.parse("2025-03-21T09:00:00Z");

    private Fixtures() {
    }

    public static String resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Gazetteer gazetteer() {
        return Gazetteer.fromYaml(Fixtures.class.getResourceAsStream("/entities.yaml"));
    }

    public static TopicRules topics() {
        return TopicRules.fromYaml(Fixtures.class.getResourceAsStream("/topics.yaml"));
    }

    public static ArticlePreparer preparer() {
        return new ArticlePreparer(gazetteer(), topics());
    }

    /** A text file whose first line is the headline and the rest the body, as a raw article. */
    public static RawArticle raw(String resource, String id, Instant published) {
        String text = resource(resource);
        int nl = text.indexOf('\n');
        String title = text.substring(0, nl).strip();
        String body = text.substring(nl + 1);
        return raw(id, title, body, published);
    }

    public static RawArticle raw(String id, String title, String body, Instant published) {
        return new RawArticle(id, "test-feed", "Source of " + id, "https://example.org/" + id, title, null, body,
                published, published, List.of(), List.of());
    }

    public static Article seedA() {
        return preparer().prepare(raw("seeds/version-a.txt", "a", T0));
    }

    public static Article seedB() {
        return preparer().prepare(raw("seeds/version-b.txt", "b", T0.plusSeconds(3600)));
    }
}
