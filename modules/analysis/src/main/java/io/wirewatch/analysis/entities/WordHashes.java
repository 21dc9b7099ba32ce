package io.wirewatch.analysis.entities;

import io.wirewatch.model.EntityMention;
import java.util.Arrays;
import java.util.List;

/**
 * What the statistical name finder knows about each word of an article, computed once per word as
 * ints: a text, its {@link ArticleWords} and the gazetteer's mentions in; per word the hashes of
 * its lower-cased form, its shape ("Xx", "XX", "d-d"), its prefixes and suffixes of one to four
 * letters, a few flags, and its gazetteer type out. {@link NameFeatures} combines these into
 * features without building a string.
 *
 * <p>Flags say how the word is written (capitalised, in capitals, with a digit, punctuation), where
 * it stands (first of its sentence, in a sentence written in capitals such as a headline) and what
 * the rest of the article says about it: the same word written capitalised in mid-sentence
 * elsewhere (a name, not a sentence start), or in lower case elsewhere (a word, not a name).
 *
 * <p>A reusable buffer, one per thread; not thread-safe. Hashes are fixed functions of the
 * characters, the same in every JVM: the shipped weights depend on them.
 */
final class WordHashes {

    static final int CAPITALISED = 1;
    static final int CAPITALS = 1 << 1;
    static final int DIGIT = 1 << 2;
    static final int SENTENCE_START = 1 << 3;
    static final int CAPITALS_SENTENCE = 1 << 4;
    static final int CAPITALISED_ELSEWHERE = 1 << 5;
    static final int LOWER_CASE_ELSEWHERE = 1 << 6;
    static final int PUNCTUATION = 1 << 7;
    /** Any capital letter in the word ("Moscow", "eBay", "iPhone"). */
    static final int UPPER = 1 << 8;

    /** Prefixes and suffixes kept per word: lengths 1 to 4 of each. */
    static final int AFFIXES = 4;

    /**
     * Per ASCII character, what {@link #hash} needs of it in one int: the character lower-cased
     * (bits 0-7), its class in the word's shape (bits 8-15: 'x', 'X', 'd', or itself), and whether
     * it is a letter, a capital, a digit, a letter or digit (the bits below).
     */
    private static final int[] ASCII_CODE = new int[128];
    private static final int ASCII_LETTER = 16;
    private static final int ASCII_UPPER = 17;
    private static final int ASCII_DIGIT = 18;
    private static final int ASCII_ALNUM = 19;

    static {
        for (char c = 0; c < 128; c++) {
            int code;
            if (c >= 'a' && c <= 'z') {
                code = c | 'x' << 8 | 1 << ASCII_LETTER | 1 << ASCII_ALNUM;
            } else if (c >= 'A' && c <= 'Z') {
                code = (c + ('a' - 'A')) | 'X' << 8 | 1 << ASCII_LETTER | 1 << ASCII_UPPER | 1 << ASCII_ALNUM;
            } else if (c >= '0' && c <= '9') {
                code = c | 'd' << 8 | 1 << ASCII_DIGIT | 1 << ASCII_ALNUM;
            } else {
                code = c | c << 8;
            }
            ASCII_CODE[c] = code;
        }
    }

    private int[] word = new int[1024];
    private int[] shape = new int[1024];
    private int[] affix = new int[1024 * 2 * AFFIXES];
    private int[] flags = new int[1024];
    private int[] gazetteer = new int[1024];
    private final WordTable elsewhere = new WordTable();
    /** Letters and capitals of the sentence being hashed. */
    private int sentenceLetters;
    private int sentenceCapitals;
    /** The text being hashed, as an array: read without {@code String.charAt}'s checks. */
    private char[] chars = new char[8192];

    /**
     * Computes every word's values. {@code known} are gazetteer mentions of {@code text} in order of
     * position (offsets into {@code text}); may be empty.
     */
    WordHashes fill(String text, ArticleWords words, List<EntityMention> known) {
        int n = words.size();
        if (word.length < n) {
            int size = Math.max(n, word.length * 2);
            word = new int[size];
            shape = new int[size];
            affix = new int[size * 2 * AFFIXES];
            flags = new int[size];
            gazetteer = new int[size];
        }
        elsewhere.clear(n);
        if (chars.length < text.length()) {
            chars = new char[Math.max(text.length(), chars.length * 2)];
        }
        text.getChars(0, text.length(), chars, 0);
        for (int s = 0; s < words.sentences(); s++) {
            int first = words.first(s);
            int last = words.last(s);
            sentenceLetters = 0;
            sentenceCapitals = 0;
            for (int i = first; i < last; i++) {
                flags[i] = hash(chars, words.start(i), words.end(i), i);
            }
            // Most letters of the sentence capitals: a headline or a dateline, not a name.
            boolean capitals = sentenceLetters >= 6 && sentenceCapitals * 10 >= sentenceLetters * 8;
            for (int i = first; i < last; i++) {
                int f = flags[i];
                if (i == first) {
                    f |= SENTENCE_START;
                }
                if (capitals) {
                    f |= CAPITALS_SENTENCE;
                }
                flags[i] = f;
                // How the article writes the word where its case means something.
                if ((f & CAPITALISED) != 0 && i != first && !capitals) {
                    elsewhere.or(word[i], CAPITALISED_ELSEWHERE);
                } else if ((f & (CAPITALISED | PUNCTUATION | DIGIT)) == 0) {
                    elsewhere.or(word[i], LOWER_CASE_ELSEWHERE);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            flags[i] |= elsewhere.get(word[i]);
        }
        gazetteer(words, known);
        return this;
    }

    /** Hash of the lower-cased word. */
    int word(int i) {
        return word[i];
    }

    int shape(int i) {
        return shape[i];
    }

    /** Hash of the prefix ({@code k} in 0..3: length k+1) or suffix ({@code k} in 4..7), 0 if too short. */
    int affix(int i, int k) {
        return affix[i * 2 * AFFIXES + k];
    }

    int flags(int i) {
        return flags[i];
    }

    /**
     * 0 outside gazetteer mentions; else the mention's type (1..4), plus 4 for an alias (a demonym,
     * a capital, a short form: written otherwise than the canonical name), plus 8 after its first word.
     */
    int gazetteer(int i) {
        return gazetteer[i];
    }

    /**
     * A word no name can plausibly include: no capital letter and no gazetteer mention in it or
     * next to it ("said", "the", "," between lower-case words). The finder labels these O
     * without scoring them: most of an article's words, and the bulk of the work otherwise.
     */
    boolean plain(int i, int first, int last) {
        return ordinary(i) && (i == first || ordinary(i - 1)) && (i + 1 == last || ordinary(i + 1));
    }

    private boolean ordinary(int i) {
        return (flags[i] & UPPER) == 0 && gazetteer[i] == 0;
    }

    private int hash(char[] text, int start, int end, int i) {
        int h = 0x811c9dc5;
        int sh = 0x811c9dc5;
        int lastClass = 0;
        int letters = 0;
        int upper = 0;
        int kinds = 0; // ASCII_DIGIT and ASCII_ALNUM of any character
        int base = i * 2 * AFFIXES;
        int length = end - start;
        int prefixEnd = start + Math.min(AFFIXES, length);
        for (int k = start; k < end; k++) {
            char c = text[k];
            int lower;
            int cls;
            if (c < 128) {
                // Nearly every character of English news: one table load, no branch on its kind.
                int code = ASCII_CODE[c];
                lower = code & 0xff;
                cls = code >>> 8 & 0xff;
                letters += code >>> ASCII_LETTER & 1;
                upper += code >>> ASCII_UPPER & 1;
                kinds |= code;
            } else if (Character.isLetter(c)) {
                letters++;
                kinds |= 1 << ASCII_ALNUM;
                if (Character.isUpperCase(c)) {
                    upper++;
                    cls = 'X';
                } else {
                    cls = 'x';
                }
                lower = Character.toLowerCase(c);
            } else if (Character.isDigit(c)) {
                kinds |= 1 << ASCII_DIGIT | 1 << ASCII_ALNUM;
                cls = 'd';
                lower = c;
            } else {
                cls = c;
                lower = c;
            }
            h = (h ^ lower) * 0x01000193;
            if (k < prefixEnd) {
                affix[base + k - start] = nonZero(h); // the last one is undone below
            }
            if (cls != lastClass) {
                sh = (sh ^ cls) * 0x01000193;
                lastClass = cls;
            }
        }
        boolean digit = (kinds & 1 << ASCII_DIGIT) != 0;
        boolean alnum = (kinds & 1 << ASCII_ALNUM) != 0;
        // Prefixes are of one to four letters, never the whole word.
        for (int p = Math.min(AFFIXES, length - 1); p < AFFIXES; p++) {
            affix[base + p] = 0;
        }
        // Suffixes, read backwards so each is one more step of the same hash.
        int s = 0x01000193;
        for (int p = 0; p < AFFIXES; p++) {
            if (p + 1 < length) {
                char c = text[end - 1 - p];
                c = c < 128 ? (char) (ASCII_CODE[c] & 0xff) : Character.toLowerCase(c);
                s = (s ^ c) * 0x811c9dc5;
                affix[base + AFFIXES + p] = nonZero(s);
            } else {
                affix[base + AFFIXES + p] = 0;
            }
        }
        sentenceLetters += letters;
        sentenceCapitals += upper;
        word[i] = nonZero(h);
        shape[i] = nonZero(sh);
        int f = 0;
        char first = text[start];
        if (first < 128 ? first >= 'A' && first <= 'Z' : Character.isUpperCase(first)) {
            f |= CAPITALISED;
        }
        if (upper > 0) {
            f |= UPPER;
        }
        if (letters >= 2 && upper == letters) {
            f |= CAPITALS;
        }
        if (digit) {
            f |= DIGIT;
        }
        if (!alnum) {
            f |= PUNCTUATION;
        }
        return f;
    }

    private static int nonZero(int h) {
        return h == 0 ? 1 : h;
    }

    private void gazetteer(ArticleWords words, List<EntityMention> known) {
        int n = words.size();
        Arrays.fill(gazetteer, 0, n, 0);
        int w = 0;
        for (EntityMention m : known) {
            while (w < n && words.end(w) <= m.start()) {
                w++;
            }
            int code = NameLabels.typeCode(m.type()) + (alias(m) ? 4 : 0);
            for (int k = w; k < n && words.start(k) < m.end(); k++) {
                gazetteer[k] = code + (k == w ? 0 : 8);
            }
        }
    }

    /** Written otherwise than the canonical name (case aside): "Russian" for Russia, "Kim" for Kim Jong Un. */
    private static boolean alias(EntityMention m) {
        return !m.text().equals(m.canonical()) && !m.text().equalsIgnoreCase(m.canonical());
    }
}
