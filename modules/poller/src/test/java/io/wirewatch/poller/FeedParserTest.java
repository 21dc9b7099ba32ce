package io.wirewatch.poller;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.RawArticle;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedParserTest {

    private static final Instant FETCHED = Instant.parse("2024-03-06T12:00:00Z");
    private static final FeedSource WIRE = FeedSource.of("example-wire", "https://wire.example/world.rss",
            "Example Wire", Duration.ofMinutes(5));
    private static final FeedSource GAZETTE = FeedSource.of("example-gazette", "https://gazette.example/atom",
            "Example Gazette", Duration.ofMinutes(5));

    private final FeedParser parser = new FeedParser(PollerSettings.defaults());

    @Test
    void rss2EntriesBecomeRawArticles() {
        // Given an RSS 2.0 feed with content:encoded, dc:creator, categories, a guid-less item
        byte[] body = LoopbackServer.resource("rss2.xml");

        // When parsing it
        List<RawArticle> articles = parsed(parser.parse(body, "application/rss+xml", WIRE, WIRE.url(), FETCHED));

        // Then each item is mapped, in document order
        assertThat(articles).hasSize(2);
        RawArticle port = articles.get(0);
        assertThat(port.id()).isEqualTo("example-wire:wire-2024-0002");
        assertThat(port.feedId()).isEqualTo("example-wire");
        assertThat(port.source()).isEqualTo("Example Wire");
        assertThat(port.title()).isEqualTo("Port reopens after storm");
        assertThat(port.summary()).isEqualTo("<p>The port reopened on Tuesday.</p>");
        assertThat(port.content()).contains("closed it for three days");
        assertThat(port.published()).isEqualTo(Instant.parse("2024-01-02T09:30:00Z"));
        assertThat(port.fetched()).isEqualTo(FETCHED);
        assertThat(port.authors()).containsExactly("Ana Lima");
        assertThat(port.categories()).containsExactly("Weather", "Shipping");

        RawArticle storm = articles.get(1);
        assertThat(storm.id()).isEqualTo("https://wire.example/world/storm-closes-port?a=1&b=2");
        assertThat(storm.content()).as("description stands in for missing content")
                .isEqualTo("Shipping halted as the storm arrives.");
        assertThat(storm.authors()).as("RSS author \"email (Name)\" is a by-line").containsExactly("World Desk");
    }

    @Test
    void atom10EntriesBecomeRawArticles() {
        // Given an Atom 1.0 feed with a relative link, two authors, an entry with only <updated>
        byte[] body = LoopbackServer.resource("atom.xml");

        // When parsing it
        List<RawArticle> articles = parsed(parser.parse(body, "application/atom+xml", GAZETTE, GAZETTE.url(), FETCHED));

        // Then atom:id is the id, the link is absolute, dates fall back from published to updated
        assertThat(articles).extracting(RawArticle::id)
                .containsExactly("tag:gazette.example,2024:budget", "tag:gazette.example,2024:library");
        RawArticle budget = articles.get(0);
        assertThat(budget.url()).isEqualTo("https://gazette.example/2024/03/budget");
        assertThat(budget.published()).isEqualTo(Instant.parse("2024-03-05T08:00:00Z"));
        assertThat(budget.authors()).containsExactly("Jo Park", "Sam Reyes");
        assertThat(budget.categories()).containsExactly("politics");
        assertThat(budget.summary()).isEqualTo("The council approved the budget.");
        assertThat(budget.content()).isEqualTo("<p>The council approved the 2024 budget by 7 votes to 2.</p>");
        assertThat(articles.get(1).published()).isEqualTo(Instant.parse("2024-03-04T12:00:00Z"));
    }

    @Test
    void fractionsOfASecondOfAnyLengthKeepTheDateRight() {
        // Given Atom dates with 2, 6 and 9 fractional digits, as java.time, Go and Python write them
        String feed = "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title>"
                + "<id>urn:t</id><updated>2024-03-05T08:00:00.29Z</updated>"
                + entry("a", "2024-03-05T08:00:00.29Z") + entry("b", "2024-03-05T08:00:00.123456Z")
                + entry("c", "2024-03-05T08:00:00.123456789+01:00") + "</feed>";

        // When parsing it
        List<RawArticle> articles = parsed(parser.parse(feed.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "application/atom+xml", GAZETTE, GAZETTE.url(), FETCHED));

        // Then each date is right to the millisecond (Rome alone reads ".123456" as 123,456 ms)
        assertThat(articles).extracting(RawArticle::published).containsExactly(
                Instant.parse("2024-03-05T08:00:00.290Z"), Instant.parse("2024-03-05T08:00:00.123Z"),
                Instant.parse("2024-03-05T07:00:00.123Z"));
    }

    private static String entry(String id, String date) {
        return "<entry><title>" + id + "</title><id>urn:" + id + "</id><published>" + date + "</published><updated>"
                + date + "</updated></entry>";
    }

    @Test
    void anIso88591FeedIsDecodedByItsProlog() {
        // Given a Latin-1 document declared in its prolog, served as text/xml without a charset
        // (RFC 3023 would say US-ASCII; lenient decoding trusts the prolog) and without a content type
        byte[] body = LoopbackServer.resource("latin1.xml");

        // When parsing it both ways
        List<RawArticle> textXml = parsed(parser.parse(body, "text/xml", WIRE, WIRE.url(), FETCHED));
        List<RawArticle> unknown = parsed(parser.parse(body, null, WIRE, WIRE.url(), FETCHED));

        // Then accents survive
        assertThat(textXml.get(0).title()).isEqualTo("Élections : la région vote à Besançon");
        assertThat(textXml.get(0).summary()).isEqualTo("Cafés fermés, écoles ouvertes.");
        assertThat(unknown.get(0).title()).isEqualTo("Élections : la région vote à Besançon");
    }

    @Test
    void aUtf8ByteOrderMarkIsHonoured() {
        // Given a UTF-8 feed with a BOM and an HTML content type some servers send
        byte[] xml = new String(LoopbackServer.resource("atom.xml"), StandardCharsets.UTF_8)
                .replace("Council approves budget", "Conseil: budget approuvé").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[xml.length + 3];
        body[0] = (byte) 0xEF;
        body[1] = (byte) 0xBB;
        body[2] = (byte) 0xBF;
        System.arraycopy(xml, 0, body, 3, xml.length);

        // When parsing it
        List<RawArticle> articles = parsed(parser.parse(body, "text/html", GAZETTE, GAZETTE.url(), FETCHED));

        // Then the title decodes
        assertThat(articles.get(0).title()).isEqualTo("Conseil: budget approuvé");
    }

    @Test
    void brokenXmlIsAClearFailure() {
        // Given a truncated document
        byte[] body = LoopbackServer.resource("broken.xml");

        // When parsing it
        ParseResult result = parser.parse(body, "application/rss+xml", WIRE, WIRE.url(), FETCHED);

        // Then it fails with a one-line reason instead of an exception
        assertThat(result).isInstanceOfSatisfying(ParseResult.Failed.class,
                f -> assertThat(f.reason()).startsWith("broken XML").doesNotContain("\n"));
    }

    @Test
    void aDoctypeIsRejected() {
        // Given a feed trying to read a local file through an external entity
        byte[] body = LoopbackServer.resource("doctype.xml");

        // When parsing it
        ParseResult result = parser.parse(body, "application/rss+xml", WIRE, WIRE.url(), FETCHED);

        // Then it is refused, the entity never expanded
        assertThat(result).isInstanceOfSatisfying(ParseResult.Failed.class,
                f -> assertThat(f.reason()).contains("DOCTYPE"));
    }

    @Test
    void wellFormedXmlThatIsNoFeedIsAFailure() {
        // Given an XHTML home page where a feed was expected
        byte[] body = LoopbackServer.resource("not-a-feed.xml");

        // When parsing it
        ParseResult result = parser.parse(body, "text/html", WIRE, WIRE.url(), FETCHED);

        // Then it says so
        assertThat(result).isInstanceOfSatisfying(ParseResult.Failed.class,
                f -> assertThat(f.reason()).startsWith("not an RSS, Atom or JSON feed"));
    }

    @Test
    void garbageBytesAreAFailure() {
        // Given bytes that are not XML at all
        byte[] body = "\u0000\u0001 <<< not xml >>>".getBytes(StandardCharsets.UTF_8);

        // When parsing them
        ParseResult result = parser.parse(body, "application/rss+xml", WIRE, WIRE.url(), FETCHED);

        // Then it is a failure, not an exception
        assertThat(result).isInstanceOf(ParseResult.Failed.class);
    }

    @Test
    void undatedItemsGetTheFetchTimeAndLongFieldsAreClipped() {
        // Given an item without date and a content longer than the field limit
        String rss = "<rss version=\"2.0\"><channel><title>t</title><link>https://x.example/</link><description>d</description>"
                + "<item><title>Undated</title><link>https://x.example/a</link><description>"
                + "x".repeat(500) + "</description></item></channel></rss>";
        FeedParser small = new FeedParser(PollerSettings.defaults().withMaxFieldChars(100));

        // When parsing it
        RawArticle article = parsed(small.parse(rss.getBytes(StandardCharsets.UTF_8), "application/rss+xml", WIRE,
                URI.create("https://x.example/feed"), FETCHED)).get(0);

        // Then published falls back to the fetch time and the summary is clipped
        assertThat(article.published()).isEqualTo(FETCHED);
        assertThat(article.summary()).hasSize(100);
    }

    private static List<RawArticle> parsed(ParseResult result) {
        assertThat(result).isInstanceOf(ParseResult.Parsed.class);
        return ((ParseResult.Parsed) result).articles();
    }
}
