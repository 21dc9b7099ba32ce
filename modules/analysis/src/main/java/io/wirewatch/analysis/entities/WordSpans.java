package io.wirewatch.analysis.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a sentence into words and punctuation the way the CoNLL-2003 (Reuters) text is split,
 * so the statistical name finder sees at run time what it saw in training: a text in, tokens with
 * their offsets out.
 *
 * <p>Whitespace separates; opening and closing punctuation, quotes and dashes are tokens of their
 * own; a final period stays with abbreviations ("U.S.", "Mr.", "Inc.") and goes elsewhere; a
 * possessive "'s" is its own token ("Russia" "'s"); hyphens stay inside words ("Jong-un").
 */
final class WordSpans {

    /** A token: its text and {@code [start, end)} in the sentence. */
    record Word(String text, int start, int end) {
    }

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "jr", "sr", "inc", "corp",
            "co", "ltd", "gen", "lt", "col", "sgt", "capt", "sen", "rep", "gov", "prof", "no", "vs", "jan", "feb",
            "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "bros", "plc", "adm", "maj");

    private WordSpans() {
    }

    static List<Word> split(String text, int from, int to) {
        List<Word> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            while (i < to && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int j = i;
            while (j < to && !Character.isWhitespace(text.charAt(j))) {
                j++;
            }
            if (j > i) {
                chunk(text, i, j, out);
            }
            i = j;
        }
        return out;
    }

    private static void chunk(String text, int start, int end, List<Word> out) {
        int s = start;
        int e = end;
        while (s < e && opening(text.charAt(s))) {
            out.add(new Word(text.substring(s, s + 1), s, s + 1));
            s++;
        }
        List<Word> tail = new ArrayList<>();
        while (e > s) {
            char c = text.charAt(e - 1);
            if (closing(c)) {
                tail.add(0, new Word(text.substring(e - 1, e), e - 1, e));
                e--;
            } else if (c == '.' && !abbreviation(text, s, e)) {
                tail.add(0, new Word(".", e - 1, e));
                e--;
            } else {
                break;
            }
        }
        // Dashes inside ("missiles—North") separate words; hyphens do not.
        int w = s;
        for (int k = s; k < e; k++) {
            char c = text.charAt(k);
            if (c == '\u2014' || c == '\u2013' && !(k > s && Character.isDigit(text.charAt(k - 1)))) {
                word(text, w, k, out);
                out.add(new Word(text.substring(k, k + 1), k, k + 1));
                w = k + 1;
            }
        }
        word(text, w, e, out);
        out.addAll(tail);
    }

    private static void word(String text, int s, int e, List<Word> out) {
        if (e <= s) {
            return;
        }
        if (e - s > 2 && (text.charAt(e - 1) == 's' || text.charAt(e - 1) == 'S')
                && apostrophe(text.charAt(e - 2))) {
            out.add(new Word(text.substring(s, e - 2), s, e - 2));
            out.add(new Word(text.substring(e - 2, e), e - 2, e));
            return;
        }
        out.add(new Word(text.substring(s, e), s, e));
    }

    private static boolean abbreviation(String text, int s, int e) {
        String body = text.substring(s, e - 1);
        if (body.isEmpty()) {
            return false;
        }
        if (body.indexOf('.') >= 0 || body.length() == 1 && Character.isUpperCase(body.charAt(0))) {
            return true; // U.S., J.
        }
        return ABBREVIATIONS.contains(body.toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean opening(char c) {
        return c == '(' || c == '[' || c == '{' || c == '"' || c == '\u201c' || c == '\u2018' || c == '\''
                || c == '\u00ab';
    }

    private static boolean closing(char c) {
        return c == ')' || c == ']' || c == '}' || c == '"' || c == '\u201d' || c == '\u2019' || c == '\''
                || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\u00bb';
    }

    private static boolean apostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02bc';
    }
}
