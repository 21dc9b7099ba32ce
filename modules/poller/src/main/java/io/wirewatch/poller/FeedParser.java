package io.wirewatch.poller;

import io.wirewatch.model.RawArticle;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a feed document (RSS 0.9x/1.0/2.0, Atom 0.3/1.0, JSON Feed 1.0/1.1) into {@link RawArticle}s.
 *
 * <p>In: the body bytes and Content-Type from {@link FeedFetcher}, the {@link FeedSource}, the URI
 * the body came from (base for relative links) and the fetch time. Out: a {@link ParseResult};
 * broken documents, non-feeds and DOCTYPEs become {@link ParseResult.Failed}, never an exception.
 * Reading (dialects, charsets, repair, XXE) is {@link FeedDocumentReader}'s job; this class gives
 * each entry its stable id ({@link ArticleIdentity}), absolute link, date and bounded fields.
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
     * @param body        the document bytes (already decompressed)
     * @param contentType the Content-Type header, may be null
     * @param feed        the feed it belongs to (id, outlet name)
     * @param base        where the document came from, to resolve relative links; may be null
     * @param fetched     when it was fetched; the published time of undated items
     */
    public ParseResult parse(byte[] body, String contentType, FeedSource feed, URI base, Instant fetched) {
        FeedDocument document;
        try {
            document = FeedDocumentReader.read(body, contentType);
        } catch (UnreadableFeedException e) {
            return new ParseResult.Failed(e.getMessage());
        }
        if (document.recovered()) {
            LOG.debug("feed {}: read after repairing illegal characters or entities", feed.id());
        }
        List<RawArticle> articles = new ArrayList<>();
        int skipped = 0;
        for (FeedEntry entry : document.entries()) {
            try {
                articles.add(toArticle(entry, feed, base, fetched));
            } catch (RuntimeException e) {
                // One odd entry must not cost the feed its other entries.
                skipped++;
                LOG.debug("feed {}: skipped an entry: {}", feed.id(), FeedFetcher.reason(e));
            }
        }
        return new ParseResult.Parsed(clip(document.title()), articles, skipped, document.ttl());
    }

    private RawArticle toArticle(FeedEntry entry, FeedSource feed, URI base, Instant fetched) {
        String title = clip(entry.title());
        String link = absolute(entry.link(), base);
        Instant feedDate = entry.published() != null ? entry.published() : entry.updated();
        String id = ArticleIdentity.of(feed.id(), entry.id(), link, title, feedDate);
        String summary = clip(entry.summary());
        String content = entry.content() == null ? summary : clip(entry.content());
        return new RawArticle(id, feed.id(), feed.name(), link, title, summary, content,
                feedDate == null ? fetched : feedDate, fetched, entry.authors(), entry.categories());
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

    /** Truncates runaway fields (never inside a surrogate pair) so one record stays well under 1 MB. */
    private String clip(String value) {
        if (value == null || value.length() <= maxFieldChars) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(maxFieldChars - 1)) ? maxFieldChars - 1 : maxFieldChars;
        return value.substring(0, end);
    }
}
