package io.wirewatch.analysis.text;

import java.nio.CharBuffer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
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

    /** Each thread's buffer for {@link #tokens}: the scan itself allocates nothing. */
    private static final ThreadLocal<Tokens> SCRATCH = ThreadLocal.withInitial(Tokens::new);

    public static List<Token> tokens(String text) {
        Tokens scanned = SCRATCH.get().read(text);
        List<Token> out = new ArrayList<>(Math.max(16, scanned.size()));
        for (int i = 0; i < scanned.size(); i++) {
            out.add(scanned.token(i));
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

    /**
     * The tokens of one text at a time, in reusable arrays instead of a {@link Token} and a
     * String per word: a text in ({@link #read(String)}, or tokens already made,
     * {@link #read(List)}), per token its offsets, how it is written and its normalised form out,
     * the form as characters with its String hash ({@link #normHash}), so a lookup by word needs
     * no String. What {@link Tokenizer#tokens} returns is built from this, so both always agree.
     *
     * <p>Reused per thread (each {@code read} overwrites what it held); not thread-safe.
     */
    public static final class Tokens {

        private static final byte CAPITALISED = 1;
        private static final byte ALL_CAPS = 2;
        private static final byte NUMERIC = 4;

        private int size;
        private int[] start = new int[1024];
        private int[] end = new int[1024];
        private byte[] flags = new byte[1024];
        private int[] hash = new int[1024];
        /** normFrom[i] is where token i's normalised form starts in {@link #chars}; normFrom[size] is the end. */
        private int[] normFrom = new int[1025];
        private char[] chars = new char[8192];
        /** The text being read, as an array. */
        private char[] input = new char[8192];

        /** Tokenises {@code text}, as {@link Tokenizer} describes. */
        public Tokens read(String text) {
            size = 0;
            int n = text.length();
            // One copy of the text into an array: the loop below then reads plain chars, without
            // String.charAt's checks on every character.
            if (text.length() > input.length) {
                input = new char[Math.max(n, input.length * 2)];
            }
            char[] in = input;
            text.getChars(0, n, in, 0);
            ensureChars(n);
            char[] out = chars;
            int used = 0;
            int i = 0;
            while (i < n) {
                char c = in[i];
                if (c < 128 ? ASCII[c] == 0 : !Character.isLetterOrDigit(c)) {
                    i++;
                    continue;
                }
                int begin = i;
                int from = used;
                boolean numeric = c < 128 ? ASCII[c] == DIGIT : Character.isDigit(c);
                boolean nonAscii = false;
                int letters = 0;
                int upper = 0;
                int h = 0; // the String hash of the normalised form, as it grows
                int j = i;
                while (j < n) {
                    char d = in[j];
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
                        out[used++] = d;
                        h = 31 * h + d;
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
                        out[used++] = Character.toLowerCase(d);
                        j++;
                        continue;
                    }
                    char prev = in[j - 1];
                    char next = j + 1 < n ? in[j + 1] : ' ';
                    char kept;
                    if (d == ',' && numeric && Character.isDigit(prev) && isDigitGroup(text, j + 1)) {
                        j++; // thousands separator: dropped
                        continue;
                    } else if (d == '.' && numeric && Character.isDigit(prev) && Character.isDigit(next)) {
                        kept = '.';
                    } else if (d == '.' && Character.isLetter(prev) && (j - 1 == begin || in[j - 2] == '.')
                            && Character.isLetter(next)
                            && (j + 2 >= n || !Character.isLetterOrDigit(in[j + 2]))) {
                        kept = '.'; // acronym such as U.S. or e.g.
                    } else if (isApostrophe(d) && Character.isLetter(prev) && Character.isLetter(next)) {
                        kept = '\'';
                    } else {
                        break;
                    }
                    out[used++] = kept;
                    h = 31 * h + kept;
                    j++;
                }
                int stop = j;
                boolean possessive = used - from > 2 && out[used - 2] == '\'' && out[used - 1] == 's';
                if (possessive) {
                    used -= 2; // possessive: "Russia's" is Russia
                    stop -= 2;
                }
                if (nonAscii) {
                    used = refold(from, used);
                    ensureChars(used + n - j); // folding may lengthen (Hangul): room for the rest
                    out = chars;
                }
                if (nonAscii || possessive) {
                    h = hash(from, used);
                }
                add(begin, stop, from, used, h, Character.isUpperCase(c), letters >= 2 && upper == letters, numeric);
                i = j;
            }
            normFrom[size] = used;
            return this;
        }

        /** Holds {@code tokens} (of one text) as if they had been read here. */
        public Tokens read(List<Token> tokens) {
            size = 0;
            int used = 0;
            for (Token t : tokens) {
                String norm = t.norm();
                ensureChars(used + norm.length());
                norm.getChars(0, norm.length(), chars, used);
                add(t.start(), t.end(), used, used + norm.length(), norm.hashCode(), t.capitalised(), t.allCaps(),
                        t.numeric());
                used += norm.length();
            }
            normFrom[size] = used;
            return this;
        }

        public int size() {
            return size;
        }

        /** Offset of token {@code i}'s first character in the text. */
        public int start(int i) {
            return start[i];
        }

        /** Offset just past token {@code i} as written, before a possessive "'s". */
        public int end(int i) {
            return end[i];
        }

        public boolean capitalised(int i) {
            return (flags[i] & CAPITALISED) != 0;
        }

        public boolean allCaps(int i) {
            return (flags[i] & ALL_CAPS) != 0;
        }

        public boolean numeric(int i) {
            return (flags[i] & NUMERIC) != 0;
        }

        /** {@code norm(i).hashCode()}, without making the String. */
        public int normHash(int i) {
            return hash[i];
        }

        public int normLength(int i) {
            return normFrom[i + 1] - normFrom[i];
        }

        /** Whether token {@code i}'s normalised form is {@code word}. */
        public boolean normEquals(int i, String word) {
            int from = normFrom[i];
            int length = normFrom[i + 1] - from;
            if (word.length() != length) {
                return false;
            }
            for (int k = 0; k < length; k++) {
                if (chars[from + k] != word.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        /** Whether token {@code i}'s normalised form is {@code chars[from, from + length)}. */
        public boolean normEquals(int i, char[] word, int from, int length) {
            int start = normFrom[i];
            return normFrom[i + 1] - start == length
                    && Arrays.equals(chars, start, start + length, word, from, from + length);
        }

        /** Token {@code i}'s normalised form (a new String). */
        public String norm(int i) {
            return new String(chars, normFrom[i], normFrom[i + 1] - normFrom[i]);
        }

        /** Token {@code i} as a {@link Token}. */
        public Token token(int i) {
            return new Token(norm(i), start[i], end[i], capitalised(i), allCaps(i), numeric(i));
        }

        private void add(int begin, int stop, int from, int to, int h, boolean capitalised, boolean allCaps,
                boolean numeric) {
            if (size + 1 == start.length) {
                int grown = start.length * 2;
                start = Arrays.copyOf(start, grown);
                end = Arrays.copyOf(end, grown);
                flags = Arrays.copyOf(flags, grown);
                hash = Arrays.copyOf(hash, grown);
                normFrom = Arrays.copyOf(normFrom, grown + 1);
            }
            start[size] = begin;
            end[size] = stop;
            flags[size] = (byte) ((capitalised ? CAPITALISED : 0) | (allCaps ? ALL_CAPS : 0) | (numeric ? NUMERIC : 0));
            hash[size] = h;
            normFrom[size] = from;
            size++;
        }

        /** String.hashCode of {@code chars[from, to)}. */
        private int hash(int from, int to) {
            int h = 0;
            for (int k = from; k < to; k++) {
                h = 31 * h + chars[k];
            }
            return h;
        }

        /** Folds {@code chars[from, to)} in place; returns the new end. */
        private int refold(int from, int to) {
            String folded = fold(CharBuffer.wrap(chars, from, to - from));
            ensureChars(from + folded.length());
            folded.getChars(0, folded.length(), chars, from);
            return from + folded.length();
        }

        private void ensureChars(int length) {
            if (chars.length < length) {
                chars = Arrays.copyOf(chars, Math.max(length, chars.length * 2));
            }
        }
    }
}
