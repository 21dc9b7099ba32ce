package io.wirewatch.poller;

import java.time.Instant;
import java.util.List;

/**
 * One entry of a feed document, normalised across RSS, Atom and JSON Feed, before any judgement.
 *
 * <p>In: built by {@link FeedDocumentReader}. Out: read by {@link FeedParser} (becomes a
 * {@code RawArticle}) and printed by {@code wirewatch feed parse}.
 *
 * @param id         RSS guid / Atom id / JSON Feed id as published, null when absent
 * @param title      headline, null when absent
 * @param link       the entry's link as published (maybe relative), null when absent
 * @param published  publication date, null when absent or unreadable
 * @param updated    last update date, null when absent or unreadable
 * @param summary    description / summary, may hold HTML, null when absent
 * @param content    full content (content:encoded, atom:content, content_html), null when absent
 * @param authors    by-lines, possibly empty
 * @param categories the feed's own categories or tags, possibly empty
 */
public record FeedEntry(String id, String title, String link, Instant published, Instant updated, String summary,
                        String content, List<String> authors, List<String> categories) {

    public FeedEntry {
        authors = authors == null ? List.of() : List.copyOf(authors);
        categories = categories == null ? List.of() : List.copyOf(categories);
    }
}
