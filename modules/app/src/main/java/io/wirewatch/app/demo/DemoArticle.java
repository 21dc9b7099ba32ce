package io.wirewatch.app.demo;

import java.time.Instant;
import java.util.List;

/**
 * A bundled article as the demo's outlets publish it.
 *
 * @param link       its URL on the demo server, also its guid
 * @param headline   the first line of its text file
 * @param paragraphs the other non-empty lines
 * @param published  publication time
 */
public record DemoArticle(String link, String headline, List<String> paragraphs, Instant published) {

    /** The body as an outlet's feed carries it: one HTML paragraph per line. */
    String html() {
        StringBuilder html = new StringBuilder();
        for (String paragraph : paragraphs) {
            html.append("<p>").append(escape(paragraph)).append("</p>\n");
        }
        return html.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
