package io.wirewatch.analysis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Clean text in, sentence spans out (offsets into the text), by rule.
 *
 * <p>Every line break ends a sentence: headlines, list items and link lines rarely end with a
 * period. Within a line a sentence ends at '.', '!', '?' or '…' (with any closing quotes or
 * brackets after it) followed by a space and something that can start a sentence. Not at:
 * titles ("Mr.", "Dr.", "Gen."), initials ("J. Smith"), month abbreviations before a day
 * ("Jan. 5"), decimals ("1.5"), list numbers ("1. Shoigu's visit"), and acronyms such as "U.S."
 * unless the next word is one that typically starts a sentence ("... in the U.S. The president").
 * A period glued to a capitalised word after a lower-case word ("North Korea.Monday") also ends
 * a sentence: feeds lose spaces at paragraph joins.
 */
public final class SentenceSplitter {

    /** One sentence: offsets into the text, the line it is on (0-based, blank lines counted). */
    public record Span(int start, int end, int line) {
    }

    /** Abbreviations after which a period never ends a sentence. */
    private static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "maj",
            "gov", "sen", "rep", "rev", "hon", "pres", "supt", "insp", "messrs", "mt", "ft", "fr", "vs", "v",
            "no", "nos", "fig", "approx", "dept", "est", "vol", "pp", "cf", "al");
    /** Abbreviations that end a sentence only when a typical sentence start follows. */
    private static final Set<String> ENDABLE = Set.of("inc", "corp", "ltd", "co", "jr", "sr", "etc", "bros", "plc", "llc");
    private static final Set<String> MONTHS = Set.of(
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
    /** Words that often start a sentence, used to resolve "U.S." and "Inc." at a sentence end. */
    private static final Set<String> STARTERS = Set.of(
            "the", "a", "an", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our",
            "this", "that", "these", "those", "there", "but", "and", "in", "on", "at", "for", "as", "if", "when",
            "while", "after", "before", "however", "meanwhile", "according", "mr", "mrs", "ms", "dr", "some",
            "many", "most", "officials", "one", "no", "yet", "still", "earlier", "later", "last", "since", "what");

    /** The longest word in {@link #TITLES}, {@link #ENDABLE} and {@link #MONTHS}. */
    private static final int LONGEST_ABBREVIATION = 6;

    private SentenceSplitter() {
    }

    /** Receives a text's sentences in order, as {@link #split(String, Sentences)} finds them. */
    @FunctionalInterface
    public interface Sentences {
        /** One sentence: {@code [start, end)} of the text, on line {@code line} (0-based). */
        void sentence(int start, int end, int line);
    }

    public static List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        split(text, (start, end, line) -> out.add(new Span(start, end, line)));
        return out;
    }

    /**
     * As {@link #split(String)}, each sentence handed to {@code out} as it is found: no
     * {@link Span} and no list, for callers that read every article (the name finder).
     */
    public static void split(String text, Sentences out) {
        int n = text.length();
        int lineStart = 0;
        int line = 0;
        while (lineStart <= n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            splitLine(text, lineStart, lineEnd, line, out);
            lineStart = lineEnd + 1;
            line++;
        }
    }

    private static void splitLine(String text, int from, int to, int line, Sentences out) {
        int segStart = skipSpaces(text, from, to);
        int i = segStart;
        while (i < to) {
            char c = text.charAt(i);
            if (!isTerminator(c)) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < to && isTerminator(text.charAt(j + 1))) {
                j++;
            }
            int k = j + 1;
            while (k < to && isCloser(text.charAt(k))) {
                k++;
            }
            if (k >= to) {
                break;
            }
            char after = text.charAt(k);
            if (Character.isWhitespace(after)) {
                int m = skipSpaces(text, k, to);
                if (m < to && endsHere(text, segStart, i, c, m, to)) {
                    add(text, segStart, k, line, out);
                    segStart = m;
                }
                i = m;
            } else if (c == '.' && j == i && k == i + 1 && Character.isUpperCase(after) && k + 1 < to
                    && Character.isLowerCase(text.charAt(k + 1)) && i >= 2
                    && Character.isLowerCase(text.charAt(i - 1)) && Character.isLetter(text.charAt(i - 2))) {
                add(text, segStart, k, line, out); // "North Korea.Monday": a lost space
                segStart = k;
                i = k;
            } else {
                i = k;
            }
        }
        add(text, segStart, to, line, out);
    }

    /** Whether the terminator at {@code at} ends the sentence, the next sentence starting at {@code next}. */
    private static boolean endsHere(String text, int segStart, int at, char terminator, int next, int to) {
        char nc = text.charAt(next);
        boolean opensLikeSentence = Character.isUpperCase(nc) || Character.isDigit(nc) || isOpener(nc);
        if (!opensLikeSentence) {
            return false;
        }
        if (terminator != '.') {
            return true;
        }
        // The word before the period.
        int ws = at;
        while (ws > segStart && (Character.isLetterOrDigit(text.charAt(ws - 1)) || text.charAt(ws - 1) == '.')) {
            ws--;
        }
        if (ws == at) {
            return true; // '.' after a quote or bracket
        }
        if (at - ws > LONGEST_ABBREVIATION && ws > segStart && !hasPeriod(text, ws, at)) {
            return true; // a long word, no abbreviation: decided without making a String of it
        }
        String word = text.substring(ws, at);
        if (ws == segStart && isAllDigits(word)) {
            return false; // list number "1."
        }
        String lower = word.toLowerCase();
        if (TITLES.contains(lower)) {
            return false;
        }
        if (MONTHS.contains(lower) && Character.isDigit(nc)) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return false; // an initial
        }
        if (word.indexOf('.') >= 0 || ENDABLE.contains(lower)) {
            return STARTERS.contains(nextWord(text, next, to));
        }
        return true;
    }

    private static String nextWord(String text, int from, int to) {
        int s = from;
        while (s < to && !Character.isLetterOrDigit(text.charAt(s))) {
            s++;
        }
        int e = s;
        while (e < to && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return text.substring(s, e).toLowerCase();
    }

    private static void add(String text, int start, int end, int line, Sentences out) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.sentence(start, end, line);
        }
    }

    private static int skipSpaces(String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        return from;
    }

    private static boolean hasPeriod(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == '.') {
                return true;
            }
        }
        return false;
    }

    private static boolean isAllDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u2026';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '\u201d' || c == '\u2019' || c == ')' || c == ']' || c == '\u00bb';
    }

    private static boolean isOpener(char c) {
        return c == '"' || c == '\'' || c == '\u201c' || c == '\u2018' || c == '(' || c == '[' || c == '\u00ab';
    }
}
