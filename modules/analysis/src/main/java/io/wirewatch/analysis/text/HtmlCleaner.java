package io.wirewatch.analysis.text;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Feed HTML (or plain text) in, clean text out.
 *
 * <p>Block elements become paragraph breaks (a blank line), {@code <br>} a line break, list items
 * a line starting with "• " (so a recap list stays recognisable as a list); scripts, styles,
 * forms and embedded frames are dropped; entities are decoded. Plain text keeps its line
 * structure. Either way whitespace is normalised: runs of spaces become one, lines are trimmed,
 * at most one blank line separates paragraphs, invisible characters (zero-width, soft hyphen)
 * are removed and non-breaking spaces become spaces.
 */
public final class HtmlCleaner {

    /** Elements written as paragraphs: a blank line before and after. */
    static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "caption", "dd", "details", "dialog", "div", "dl", "dt",
            "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
            "hr", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr",
            "ul", "center");
    private static final String DROPPED = "script, style, noscript, iframe, object, embed, svg, canvas, form, "
            + "button, select, input, textarea, template, head, video, audio";

    private HtmlCleaner() {
    }

    /** Body text: paragraphs separated by a blank line, line breaks kept. */
    public static String clean(String input) {
        if (input == null || input.isEmpty()) {
            return "";
        }
        if (!looksLikeHtml(input)) {
            String decoded = input.indexOf('&') >= 0 ? Parser.unescapeEntities(input, false) : input;
            return normalise(decoded);
        }
        // Simple markup (paragraphs, links, emphasis, lists) is read in one pass, to the same
        // text; anything else is parsed by jsoup.
        String simple = SimpleHtml.text(input);
        return normalise(simple != null ? simple : domText(input));
    }

    /** Body text through jsoup's DOM, whatever the markup: what {@link SimpleHtml} must equal where it answers. */
    static String cleanWithJsoup(String input) {
        return normalise(domText(input));
    }

    private static String domText(String input) {
        Document doc = Jsoup.parseBodyFragment(input);
        doc.select(DROPPED).remove();
        Collector collector = new Collector();
        NodeTraversor.traverse(collector, doc.body());
        return collector.out.toString();
    }

    /** A one-line text such as a headline: markup removed, whitespace collapsed to single spaces. */
    public static String cleanInline(String input) {
        if (input == null || input.isEmpty()) {
            return "";
        }
        String text = looksLikeHtml(input) ? Jsoup.parseBodyFragment(input).text()
                : input.indexOf('&') >= 0 ? Parser.unescapeEntities(input, false) : input;
        return normalise(text).replace("\n\n", " ").replace('\n', ' ');
    }

    static boolean looksLikeHtml(String s) {
        int n = s.length();
        for (int i = s.indexOf('<'); i >= 0 && i + 1 < n; i = s.indexOf('<', i + 1)) {
            char c = s.charAt(i + 1);
            if (Character.isLetter(c) || c == '/' || c == '!') {
                return true;
            }
        }
        return false;
    }

    /**
     * Collapses spaces within lines, trims lines, keeps at most one blank line between paragraphs.
     * Reads and writes plain char arrays (each thread's, reused): a StringBuilder's checks of
     * capacity and encoding on every character were most of this pass.
     */
    static String normalise(String s) {
        int n = s.length();
        Buffers buffers = BUFFERS.get();
        char[] in = buffers.input(n);
        s.getChars(0, n, in, 0);
        // The output is never longer than the input: every character written replaces at least one read.
        char[] out = buffers.output(n);
        int used = 0;
        int blankRun = 0;
        boolean lineHasText = false;
        boolean pendingSpace = false;
        for (int i = 0; i < n; i++) {
            char c = in[i];
            if (c == '\r') {
                if (i + 1 < n && in[i + 1] == '\n') {
                    continue;
                }
                c = '\n';
            }
            if (c == '\n' || c == '\u2028' || c == '\u2029') {
                if (lineHasText) {
                    blankRun = 1;
                } else if (used > 0) {
                    blankRun = Math.max(blankRun, 2);
                }
                lineHasText = false;
                pendingSpace = false;
                continue;
            }
            if (c < 128) {
                // ASCII without the Unicode tables (Character.isSpaceChar was most of this loop):
                // its only space characters are these, its controls those below 32 and 127.
                if (c == ' ' || c == '\t' || c == '\f' || c == '\u000b') {
                    pendingSpace = lineHasText;
                    continue;
                }
                if (c < ' ' || c == '\u007f') {
                    continue;
                }
            } else {
                if (c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\u00ad' || c == '\ufeff' || c == '\u2060') {
                    continue;
                }
                if (c == '\u00a0' || Character.isSpaceChar(c)) {
                    pendingSpace = lineHasText;
                    continue;
                }
                if (Character.isISOControl(c)) {
                    continue;
                }
            }
            if (!lineHasText && used > 0) {
                out[used++] = '\n';
                if (blankRun >= 2) {
                    out[used++] = '\n';
                }
            } else if (pendingSpace) {
                out[used++] = ' ';
            }
            blankRun = 0;
            pendingSpace = false;
            lineHasText = true;
            out[used++] = c;
        }
        return new String(out, 0, used);
    }

    private static final ThreadLocal<Buffers> BUFFERS = ThreadLocal.withInitial(Buffers::new);

    /** Each thread's arrays for {@link #normalise}. */
    private static final class Buffers {
        private char[] input = new char[8192];
        private char[] output = new char[8192];

        char[] input(int n) {
            if (input.length < n) {
                input = new char[Math.max(n, input.length * 2)];
            }
            return input;
        }

        char[] output(int n) {
            if (output.length < n) {
                output = new char[Math.max(n, output.length * 2)];
            }
            return output;
        }
    }

    /** Walks the DOM writing text, turning element boundaries into line and paragraph breaks. */
    private static final class Collector implements NodeVisitor {
        final StringBuilder out = new StringBuilder();

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                String t = text.getWholeText();
                // HTML whitespace, newlines included, is one space.
                for (int i = 0; i < t.length(); i++) {
                    char c = t.charAt(i);
                    out.append(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
                }
            } else if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("br")) {
                    out.append('\n');
                } else if (tag.equals("li")) {
                    out.append("\n• ");
                } else if (BLOCKS.contains(tag)) {
                    out.append("\n\n");
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (BLOCKS.contains(tag)) {
                    out.append("\n\n");
                } else if (tag.equals("td") || tag.equals("th")) {
                    out.append(' ');
                }
            }
        }
    }
}
