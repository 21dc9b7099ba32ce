package io.wirewatch.analysis.entities;

/**
 * Splits a sentence into words and punctuation the way the CoNLL-2003 (Reuters) text is split,
 * so the statistical name finder sees at run time what it saw in training: a text range in, token
 * offsets appended to an {@link ArticleWords} out.
 *
 * <p>Whitespace separates; opening and closing punctuation, quotes and dashes are tokens of their
 * own; a final period stays with abbreviations ("U.S.", "Mr.", "Inc.") and goes elsewhere; a
 * possessive "'s" is its own token ("Russia" "'s"); hyphens stay inside words ("Jong-un"). One pass
 * over the characters, nothing allocated: every article goes through here.
 */
final class WordSpans {

    private static final String[] ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "jr", "sr", "inc", "corp",
        "co", "ltd", "gen", "lt", "col", "sgt", "capt", "sen", "rep", "gov", "prof", "no", "vs", "jan", "feb",
        "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "bros", "plc", "adm", "maj"};

    private WordSpans() {
    }

    /** Appends the tokens of {@code text[from, to)} to {@code out} (the sentence stays open). */
    static void split(String text, int from, int to, ArticleWords out) {
        split(text.toCharArray(), from, to, out);
    }

    /**
     * As {@link #split(String, int, int, ArticleWords)}, over the text's characters: the finder
     * reads each article's text from an array, without {@code String.charAt}'s checks per
     * character.
     */
    static void split(char[] text, int from, int to, ArticleWords out) {
        int i = from;
        while (i < to) {
            while (i < to && whitespace(text[i])) {
                i++;
            }
            int j = i;
            while (j < to && !whitespace(text[j])) {
                j++;
            }
            if (j > i) {
                chunk(text, i, j, out);
            }
            i = j;
        }
    }

    private static void chunk(char[] text, int start, int end, ArticleWords out) {
        int s = start;
        while (s < end && opening(text[s])) {
            out.add(s, s + 1);
            s++;
        }
        // The tail: closing marks, and a full stop that ends no abbreviation, one token each.
        int e = end;
        while (e > s) {
            char c = text[e - 1];
            if (closing(c) || c == '.' && !abbreviation(text, s, e)) {
                e--;
            } else {
                break;
            }
        }
        // Dashes inside ("missiles—North") separate words; hyphens do not.
        int w = s;
        for (int k = s; k < e; k++) {
            char c = text[k];
            if (c == '\u2014' || c == '\u2013' && !(k > s && Character.isDigit(text[k - 1]))) {
                word(text, w, k, out);
                out.add(k, k + 1);
                w = k + 1;
            }
        }
        word(text, w, e, out);
        for (int k = e; k < end; k++) {
            out.add(k, k + 1);
        }
    }

    private static void word(char[] text, int s, int e, ArticleWords out) {
        if (e <= s) {
            return;
        }
        if (e - s > 2 && (text[e - 1] == 's' || text[e - 1] == 'S')
                && apostrophe(text[e - 2])) {
            out.add(s, e - 2);
            out.add(e - 2, e);
            return;
        }
        out.add(s, e);
    }

    /** The word {@code text[s, e)}, ending in a period, is an abbreviation that keeps it. */
    private static boolean abbreviation(char[] text, int s, int e) {
        int bodyEnd = e - 1;
        if (bodyEnd <= s) {
            return false;
        }
        if (bodyEnd - s == 1 && Character.isUpperCase(text[s])) {
            return true; // J.
        }
        for (int k = s; k < bodyEnd; k++) {
            if (text[k] == '.') {
                return true; // U.S.
            }
        }
        if (bodyEnd - s > 4) {
            return false;
        }
        for (String a : ABBREVIATIONS) {
            if (a.length() == bodyEnd - s && matches(text, s, a)) {
                return true;
            }
        }
        return false;
    }

    /** {@code text[s, s + a.length())} is {@code a} (lower-case ASCII), case aside. */
    private static boolean matches(char[] text, int s, String a) {
        for (int k = 0; k < a.length(); k++) {
            char c = text[s + k];
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (lower != a.charAt(k) && Character.toLowerCase(Character.toUpperCase(c)) != a.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean opening(char c) {
        return c == '(' || c == '[' || c == '{' || c == '"' || c == '\u201c' || c == '\u2018' || c == '\''
                || c == '\u00ab';
    }

    private static boolean closing(char c) {
        return c == ')' || c == ']' || c == '}' || c == '"' || c == '\u201d' || c == '\u2019' || c == '\''
                || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\u00bb';
    }

    /** {@link Character#isWhitespace}, answering ASCII above the space without its tables. */
    private static boolean whitespace(char c) {
        return (c <= ' ' || c >= 128) && Character.isWhitespace(c);
    }

    private static boolean apostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02bc';
    }
}
