package io.wirewatch.analysis.text;

import java.util.Locale;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * The text of simple HTML read in one pass, without building a DOM: HTML in, out the text with
 * line and paragraph breaks exactly as {@link HtmlCleaner}'s walk over jsoup's DOM writes it (to
 * be normalised the same way), or null when the markup is not simple and jsoup must parse it.
 *
 * <p>Why: most feed bodies are paragraphs, links, emphasis and lists, and jsoup's parse was the
 * larger part of cleaning them. Simple means: only the tags of {@link #CONTAINERS} and
 * {@link #VOIDS}, properly nested (every end tag closes the innermost open element; elements
 * left open at the end are closed there, as jsoup does), well-formed attributes, no comments,
 * no doctype, no stray {@code <}. Within that subset jsoup's tree keeps the text in source order
 * and only ever adds breaks where a tag already makes one (a block start closing an open
 * paragraph, a stray {@code </p>} inserting an empty one), so writing a break for every block
 * tag gives the same clean text. Where jsoup closes elements early enough to move a break (a
 * list item inside a paragraph or inside another list item, a heading inside a heading) or adopts misnested formatting (a link inside a link), the markup is refused and jsoup
 * parses it. The rules were checked against jsoup on random markup and on the bodies of the feed
 * corpora (SimpleHtmlTest keeps a random comparison). Entities are decoded
 * by jsoup's own decoder, text between tags one run at a time, as its tokeniser does.
 */
final class SimpleHtml {

    /** Elements that may hold text; {@link HtmlCleaner#BLOCKS} among them make paragraph breaks. */
    private static final Set<String> CONTAINERS = Set.of(
            "p", "div", "span", "a", "b", "i", "u", "s", "em", "strong", "small", "sub", "sup", "mark", "cite", "q",
            "abbr", "time", "strike", "blockquote", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "section",
            "article", "header", "footer", "aside", "nav", "main", "figure", "figcaption");
    /** Elements without content: a line break, a rule (a block), images. */
    private static final Set<String> VOIDS = Set.of("br", "hr", "img", "wbr");
    private static final int MAX_DEPTH = 64;

    private SimpleHtml() {
    }

    /** The text as the DOM walk writes it, or null when {@code html} is outside the simple subset. */
    static String text(String html) {
        Reader r = new Reader(html);
        return r.read() ? r.out.toString() : null;
    }

    /** One pass over the markup: text runs and tags, and the stack of open elements. */
    private static final class Reader {
        final String html;
        final int n;
        final StringBuilder out;
        final String[] open = new String[MAX_DEPTH];
        int depth;
        int pos;
        /** Set by {@link #tag}: the tag read, lower-cased, whether an end tag, whether written {@code <x/>}. */
        String name;
        boolean end;
        boolean selfClosing;

        Reader(String html) {
            this.html = html;
            this.n = html.length();
            this.out = new StringBuilder(n);
        }

        boolean read() {
            int textStart = 0;
            while (pos < n) {
                char c = html.charAt(pos);
                if (c == '\0') {
                    return false; // jsoup drops or replaces NUL depending on where it is
                }
                if (c != '<') {
                    pos++;
                    continue;
                }
                text(textStart, pos);
                if (!tag() || !element()) {
                    return false;
                }
                textStart = pos;
            }
            text(textStart, n);
            while (depth > 0) {
                close(open[--depth]);
            }
            return true;
        }

        /** Writes a text run: entities decoded, HTML whitespace (newlines included) as spaces. */
        private void text(int from, int to) {
            if (from >= to) {
                return;
            }
            int plain = from;
            while (plain < to) {
                char c = html.charAt(plain);
                if (c == '&' || c == '\n' || c == '\r' || c == '\t') {
                    break;
                }
                plain++;
            }
            if (plain == to) {
                out.append(html, from, to); // the common run: copied in one piece
                return;
            }
            String run = html.substring(from, to);
            if (run.indexOf('&') >= 0) {
                run = Parser.unescapeEntities(run, false);
            }
            for (int i = 0; i < run.length(); i++) {
                char c = run.charAt(i);
                out.append(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
            }
        }

        /** Applies the tag just read to the open elements and the text; false when not simple. */
        private boolean element() {
            if (end) {
                if (depth == 0 || !open[depth - 1].equals(name)) {
                    return false;
                }
                depth--;
                close(name);
                return true;
            }
            if (VOIDS.contains(name)) {
                if (name.equals("br")) {
                    out.append('\n');
                } else if (name.equals("hr")) {
                    out.append("\n\n\n\n");
                }
                return true;
            }
            if (!CONTAINERS.contains(name) || selfClosing || depth == MAX_DEPTH || jsoupWouldRestructure()) {
                return false;
            }
            if (name.equals("li")) {
                out.append("\n• ");
            } else if (HtmlCleaner.BLOCKS.contains(name)) {
                out.append("\n\n");
            }
            open[depth++] = name;
            return true;
        }

        private void close(String element) {
            if (HtmlCleaner.BLOCKS.contains(element)) {
                out.append("\n\n");
            }
        }

        /**
         * Whether jsoup, opening the element just read, would close open elements early, after
         * which breaks move or later end tags close other elements than they name: a paragraph
         * closed by a list item (one blank line more), a list item closed by the next one, a
         * heading by a heading; or would adopt a link opened inside a link.
         */
        private boolean jsoupWouldRestructure() {
            switch (name) {
                case "li" -> {
                    if (isOpen("p")) {
                        return true;
                    }
                    // jsoup closes an open list item reached through inline elements or divs;
                    // the end tags that follow then close other elements than they name.
                    for (int i = depth - 1; i >= 0; i--) {
                        String e = open[i];
                        if (e.equals("li")) {
                            return true;
                        }
                        if (!e.equals("div") && HtmlCleaner.BLOCKS.contains(e)) {
                            return false; // jsoup stops looking for a list item to close here
                        }
                    }
                    return false;
                }
                case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                    for (int i = 0; i < depth; i++) {
                        if (open[i].length() == 2 && open[i].charAt(0) == 'h' && isDigit(open[i].charAt(1))) {
                            return true;
                        }
                    }
                    return false;
                }
                case "a" -> {
                    return isOpen("a");
                }
                default -> {
                    return false;
                }
            }
        }

        private boolean isOpen(String element) {
            for (int i = 0; i < depth; i++) {
                if (open[i].equals(element)) {
                    return true;
                }
            }
            return false;
        }

        /** Reads the tag at {@code pos} (a '<'); false when it is not a plain start or end tag. */
        private boolean tag() {
            int i = pos + 1;
            end = i < n && html.charAt(i) == '/';
            if (end) {
                i++;
            }
            if (i >= n || !isAsciiLetter(html.charAt(i))) {
                return false;
            }
            int nameStart = i;
            while (i < n && (isAsciiLetter(html.charAt(i)) || isDigit(html.charAt(i)))) {
                i++;
            }
            name = html.substring(nameStart, i).toLowerCase(Locale.ROOT);
            selfClosing = false;
            if (end) {
                i = skipSpace(i);
                if (i >= n || html.charAt(i) != '>') {
                    return false;
                }
                pos = i + 1;
                return true;
            }
            if (i >= n || !(isSpace(html.charAt(i)) || html.charAt(i) == '/' || html.charAt(i) == '>')) {
                return false;
            }
            return attributes(i);
        }

        /** Skips well-formed attributes up to the closing '>' (or "/>"); false on anything unusual. */
        private boolean attributes(int from) {
            int i = from;
            while (true) {
                i = skipSpace(i);
                if (i >= n) {
                    return false;
                }
                char c = html.charAt(i);
                if (c == '>') {
                    pos = i + 1;
                    return true;
                }
                if (c == '/') {
                    if (i + 1 < n && html.charAt(i + 1) == '>') {
                        selfClosing = true;
                        pos = i + 2;
                        return true;
                    }
                    return false;
                }
                int nameStart = i;
                while (i < n && !isSpace(c = html.charAt(i)) && c != '/' && c != '>' && c != '=') {
                    if (c == '"' || c == '\'' || c == '<' || c == '`') {
                        return false;
                    }
                    i++;
                }
                if (i == nameStart) {
                    return false; // '=' where a name should be
                }
                i = skipSpace(i);
                if (i < n && html.charAt(i) == '=') {
                    i = value(skipSpace(i + 1));
                    if (i < 0) {
                        return false;
                    }
                }
            }
        }

        /** The end of an attribute value starting at {@code i}, or -1 when it is not well-formed. */
        private int value(int i) {
            if (i >= n) {
                return -1;
            }
            char q = html.charAt(i);
            if (q == '"' || q == '\'') {
                int close = html.indexOf(q, i + 1);
                if (close < 0) {
                    return -1;
                }
                int next = close + 1;
                if (next < n && !isSpace(html.charAt(next)) && html.charAt(next) != '/' && html.charAt(next) != '>') {
                    return -1;
                }
                return next;
            }
            int start = i;
            char c;
            while (i < n && !isSpace(c = html.charAt(i)) && c != '>') {
                if (c == '"' || c == '\'' || c == '<' || c == '=' || c == '`') {
                    return -1;
                }
                i++;
            }
            return i == start ? -1 : i;
        }

        private int skipSpace(int i) {
            while (i < n && isSpace(html.charAt(i))) {
                i++;
            }
            return i;
        }
    }

    /** HTML's whitespace between attributes: tab, line feed, form feed, carriage return, space. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
