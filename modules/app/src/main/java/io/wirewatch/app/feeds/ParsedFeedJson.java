package io.wirewatch.app.feeds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirewatch.poller.FeedDocument;
import io.wirewatch.poller.FeedEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one-line JSON that {@code wirewatch feed parse} prints per input.
 *
 * <p>In: a {@link FeedDocument} (or a failure reason) and the input's name. Out:
 * {@code {file, format, title, link, description, language, updated, entries: [{id, title, link,
 * published, updated, summary, content, authors, categories}]}}, or {@code {file, error}}. Dates
 * are ISO-8601 UTC; absent values are null, never left out, so consumers see one shape.
 */
final class ParsedFeedJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ParsedFeedJson() {
    }

    static String of(String file, FeedDocument feed) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", file);
        out.put("format", feed.format());
        out.put("title", feed.title());
        out.put("link", feed.link());
        out.put("description", feed.description());
        out.put("language", feed.language());
        out.put("updated", iso(feed.updated()));
        List<Map<String, Object>> entries = new ArrayList<>(feed.entries().size());
        for (FeedEntry e : feed.entries()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", e.id());
            entry.put("title", e.title());
            entry.put("link", e.link());
            entry.put("published", iso(e.published()));
            entry.put("updated", iso(e.updated()));
            entry.put("summary", e.summary());
            entry.put("content", e.content());
            entry.put("authors", e.authors());
            entry.put("categories", e.categories());
            entries.add(entry);
        }
        out.put("entries", entries);
        return write(out);
    }

    static String error(String file, String reason) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", file);
        out.put("error", reason);
        return write(out);
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static String write(Map<String, Object> value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings always serialise", e);
        }
    }
}
