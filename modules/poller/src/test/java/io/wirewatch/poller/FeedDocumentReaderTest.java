package io.wirewatch.poller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedDocumentReaderTest {

    @Test
    void jsonFeed11IsReadLikeAnyOtherFeed() throws Exception {
        // Given a JSON Feed 1.1 document with authors, tags, HTML content and a summary
        String json = """
                {"version": "https://jsonfeed.org/version/1.1", "title": "Example Wire", "language": "en",
                 "home_page_url": "https://wire.example/", "description": "World news",
                 "items": [{"id": "w-1", "url": "https://wire.example/w-1", "title": "Port reopens",
                            "content_html": "<p>The port reopened.</p>", "summary": "Reopened",
                            "date_published": "2024-01-02T09:30:00+01:00", "date_modified": "2024-01-02T10:00:00Z",
                            "authors": [{"name": "Ana Lima"}], "tags": ["Shipping"]},
                           {"id": 42, "content_text": "A numeric id and plain text."}]}
                """;

        // When reading it
        FeedDocument feed = FeedDocumentReader.read(json.getBytes(StandardCharsets.UTF_8), "application/feed+json");

        // Then feed and entries carry the normalised fields, dates in UTC
        assertThat(feed.format()).isEqualTo("json_1.1");
        assertThat(feed.title()).isEqualTo("Example Wire");
        assertThat(feed.link()).isEqualTo("https://wire.example/");
        assertThat(feed.language()).isEqualTo("en");
        assertThat(feed.entries()).hasSize(2);
        FeedEntry port = feed.entries().get(0);
        assertThat(port.id()).isEqualTo("w-1");
        assertThat(port.link()).isEqualTo("https://wire.example/w-1");
        assertThat(port.content()).isEqualTo("<p>The port reopened.</p>");
        assertThat(port.summary()).isEqualTo("Reopened");
        assertThat(port.published()).isEqualTo(Instant.parse("2024-01-02T08:30:00Z"));
        assertThat(port.updated()).isEqualTo(Instant.parse("2024-01-02T10:00:00Z"));
        assertThat(port.authors()).containsExactly("Ana Lima");
        assertThat(port.categories()).containsExactly("Shipping");
        assertThat(feed.entries().get(1).id()).isEqualTo("42");
        assertThat(feed.entries().get(1).content()).isEqualTo("A numeric id and plain text.");
    }

    @Test
    void jsonThatIsNoFeedIsAClearFailure() {
        // Given JSON without a JSON Feed version, and broken JSON
        // Then each is refused with a one-line reason
        assertThatThrownBy(() -> FeedDocumentReader.read("{\"name\": \"x\"}".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(UnreadableFeedException.class).hasMessageStartingWith("not a JSON Feed");
        assertThatThrownBy(() -> FeedDocumentReader.read("{\"version\": ".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(UnreadableFeedException.class).hasMessageStartingWith("broken JSON");
    }

    @Test
    void controlCharactersAndStrayEntitiesDoNotLoseTheFeed() throws Exception {
        // Given an RSS feed with a form feed and a NUL in a title, a bare ampersand, an HTML entity
        // and an entity nobody knows
        String rss = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>AT&T News</title>"
                + "<link>https://x.example/</link><description>d</description>"
                + "<item><title>Rates\u000C hold\u0000 &mdash; again</title><guid>x-1</guid></item>"
                + "<item><title>Caf&eacute; &bogus; closes</title><guid>x-2</guid></item></channel></rss>";

        // When reading it
        FeedDocument feed = FeedDocumentReader.read(rss.getBytes(StandardCharsets.UTF_8), "application/rss+xml");

        // Then both items are recovered, their text intact, and the repair is reported
        assertThat(feed.recovered()).isTrue();
        assertThat(feed.title()).isEqualTo("AT&T News");
        assertThat(feed.entries()).extracting(FeedEntry::title)
                .containsExactly("Rates hold \u2014 again", "Café &bogus; closes");
    }

    @Test
    void undeclaredNamespacePrefixesAreBoundSoTheirContentIsKept() throws Exception {
        // Given an RSS feed using content:encoded and atom:link without declaring either prefix
        String rss = "<rss version=\"2.0\"><channel><title>t</title><link>https://x.example/</link>"
                + "<atom:link href=\"https://x.example/feed\" rel=\"self\"/><description>d</description>"
                + "<item><title>One</title><guid>u-1</guid><content:encoded><![CDATA[<p>Full text</p>]]></content:encoded>"
                + "</item></channel></rss>";

        // When reading it
        FeedDocument feed = FeedDocumentReader.read(rss.getBytes(StandardCharsets.UTF_8), null);

        // Then the item and its full content survive
        assertThat(feed.recovered()).isTrue();
        assertThat(feed.entries()).extracting(FeedEntry::content).containsExactly("<p>Full text</p>");
    }

    @Test
    void aDoctypeStaysRejectedEvenWhenTheDocumentNeedsRepair() {
        // Given a document declaring an external entity, with a stray ampersand as well
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>&x; & more</title></channel></rss>";

        // Then it is refused, never read
        assertThatThrownBy(() -> FeedDocumentReader.read(xxe.getBytes(StandardCharsets.UTF_8), "text/xml"))
                .isInstanceOf(UnreadableFeedException.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void aWrongCharsetInTheHeaderLosesNeitherTheFeedNorItsAccents() throws Exception {
        // Given a UTF-8 document that says so in its prolog, served as ISO-8859-1
        String rss = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>t</title>"
                + "<link>https://x.example/</link><description>d</description>"
                + "<item><title>Zürich: Bürgerinnen stimmen ab</title><guid>z-1</guid></item></channel></rss>";

        // When reading it with the wrong header
        FeedDocument feed = FeedDocumentReader.read(rss.getBytes(StandardCharsets.UTF_8),
                "application/rss+xml; charset=ISO-8859-1");

        // Then the feed is read, and the title is readable
        assertThat(feed.entries()).extracting(FeedEntry::title).containsExactly("Zürich: Bürgerinnen stimmen ab");
    }

    @Test
    void olderDialectsAndTtlAreRead() throws Exception {
        // Given RSS 0.91, RSS 1.0 (RDF), Atom 0.3 and an RSS 2.0 document with a ttl of 30 minutes
        String rss091 = "<rss version=\"0.91\"><channel><title>Old</title><link>https://o.example/</link>"
                + "<description>d</description><language>en</language>"
                + "<item><title>One</title><link>https://o.example/1</link></item></channel></rss>";
        String rdf = "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\">"
                + "<channel rdf:about=\"https://r.example/\"><title>RDF</title><link>https://r.example/</link>"
                + "<description>d</description></channel>"
                + "<item rdf:about=\"https://r.example/1\"><title>One</title><link>https://r.example/1</link></item></rdf:RDF>";
        String atom03 = "<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\"><title>A03</title>"
                + "<entry><title>One</title><id>tag:a.example,2004:1</id><issued>2004-01-01T00:00:00Z</issued>"
                + "<link rel=\"alternate\" type=\"text/html\" href=\"https://a.example/1\"/></entry></feed>";

        String rss20 = "<rss version=\"2.0\"><channel><title>New</title><link>https://n.example/</link>"
                + "<description>d</description><ttl>30</ttl></channel></rss>";

        // When reading them
        FeedDocument withTtl = FeedDocumentReader.read(rss20.getBytes(StandardCharsets.UTF_8), null);
        FeedDocument old = FeedDocumentReader.read(rss091.getBytes(StandardCharsets.UTF_8), null);
        FeedDocument rdf10 = FeedDocumentReader.read(rdf.getBytes(StandardCharsets.UTF_8), null);
        FeedDocument atom = FeedDocumentReader.read(atom03.getBytes(StandardCharsets.UTF_8), null);

        // Then each dialect is named and its entries read
        assertThat(old.format()).startsWith("rss_0.91");
        assertThat(withTtl.ttl()).isEqualTo(Duration.ofMinutes(30));
        assertThat(old.language()).isEqualTo("en");
        assertThat(old.entries()).extracting(FeedEntry::link).containsExactly("https://o.example/1");
        assertThat(rdf10.format()).isEqualTo("rss_1.0");
        assertThat(rdf10.entries()).extracting(FeedEntry::title).containsExactly("One");
        assertThat(atom.format()).isEqualTo("atom_0.3");
        assertThat(atom.entries()).extracting(FeedEntry::id).containsExactly("tag:a.example,2004:1");
        assertThat(atom.entries().get(0).link()).isEqualTo("https://a.example/1");
    }
}
