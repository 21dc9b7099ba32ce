package io.wirewatch.poller;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1) into a {@link FeedDocument}.
 *
 * <p>In: the document bytes (UTF-8, as the spec requires). Out: the normalised document; a JSON
 * document that is no JSON Feed, or broken JSON, is an {@link UnreadableFeedException}. Items
 * without an id still come through (the parser then identifies them by link or title).
 */
final class JsonFeedReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonFeedReader() {
    }

    static FeedDocument read(byte[] body) throws UnreadableFeedException {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new UnreadableFeedException("broken JSON: " + FeedFetcher.oneLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UnreadableFeedException("unreadable JSON: " + FeedFetcher.oneLine(e.getMessage()));
        }
        String version = text(root, "version");
        boolean declared = version != null && version.contains("jsonfeed.org/version/");
        // Lenient: a JSON object with an items array is read as a JSON Feed even with a sloppy version.
        if (root == null || !root.isObject() || !declared && !root.path("items").isArray()) {
            throw new UnreadableFeedException("not a JSON Feed: no jsonfeed.org version and no items");
        }
        String format = version == null ? "json" : "json_" + version.substring(version.lastIndexOf('/') + 1);
        List<FeedEntry> entries = new ArrayList<>();
        for (JsonNode item : root.path("items")) {
            if (!item.isObject()) {
                continue;
            }
            String content = text(item, "content_html");
            if (content == null) {
                content = text(item, "content_text");
            }
            List<String> categories = new ArrayList<>();
            for (JsonNode tag : item.path("tags")) {
                if (tag.isTextual() && !tag.asText().isBlank()) {
                    categories.add(tag.asText().strip());
                }
            }
            entries.add(new FeedEntry(text(item, "id"), text(item, "title"), text(item, "url"),
                    date(text(item, "date_published")), date(text(item, "date_modified")), text(item, "summary"),
                    content, authors(item), categories));
        }
        return new FeedDocument(format, text(root, "title"), text(root, "home_page_url"), text(root, "description"),
                text(root, "language"), null, null, entries, false);
    }

    /** 1.1 has "authors", 1.0 a single "author"; an item without either inherits the feed's. */
    private static List<String> authors(JsonNode item) {
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode author : item.path("authors")) {
            String name = text(author, "name");
            if (name != null) {
                names.add(name);
            }
        }
        String single = text(item.path("author"), "name");
        if (single != null) {
            names.add(single);
        }
        return List.copyOf(names);
    }

    /** Ids may be numbers in the wild although the spec says string. */
    private static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    private static Instant date(String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
