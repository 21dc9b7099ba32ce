package io.wirewatch.poller;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.wirewatch.model.RawArticle;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a feed document (RSS 0.9x/1.0/2.0, Atom 0.3/1.0) into {@link RawArticle}s with Rome.
 *
 * <p>In: the body bytes and Content-Type from {@link FeedFetcher}, the {@link FeedSource}, the URI
 * the body came from (base for relative links) and the fetch time. Out: a {@link ParseResult};
 * broken XML, non-feeds and DOCTYPEs become {@link ParseResult.Failed}, never an exception.
 *
 * <p>Charset: Rome's {@link XmlReader} in lenient mode weighs BOM, XML prolog and the HTTP charset
 * (lenient: a prolog's encoding beats the RFC 3023 "text/xml means US-ASCII" rule real servers
 * break). DOCTYPEs stay rejected (Rome's default) so an entity can never read a local file (XXE).
 */
public final class FeedParser {

    private static final Logger LOG = LoggerFactory.getLogger(FeedParser.class);

    private final int maxFieldChars;

    public FeedParser(PollerSettings settings) {
        this.maxFieldChars = settings.maxFieldChars();
    }

    /**
     * Parses one fetched document.
     *
     * @param body        the document bytes (already gunzipped)
     * @param contentType the Content-Type header, may be null
     * @param feed        the feed it belongs to (id, outlet name)
     * @param base        where the document came from, to resolve relative links; may be null
     * @param fetched     when it was fetched; the published time of undated items
     */
    public ParseResult parse(byte[] body, String contentType, FeedSource feed, URI base, Instant fetched) {
        SyndFeed syndFeed;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body), contentType, true)) {
            // A new SyndFeedInput per document: it is cheap and not documented as thread-safe.
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            syndFeed = input.build(new StringReader(DateFractions.normalise(readAll(reader))));
        } catch (FeedException e) {
            return new ParseResult.Failed(describe(e));
        } catch (IllegalArgumentException e) {
            // Rome's way of saying "well-formed XML, but no feed type I know".
            return new ParseResult.Failed("not an RSS or Atom feed: " + FeedFetcher.oneLine(e.getMessage()));
        } catch (IOException e) {
            return new ParseResult.Failed("unreadable feed document: " + FeedFetcher.oneLine(e.getMessage()));
        } catch (RuntimeException e) {
            return new ParseResult.Failed("feed parser failed: " + FeedFetcher.reason(e));
        }

        List<RawArticle> articles = new ArrayList<>();
        int skipped = 0;
        for (SyndEntry entry : syndFeed.getEntries()) {
            try {
                articles.add(toArticle(entry, feed, base, fetched));
            } catch (RuntimeException e) {
                // One odd entry must not cost the feed its other entries.
                skipped++;
                LOG.debug("feed {}: skipped an entry: {}", feed.id(), FeedFetcher.reason(e));
            }
        }
        return new ParseResult.Parsed(clip(syndFeed.getTitle()), articles, skipped);
    }

    private static String readAll(XmlReader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n; (n = reader.read(buffer)) > 0; ) {
            text.append(buffer, 0, n);
        }
        return text.toString();
    }

    private RawArticle toArticle(SyndEntry entry, FeedSource feed, URI base, Instant fetched) {
        String title = clip(strip(entry.getTitle()));
        String link = absolute(firstLink(entry), base);
        Instant feedDate = instant(entry.getPublishedDate());
        if (feedDate == null) {
            feedDate = instant(entry.getUpdatedDate());
        }
        String id = ArticleIdentity.of(feed.id(), entry.getUri(), link, title, feedDate);
        String summary = entry.getDescription() == null ? null : clip(entry.getDescription().getValue());
        String content = firstContent(entry.getContents());
        if (content == null) {
            content = summary;
        }
        return new RawArticle(id, feed.id(), feed.name(), link, title, summary, content,
                feedDate == null ? fetched : feedDate, fetched, authors(entry), names(entry.getCategories(), SyndCategory::getName));
    }

    private static String firstLink(SyndEntry entry) {
        if (entry.getLink() != null && !entry.getLink().isBlank()) {
            return entry.getLink().strip();
        }
        for (SyndLink link : entry.getLinks()) {
            if (link.getHref() != null && !link.getHref().isBlank()
                    && (link.getRel() == null || link.getRel().equals("alternate"))) {
                return link.getHref().strip();
            }
        }
        return null;
    }

    /** Relative links (legal in Atom, common in sloppy RSS) made absolute against the feed's URL. */
    private static String absolute(String link, URI base) {
        if (link == null || base == null) {
            return link;
        }
        try {
            URI uri = new URI(link);
            return uri.isAbsolute() ? link : base.resolve(uri).toString();
        } catch (Exception e) {
            return link;
        }
    }

    private String firstContent(List<SyndContent> contents) {
        for (SyndContent content : contents) {
            if (content.getValue() != null && !content.getValue().isBlank()) {
                return clip(content.getValue());
            }
        }
        return null;
    }

    /** Atom authors (SyndPerson) plus RSS author / dc:creator (Rome's single author string), de-duplicated. */
    private static List<String> authors(SyndEntry entry) {
        Set<String> names = new LinkedHashSet<>(names(entry.getAuthors(), SyndPerson::getName));
        String single = strip(entry.getAuthor());
        if (single != null) {
            names.add(single);
        }
        return List.copyOf(names);
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

    /** Truncates runaway fields (never inside a surrogate pair) so one record stays well under 1 MB. */
    private String clip(String value) {
        if (value == null || value.length() <= maxFieldChars) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(maxFieldChars - 1)) ? maxFieldChars - 1 : maxFieldChars;
        return value.substring(0, end);
    }

    private static String describe(FeedException e) {
        String message = FeedFetcher.oneLine(e.getMessage());
        if (message.contains("DOCTYPE")) {
            return "rejected: the document declares a DOCTYPE (refused to prevent XML external entity attacks)";
        }
        return "broken XML: " + message;
    }
}
