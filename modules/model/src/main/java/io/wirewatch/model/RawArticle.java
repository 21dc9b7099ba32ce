package io.wirewatch.model;

import java.time.Instant;
import java.util.List;

/**
 * An article as the poller found it in a feed, before any judgement.
 *
 * <p>Flows on {@code wirewatch.articles.raw}, key = {@link #id()}. The id is stable across polls
 * (guid, else normalised link) so a re-poll of the same item is recognised downstream.
 *
 * @param id         stable article id, also the record key
 * @param feedId     the configured feed that delivered it
 * @param source     the outlet's display name (for example "Example Wire")
 * @param url        link to the article on the outlet's site, may be null
 * @param title      headline as published
 * @param summary    the feed's description/summary, may contain HTML, may be null
 * @param content    the feed's full content, may contain HTML, may be null
 * @param published  publication time from the feed, else the fetch time
 * @param fetched    when the poller fetched it
 * @param authors    by-lines, possibly empty
 * @param categories the feed's own categories, possibly empty
 */
public record RawArticle(
        String id,
        String feedId,
        String source,
        String url,
        String title,
        String summary,
        String content,
        Instant published,
        Instant fetched,
        List<String> authors,
        List<String> categories) {

    public RawArticle {
        authors = authors == null ? List.of() : List.copyOf(authors);
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /** The richest body the feed offered: full content if present, else the summary. */
    public String body() {
        if (content != null && !content.isBlank()) {
            return content;
        }
        return summary == null ? "" : summary;
    }
}
