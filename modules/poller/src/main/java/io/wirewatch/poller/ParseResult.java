package io.wirewatch.poller;

import io.wirewatch.model.RawArticle;
import java.time.Duration;
import java.util.List;

/** What {@link FeedParser} made of a feed document: its articles, or why there are none. */
public sealed interface ParseResult {

    /**
     * A readable feed.
     *
     * @param feedTitle the feed's own title, may be null
     * @param articles  its entries in document order (feeds usually list newest first)
     * @param skipped   entries that could not be mapped (logged, not fatal)
     * @param ttl       the feed's own {@code <ttl>}, a hint for the schedule, null when absent
     */
    record Parsed(String feedTitle, List<RawArticle> articles, int skipped, Duration ttl) implements ParseResult {
        public Parsed {
            articles = List.copyOf(articles);
        }
    }

    /** Not a feed, broken XML, a DOCTYPE, an unreadable charset: one line, for FeedState.lastError. */
    record Failed(String reason) implements ParseResult {
    }
}
