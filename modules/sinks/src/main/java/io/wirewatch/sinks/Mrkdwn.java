package io.wirewatch.sinks;

/**
 * Slack's mrkdwn: the three characters Slack reads as markup ({@code & < >}) escaped, links as
 * {@code <url|text>}, and text cut to a limit without splitting an escape.
 *
 * <p>In: plain text from feeds (headlines, sentences, outlet names). Out: text safe to put in a
 * Block Kit mrkdwn field. Feed text is untrusted: unescaped, "&lt;!channel&gt;" in a headline would
 * ping a whole channel.
 */
final class Mrkdwn {

    private Mrkdwn() {
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Escapes {@code text}, cutting it with an ellipsis so the escaped form is at most {@code max} chars. */
    static String escape(String text, int max) {
        String escaped = escape(text);
        if (escaped.length() <= max) {
            return escaped;
        }
        StringBuilder out = new StringBuilder(max);
        for (int i = 0; i < text.length(); i++) {
            String piece = escape(String.valueOf(text.charAt(i)));
            if (out.length() + piece.length() > max - 1) {
                break;
            }
            out.append(piece);
        }
        return out.append('…').toString();
    }

    /**
     * A link. The URL's own {@code | < >} and spaces would end the link early, so they are
     * percent-encoded; its {@code &} is escaped like any text.
     */
    static String link(String url, String escapedLabel) {
        if (url == null || !url.matches("(?i)https?://.+")) {
            return escapedLabel;
        }
        String safe = url.replace("|", "%7C").replace("<", "%3C").replace(">", "%3E").replace(" ", "%20")
                .replace("&", "&amp;");
        return "<" + safe + "|" + escapedLabel + ">";
    }
}
