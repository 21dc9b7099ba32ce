package io.wirewatch.analysis.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides which sentences are not news in themselves: sentences of clean text in, one verdict
 * per sentence out.
 *
 * <p>Boilerplate is: link and navigation lines ("Also Read: ...", "Read more", "Recent News"),
 * share/follow/subscribe prompts, copyright lines, bylines and credits ("By Jane Doe",
 * "Reporting by ..."), short heading-like lines (few words, no closing punctuation, mostly
 * capitalised or ending in ':'), and recaps: a heading such as "Key Points:" or "Highlights" and
 * the list items under it, because a recap restates the story and would otherwise look like a
 * second source for every claim. Prefix tests only, no regular expressions.
 */
public final class Boilerplate {

    /** Sentence openings that mark navigation, promotion, credits or legal lines. */
    static final List<String> PREFIXES = List.of(
            "also read", "read also", "read more", "read next", "read the full", "see also", "related:", "related articles",
            "related stories", "related news", "related coverage", "related content", "recommended", "recent news",
            "latest news", "more news", "more from", "more stories", "top stories", "trending", "most read",
            "most popular", "you may also like", "you might also like", "don't miss", "do not miss", "watch:",
            "watch video", "watch the video", "video:", "click here", "tap here", "advertisement", "sponsored",
            "share this", "share on", "share:", "follow us", "follow @", "subscribe", "sign up", "newsletter",
            "download the app", "download our app", "copyright", "\u00a9", "(c) ", "all rights reserved",
            "photo:", "photograph:", "image:", "file photo", "reporting by", "additional reporting", "editing by",
            "edited by", "written by", "compiled by", "contact:", "email:", "e-mail:", "updated:", "published:",
            "last updated", "posted:", "posted on", "tags:", "topics:", "filed under", "this story has been",
            "this article was", "this article is", "for more news", "join our", "get the latest", "continue reading",
            "listen to this article", "listen:", "(reporting by", "[reporting by");
    /**
     * {@link #PREFIXES} by their first character (ASCII; all others together at 128): a sentence is compared
     * only with the openings that start as it does, not with all ninety (most of this class's time).
     */
    private static final String[][] PREFIXES_BY_FIRST = new String[129][];

    static {
        java.util.Map<Integer, List<String>> byFirst = new java.util.HashMap<>();
        for (String p : PREFIXES) {
            byFirst.computeIfAbsent(Math.min(128, (int) p.charAt(0)), c -> new java.util.ArrayList<>()).add(p);
        }
        for (int c = 0; c <= 128; c++) {
            PREFIXES_BY_FIRST[c] = byFirst.getOrDefault(c, List.of()).toArray(String[]::new);
        }
    }

    /** Text anywhere in a sentence that marks it as legal or promotional. */
    private static final List<String> CONTAINS = List.of(
            "all rights reserved", "cookie policy", "privacy policy", "terms of use", "terms of service",
            "click here to", "sign up for our", "subscribe to our", "follow us on");
    /** Headings that announce a recap of the story. */
    private static final Set<String> RECAP_HEADINGS = Set.of(
            "key points", "key takeaways", "takeaways", "highlights", "key highlights", "story highlights",
            "summary", "in summary", "in brief", "at a glance", "quick read", "tl;dr", "tldr", "the big picture",
            "what we know", "what you need to know", "key facts", "main points", "the essentials", "in short",
            "quick summary", "article summary", "five things to know", "things to know", "the gist");
    private static final Set<String> BYLINE_CONNECTORS = Set.of("and", "in", "for", "the", "of", "from", "at", "with");

    private Boilerplate() {
    }

    /**
     * One verdict per span, true for boilerplate.
     *
     * @param text  the clean text
     * @param spans its sentences, in order
     */
    public static boolean[] mark(String text, List<SentenceSplitter.Span> spans) {
        boolean[] out = new boolean[spans.size()];
        boolean recap = false;
        boolean recapItemsSeen = false;
        int recapLine = -1;
        int i = 0;
        while (i < spans.size()) {
            // Sentences of one line are judged together for line-level rules.
            int line = spans.get(i).line();
            int j = i;
            while (j < spans.size() && spans.get(j).line() == line) {
                j++;
            }
            String lineText = text.substring(spans.get(i).start(), spans.get(j - 1).end());
            boolean single = j - i == 1;
            boolean item = isListItem(lineText);

            boolean lineIsBoilerplate = false;
            if (single && isRecapHeading(lineText)) {
                recap = true;
                recapItemsSeen = false;
                recapLine = line;
                lineIsBoilerplate = true;
            } else if (recap) {
                if (item) {
                    recapItemsSeen = true;
                    lineIsBoilerplate = true;
                } else if (!recapItemsSeen && line == recapLine + 1) {
                    lineIsBoilerplate = true; // a recap written as a line right under its heading
                    recapLine = line;
                } else {
                    recap = false;
                }
            }
            if (!lineIsBoilerplate && single && isHeadingLike(lineText)) {
                lineIsBoilerplate = true;
            }
            for (int k = i; k < j; k++) {
                SentenceSplitter.Span s = spans.get(k);
                out[k] = lineIsBoilerplate || isBoilerplateSentence(text.substring(s.start(), s.end()));
            }
            i = j;
        }
        return out;
    }

    /** Sentence-level rules: navigation prefixes, legal text, bylines. */
    public static boolean isBoilerplateSentence(String sentence) {
        String lower = stripListMarker(sentence).toLowerCase(Locale.ROOT);
        if (!lower.isEmpty()) {
            for (String p : PREFIXES_BY_FIRST[Math.min(128, (int) lower.charAt(0))]) {
                if (lower.startsWith(p)) {
                    return true;
                }
            }
        }
        for (String c : CONTAINS) {
            if (lower.contains(c)) {
                return true;
            }
        }
        return isByline(sentence);
    }

    static boolean isRecapHeading(String line) {
        String s = line.strip();
        while (!s.isEmpty() && (s.endsWith(":") || s.endsWith("-") || s.endsWith("\u2014"))) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return RECAP_HEADINGS.contains(s.toLowerCase(Locale.ROOT));
    }

    /** "1. ...", "2) ...", "• ...", "- ...", "* ...". */
    static boolean isListItem(String line) {
        String s = line.strip();
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        if (c == '\u2022' || c == '\u25aa' || c == '\u00b7' || c == '\u25cf' || c == '\u2013' || c == '-' || c == '*') {
            return s.length() > 1 && Character.isWhitespace(s.charAt(1));
        }
        int d = 0;
        while (d < s.length() && Character.isDigit(s.charAt(d))) {
            d++;
        }
        return d > 0 && d <= 3 && d + 1 < s.length() && (s.charAt(d) == '.' || s.charAt(d) == ')')
                && Character.isWhitespace(s.charAt(d + 1));
    }

    /**
     * A short line that names a section rather than saying something: at most eight words, no
     * closing punctuation, and either ending in ':' or mostly capitalised or at most three words.
     */
    static boolean isHeadingLike(String line) {
        String s = stripListMarker(line).strip();
        if (s.isEmpty()) {
            return true;
        }
        char last = s.charAt(s.length() - 1);
        if (last == ':') {
            return countWords(s) <= 8;
        }
        if (last == '.' || last == '!' || last == '?' || last == '\u2026' || last == '"' || last == '\u201d'
                || last == '\'' || last == '\u2019' || last == ')') {
            return false;
        }
        int words = 0;
        int capitalised = 0;
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(s.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            words++;
            if (Character.isUpperCase(s.charAt(i)) || Character.isDigit(s.charAt(i))) {
                capitalised++;
            }
            while (i < n && !Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
        return words <= 3 || (words <= 8 && capitalised * 10 >= words * 6);
    }

    private static boolean isByline(String sentence) {
        String s = sentence.strip();
        if (s.length() < 4 || !(s.startsWith("By ") || s.startsWith("BY ") || s.startsWith("by "))) {
            return false;
        }
        String rest = s.substring(3);
        int words = 0;
        int i = 0;
        int n = rest.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(rest.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(rest.charAt(i))) {
                i++;
            }
            if (++words > 8) {
                return false;
            }
            String w = rest.substring(start, i);
            char c = w.charAt(0);
            if (!BYLINE_CONNECTORS.contains(w.toLowerCase(Locale.ROOT)) && !Character.isUpperCase(c) && c != '@') {
                return false;
            }
        }
        return words > 0;
    }

    private static String stripListMarker(String line) {
        String s = line.strip();
        if (!isListItem(s)) {
            return s;
        }
        int k = 0;
        while (k < s.length() && !Character.isWhitespace(s.charAt(k))) {
            k++;
        }
        return s.substring(k).strip();
    }

    private static int countWords(String s) {
        int words = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean ws = Character.isWhitespace(s.charAt(i));
            if (!ws && !in) {
                words++;
            }
            in = !ws;
        }
        return words;
    }
}
