package io.wirewatch.poller;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A feed document as read, normalised across RSS 0.9x/1.0/2.0, Atom 0.3/1.0 and JSON Feed 1.0/1.1.
 *
 * <p>In: built by {@link FeedDocumentReader} from bytes. Out: {@link FeedParser} turns its entries
 * into articles and its {@code ttl} into a scheduling hint; {@code wirewatch feed parse} prints it.
 *
 * @param format      the dialect, for example {@code rss_2.0}, {@code atom_1.0}, {@code json_1.1}
 * @param title       the feed's title, may be null
 * @param link        the site the feed belongs to, may be null
 * @param description the feed's description or subtitle, may be null
 * @param language    its declared language, may be null
 * @param updated     when the feed says it last changed, may be null
 * @param ttl         RSS {@code <ttl>}: how long the publisher asks readers to wait between polls,
 *                    null when absent
 * @param entries     entries in document order (usually newest first)
 * @param recovered   true when the document was broken (illegal characters, stray ampersands,
 *                    unknown entities) and was read after a repair
 */
public record FeedDocument(String format, String title, String link, String description, String language,
                           Instant updated, Duration ttl, List<FeedEntry> entries, boolean recovered) {

    public FeedDocument {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }
}
