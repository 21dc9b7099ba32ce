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

    /**
     * Per ASCII letter or digit, all a token's inner loop needs in one load: the character
     * lower-cased (bits 0-15), whether it is a letter (bit 16) and a capital (bit 17); 0 for the
     * rest. Adding these bits up instead of branching on each character's case keeps the loop
     * free of branches the processor cannot predict (the capital that opens a name).
     */
    private static final int[] ASCII_CODE = new int[128];
    private static final int LETTER_BIT = 16;
    private static final int UPPER_BIT = 17;

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII[c] = LOWER;
            ASCII[c - 'a' + 'A'] = UPPER;
            ASCII_CODE[c] = c | 1 << LETTER_BIT;
            ASCII_CODE[c - 'a' + 'A'] = c | 1 << LETTER_BIT | 1 << UPPER_BIT;
        }
        for (char c = '0'; c <= '9'; c++) {
            ASCII[c] = DIGIT;
            ASCII_CODE[c] = c;
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
        /** Where {@link #continueToken} leaves the state of the token at its end. */
        private int scanUsed;
        private int scanHash;
        private int scanLetters;
        private int scanUpper;
        private boolean scanNonAscii;

        /** Tokenises {@code text}, as {@link Tokenizer} describes. */
        public Tokens read(String text) {
            size = 0;
            int n = text.length();
            // One copy of the text into an array: the loops below then read plain chars, without
            // String.charAt's checks on every character.
            if (text.length() > input.length) {
                input = new char[Math.max(n, input.length * 2)];
            }
            char[] in = input;
            text.getChars(0, n, in, 0);
            ensureChars(n);
            int used = 0;
            int i = 0;
            while (i < n) {
                char c = in[i];
                if (c < 128 ? ASCII[c] == 0 : !Character.isLetterOrDigit(c)) {
                    i++;
                    continue;
                }
                char[] out = chars;
                int from = used;
                int letters = 0;
                int upper = 0;
                int h = 0; // the String hash of the normalised form, as it grows
                int j = i;
                // The common case first, in a loop of its own: ASCII letters and digits, without
                // the Unicode tables and without a branch on case. The rest (accents, "U.S.",
                // "O'Brien", "1.5") is left to continueToken, so that whatever text the JIT saw
                // first, this loop stays small.
                while (j < n) {
                    char d = in[j];
                    int code = d < 128 ? ASCII_CODE[d] : 0;
                    if (code == 0) {
                        break;
                    }
                    char lower = (char) code;
                    letters += code >>> LETTER_BIT & 1;
                    upper += code >>> UPPER_BIT;
                    out[used++] = lower;
                    h = 31 * h + lower;
                    j++;
                }
                boolean numeric = c < 128 ? ASCII[c] == DIGIT : Character.isDigit(c);
                boolean nonAscii = false;
                if (j < n && mayContinue(in[j])) {
                    j = continueToken(text, n, i, j, used, h, letters, upper, numeric);
                    used = scanUsed;
                    h = scanHash;
                    letters = scanLetters;
                    upper = scanUpper;
                    nonAscii = scanNonAscii;
                    out = chars;
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
                }
                if (nonAscii || possessive) {
                    h = hash(from, used);
                }
                boolean capitalised = c < 128 ? ASCII[c] == UPPER : Character.isUpperCase(c);
                add(i, stop, from, used, h, capitalised, letters >= 2 && upper == letters, numeric);
                i = j;
            }
            normFrom[size] = used;
            return this;
        }

        /** A character after a run of ASCII letters and digits that may still belong to the token. */
        private static boolean mayContinue(char d) {
            return d >= 128 || d == '.' || d == ',' || d == '\'';
        }

        /**
         * The rest of the token begun at {@code begin}, from {@code j} on, with the state of the
         * token so far: every character a token may hold. Returns where the token ends; the state
         * at its end is left in the scan fields.
         */
        private int continueToken(String text, int n, int begin, int j, int used, int h, int letters, int upper,
                boolean numeric) {
            char[] in = input;
            char[] out = chars;
            boolean nonAscii = false;
            while (j < n) {
                char d = in[j];
                int code = d < 128 ? ASCII_CODE[d] : 0;
                if (code != 0) {
                    char lower = (char) code;
                    letters += code >>> LETTER_BIT & 1;
                    upper += code >>> UPPER_BIT;
                    out[used++] = lower;
                    h = 31 * h + lower;
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
            scanUsed = used;
            scanHash = h;
            scanLetters = letters;
            scanUpper = upper;
            scanNonAscii = nonAscii;
            return j;
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

        /**
         * {@link MinHasher#wordHash} of token {@code i}'s normalised form, without making the String.
         */
        public long normWordHash(int i) {
            return MinHasher.wordHash(chars, normFrom[i], normFrom[i + 1]);
        }

        /**
         * Writes token {@code i}'s normalised form in UTF-8 (as {@code norm(i).getBytes(UTF_8)}) to
         * {@code out} from {@code at}, which must have room for three bytes per character; returns
         * where it ends.
         */
        int normUtf8(int i, byte[] out, int at) {
            int from = normFrom[i];
            int to = normFrom[i + 1];
            for (int k = from; k < to; k++) {
                char c = chars[k];
                if (c >= 0x80) {
                    // Rare in news (accents are folded away): the JDK's encoder, exactly as before.
                    byte[] utf8 = norm(i).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    System.arraycopy(utf8, 0, out, at - (k - from), utf8.length);
                    return at - (k - from) + utf8.length;
                }
                out[at++] = (byte) c;
            }
            return at;
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
