package io.wirewatch.analysis.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into {@link Token}s: one hand-written pass over the characters, no regular
 * expressions, because every stage (entities, terms, shingles, claims) tokenises every article.
 *
 * <p>Hyphens and dashes separate tokens ("anti-aircraft" is two, "Kim Jong-un" matches
 * "Kim Jong Un"); apostrophes between letters stay inside ("O'Brien"), curly or straight; a
 * period stays inside single-letter acronyms ("U.S.") and decimals ("1.5"); a comma stays inside
 * digit groups ("10,000").
 */
public final class Tokenizer {

    private static final byte LOWER = 1;
    private static final byte UPPER = 2;
    private static final byte DIGIT = 3;
    /** Class of each ASCII character: a letter (lower or upper case), a digit, or 0 for neither. */
    private static final byte[] ASCII = new byte[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII[c] = LOWER;
            ASCII[c - 'a' + 'A'] = UPPER;
        }
        for (char c = '0'; c <= '9'; c++) {
            ASCII[c] = DIGIT;
        }
    }

    private Tokenizer() {
    }

    public static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>(Math.max(16, text.length() / 6));
        int n = text.length();
        int i = 0;
        StringBuilder sb = new StringBuilder(32);
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            sb.setLength(0);
            boolean numeric = Character.isDigit(c);
            boolean nonAscii = false;
            int letters = 0;
            int upper = 0;
            int j = i;
            while (j < n) {
                char d = text.charAt(j);
                int ascii = d < 128 ? ASCII[d] : 0;
                if (ascii != 0) {
                    // The common case, without the Unicode tables: the same answers for ASCII.
                    if (ascii != DIGIT) {
                        letters++;
                        if (ascii == UPPER) {
                            upper++;
                            d += 'a' - 'A';
                        }
                    }
                    sb.append(d);
                    j++;
                    continue;
                }
                if (d >= 128 && Character.isLetterOrDigit(d)) {
                    nonAscii = true;
                    if (Character.isLetter(d)) {
                        letters++;
                        if (Character.isUpperCase(d)) {
                            upper++;
                        }
                    }
                    sb.append(Character.toLowerCase(d));
                    j++;
                    continue;
                }
                char prev = text.charAt(j - 1);
                char next = j + 1 < n ? text.charAt(j + 1) : ' ';
                if (d == ',' && numeric && Character.isDigit(prev) && isDigitGroup(text, j + 1)) {
                    j++; // thousands separator: dropped
                    continue;
                }
                if (d == '.' && numeric && Character.isDigit(prev) && Character.isDigit(next)) {
                    sb.append('.');
                    j++;
                    continue;
                }
                if (d == '.' && Character.isLetter(prev) && (j - 1 == start || text.charAt(j - 2) == '.')
                        && Character.isLetter(next)
                        && (j + 2 >= n || !Character.isLetterOrDigit(text.charAt(j + 2)))) {
                    sb.append('.'); // acronym such as U.S. or e.g.
                    j++;
                    continue;
                }
                if (isApostrophe(d) && Character.isLetter(prev) && Character.isLetter(next)) {
                    sb.append('\'');
                    j++;
                    continue;
                }
                break;
            }
            int end = j;
            int len = sb.length();
            if (len > 2 && sb.charAt(len - 2) == '\'' && sb.charAt(len - 1) == 's') {
                sb.setLength(len - 2); // possessive: "Russia's" is Russia
                end -= 2;
            }
            String norm = nonAscii ? fold(sb) : sb.toString();
            out.add(new Token(norm, start, end, Character.isUpperCase(c), letters >= 2 && upper == letters, numeric));
            i = j;
        }
        return out;
    }

    /** Lower-cased, diacritics removed: what a name looks like in any outlet's spelling. */
    public static String normalise(String phrase) {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens(phrase)) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(t.norm());
        }
        return sb.toString();
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02bc';
    }

    private static boolean isDigitGroup(String text, int from) {
        if (from + 3 > text.length()) {
            return false;
        }
        for (int k = from; k < from + 3; k++) {
            if (!Character.isDigit(text.charAt(k))) {
                return false;
            }
        }
        return from + 3 == text.length() || !Character.isDigit(text.charAt(from + 3));
    }

    private static String fold(CharSequence s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(d.length());
        for (int k = 0; k < d.length(); k++) {
            char ch = d.charAt(k);
            if (Character.getType(ch) != Character.NON_SPACING_MARK) {
                out.append(ch);
            }
        }
        return out.toString();
    }
}
