package io.wirewatch.poller;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a feed document of any supported dialect into a {@link FeedDocument}: RSS 0.9x/1.0/2.0
 * and Atom 0.3/1.0 with Rome, JSON Feed 1.0/1.1 with {@link JsonFeedReader}.
 *
 * <p>In: the body bytes (already decompressed) and the HTTP Content-Type (may be null). Out: the
 * normalised document, or an {@link UnreadableFeedException} with a one-line reason.
 *
 * <p>Charset: Rome's {@link XmlReader} in lenient mode weighs BOM, XML prolog and the HTTP charset
 * (lenient: a prolog's encoding beats the RFC 3023 "text/xml means US-ASCII" rule real servers
 * break, and a wrong header charset does not lose the feed). A document that fails to parse is
 * repaired once by {@link XmlRepair} (control characters, stray ampersands, HTML entities) and
 * read again. DOCTYPEs stay rejected (Rome's default) so an entity can never read a local file
 * (XXE). Stateless and thread-safe.
 */
public final class FeedDocumentReader {

    private FeedDocumentReader() {
    }

    public static FeedDocument read(byte[] body, String contentType) throws UnreadableFeedException {
        if (looksLikeJson(body)) {
            return JsonFeedReader.read(body);
        }
        String text;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body), contentType, true)) {
            text = DateFractions.normalise(readAll(reader));
        } catch (IOException e) {
            throw new UnreadableFeedException("unreadable feed document: " + FeedFetcher.oneLine(e.getMessage()));
        }
        try {
            return toDocument(build(text), false);
        } catch (FeedException first) {
            if (isDoctype(first)) {
                throw new UnreadableFeedException(
                        "rejected: the document declares a DOCTYPE (refused to prevent XML external entity attacks)");
            }
            try {
                return toDocument(build(XmlRepair.repair(text)), true);
            } catch (FeedException | RuntimeException again) {
                throw new UnreadableFeedException("broken XML: " + FeedFetcher.oneLine(first.getMessage()));
            }
        } catch (IllegalArgumentException e) {
            // Rome's way of saying "well-formed XML, but no feed type I know".
            throw new UnreadableFeedException("not an RSS, Atom or JSON feed: " + FeedFetcher.oneLine(e.getMessage()));
        } catch (RuntimeException e) {
            throw new UnreadableFeedException("feed parser failed: " + FeedFetcher.reason(e));
        }
    }

    private static SyndFeed build(String text) throws FeedException {
        // A new SyndFeedInput per document: it is cheap and not documented as thread-safe.
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        input.setPreserveWireFeed(true);
        return input.build(new StringReader(text));
    }

    private static boolean isDoctype(FeedException e) {
        return String.valueOf(e.getMessage()).contains("DOCTYPE");
    }

    /** JSON Feed starts with '{' (after an optional BOM and whitespace); no XML document does. */
    private static boolean looksLikeJson(byte[] body) {
        int i = body.length >= 3 && (body[0] & 0xff) == 0xEF && (body[1] & 0xff) == 0xBB && (body[2] & 0xff) == 0xBF ? 3 : 0;
        while (i < body.length && (body[i] == ' ' || body[i] == '\n' || body[i] == '\r' || body[i] == '\t')) {
            i++;
        }
        return i < body.length && body[i] == '{';
    }

    private static String readAll(XmlReader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n; (n = reader.read(buffer)) > 0; ) {
            text.append(buffer, 0, n);
        }
        return text.toString();
    }

    private static FeedDocument toDocument(SyndFeed feed, boolean recovered) {
        WireFeed wire = feed.originalWireFeed();
        Instant updated = instant(feed.getPublishedDate());
        Duration ttl = null;
        String language = feed.getLanguage();
        if (wire instanceof Channel channel) {
            if (channel.getLastBuildDate() != null) {
                updated = instant(channel.getLastBuildDate());
            }
            ttl = channel.getTtl() > 0 ? Duration.ofMinutes(channel.getTtl()) : null;
        } else if (wire instanceof com.rometools.rome.feed.atom.Feed atom) {
            if (atom.getUpdated() != null) {
                updated = instant(atom.getUpdated());
            }
            if (feed.getLanguage() == null && atom.getLanguage() != null) {
                language = atom.getLanguage(); // xml:lang on <feed>
            }
        }
        List<FeedEntry> entries = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            entries.add(toEntry(entry));
        }
        SyndContent description = feed.getDescriptionEx();
        return new FeedDocument(feed.getFeedType(), strip(feed.getTitle()), strip(feedLink(feed)),
                description == null ? strip(feed.getDescription()) : strip(description.getValue()),
                strip(language), updated, ttl, entries, recovered);
    }

    /** The site's page: Atom's rel="alternate" link (Rome may report rel="self" first), else the RSS link. */
    private static String feedLink(SyndFeed feed) {
        for (SyndLink link : feed.getLinks()) {
            if (link.getHref() != null && !link.getHref().isBlank()
                    && (link.getRel() == null || link.getRel().equals("alternate"))) {
                return link.getHref();
            }
        }
        return feed.getLink() != null && !feed.getLink().isBlank() ? feed.getLink() : null;
    }

    private static FeedEntry toEntry(SyndEntry entry) {
        String content = null;
        for (SyndContent c : entry.getContents()) {
            if (c.getValue() != null && !c.getValue().isBlank()) {
                content = c.getValue();
                break;
            }
        }
        return new FeedEntry(guid(entry), strip(entry.getTitle()), strip(firstLink(entry)),
                instant(entry.getPublishedDate()), instant(entry.getUpdatedDate()),
                entry.getDescription() == null ? null : strip(entry.getDescription().getValue()), strip(content),
                authors(entry), names(entry.getCategories(), SyndCategory::getName));
    }

    /** The id the publisher gave, not Rome's stand-in (it copies the link into the uri of guid-less items). */
    private static String guid(SyndEntry entry) {
        Object wire = entry.getWireEntry();
        if (wire instanceof Item item) {
            return item.getGuid() == null ? null : strip(item.getGuid().getValue());
        }
        if (wire instanceof Entry atom) {
            return strip(atom.getId());
        }
        return strip(entry.getUri());
    }

    private static String firstLink(SyndEntry entry) {
        if (entry.getLink() != null && !entry.getLink().isBlank()) {
            return entry.getLink();
        }
        for (SyndLink link : entry.getLinks()) {
            if (link.getHref() != null && !link.getHref().isBlank()
                    && (link.getRel() == null || link.getRel().equals("alternate"))) {
                return link.getHref();
            }
        }
        return null;
    }

    /** Atom authors (SyndPerson) plus RSS author / dc:creator (Rome's single author string), de-duplicated. */
    private static List<String> authors(SyndEntry entry) {
        Set<String> names = new LinkedHashSet<>(names(entry.getAuthors(), SyndPerson::getName));
        String single = strip(entry.getAuthor());
        if (single != null) {
            names.add(byline(single));
        }
        return List.copyOf(names);
    }

    private static final java.util.regex.Pattern EMAIL_AND_NAME =
            java.util.regex.Pattern.compile("^\\S+@\\S+\\s+\\((.+)\\)$");

    /** RSS 2.0's author is "email (Name)" by the spec: the name is the by-line. */
    private static String byline(String author) {
        java.util.regex.Matcher m = EMAIL_AND_NAME.matcher(author);
        return m.matches() ? m.group(1).strip() : author;
    }

    private static <T> List<String> names(List<T> items, Function<T, String> name) {
        Set<String> names = new LinkedHashSet<>();
        for (T item : items) {
            String value = strip(name.apply(item));
            if (value != null) {
                names.add(value);
            }
        }
        return List.copyOf(names);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static String strip(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
