package io.wirewatch.analysis.entities;

/**
 * The features of one word for the statistical name finder: the {@link WordHashes} of a sentence
 * and a position in, feature hashes out (ints written to a buffer), each a template number mixed
 * with the values it combines. No strings are built; the weights of a feature are found at its
 * hash modulo the size of the weight table ({@link NameModel}).
 *
 * <p>Per word: the lower-cased words and the shapes at -2..+2, word bigrams, the shape trigram
 * around it, prefixes and suffixes, the word with its own shape and with its neighbours' shapes,
 * the gazetteer's type here and around, where it stands (sentence start, capitals-only sentence),
 * what the article says of it elsewhere, and what the finder called it earlier in the article.
 * Per pair of labels ({@link #transition}): the previous word's label, alone and with this word's
 * shape. Training and tagging both call these, so they cannot drift apart.
 */
final class NameFeatures {

    /** Upper bound of {@link #word}'s count. */
    static final int MAX = 48;

    /** Where a word stands and what the article says of it elsewhere: the flags a context key keeps. */
    private static final int WHERE = WordHashes.SENTENCE_START | WordHashes.CAPITALS_SENTENCE
            | WordHashes.CAPITALISED_ELSEWHERE | WordHashes.LOWER_CASE_ELSEWHERE;
    private static final int BEFORE_START = 0x51ab3e1d;
    private static final int AFTER_END = 0x2e7f9b43;

    private NameFeatures() {
    }

    /**
     * Writes the features of word {@code i} of the sentence {@code [first, last)} into {@code out};
     * {@code memory} is what the finder called this word earlier in the article (0 if nothing).
     * Returns how many were written.
     */
    static int word(WordHashes h, int first, int last, int i, int memory, int[] out) {
        int n = 0;
        int w0 = h.word(i);
        int s0 = h.shape(i);
        int wm1 = i - 1 >= first ? h.word(i - 1) : BEFORE_START;
        int wm2 = i - 2 >= first ? h.word(i - 2) : BEFORE_START;
        int wp1 = i + 1 < last ? h.word(i + 1) : AFTER_END;
        int wp2 = i + 2 < last ? h.word(i + 2) : AFTER_END;
        int sm1 = i - 1 >= first ? h.shape(i - 1) : BEFORE_START;
        int sm2 = i - 2 >= first ? h.shape(i - 2) : BEFORE_START;
        int sp1 = i + 1 < last ? h.shape(i + 1) : AFTER_END;
        int sp2 = i + 2 < last ? h.shape(i + 2) : AFTER_END;
        int gm1 = i - 1 >= first ? h.gazetteer(i - 1) : 0;
        int gp1 = i + 1 < last ? h.gazetteer(i + 1) : 0;
        int g0 = h.gazetteer(i);
        int flags = h.flags(i);
        int position = flags & (WordHashes.SENTENCE_START | WordHashes.CAPITALS_SENTENCE);
        int elsewhere = flags & (WordHashes.CAPITALISED_ELSEWHERE | WordHashes.LOWER_CASE_ELSEWHERE);

        if ((flags & WordHashes.UPPER) == 0 && g0 == 0) {
            // A lower-case word next to a capitalised one: nearly always outside names, or "of"
            // inside one ("Bank of England"). Its word and immediate context decide; a third of
            // the features keeps most of an article's words cheap.
            out[n++] = of(1, 0);
            out[n++] = of(2, w0);
            out[n++] = of(3, wm1);
            out[n++] = of(4, wp1);
            out[n++] = of(7, s0);
            out[n++] = of(8, sm1);
            out[n++] = of(9, sp1);
            out[n++] = of(12, wm1, w0);
            out[n++] = of(13, w0, wp1);
            out[n++] = of(14, of(sm1, s0), sp1);
            out[n++] = of(5, wm2);
            out[n++] = of(6, wp2);
            out[n++] = of(20, gm1);
            out[n++] = of(21, gp1);
            out[n++] = of(24, position, w0);
            out[n++] = of(41, sm1, w0);
            out[n++] = of(42, w0, sp1);
            return n;
        }
        out[n++] = of(1, 0);
        out[n++] = of(2, w0);
        out[n++] = of(3, wm1);
        out[n++] = of(4, wp1);
        out[n++] = of(5, wm2);
        out[n++] = of(6, wp2);
        out[n++] = of(7, s0);
        out[n++] = of(8, sm1);
        out[n++] = of(9, sp1);
        out[n++] = of(10, sm2);
        out[n++] = of(11, sp2);
        out[n++] = of(12, wm1, w0);
        out[n++] = of(13, w0, wp1);
        out[n++] = of(14, of(sm1, s0), sp1);
        out[n++] = of(15, w0, s0);
        out[n++] = of(16, wm1, s0);
        out[n++] = of(17, s0, wp1);
        out[n++] = of(18, wm2, s0);
        out[n++] = of(19, g0);
        out[n++] = of(20, gm1);
        out[n++] = of(21, gp1);
        out[n++] = of(22, g0, s0);
        out[n++] = of(23, position, s0);
        out[n++] = of(24, position, w0);
        out[n++] = of(25, elsewhere, s0);
        out[n++] = of(26, elsewhere | position, s0);
        out[n++] = of(27, memory);
        out[n++] = of(28, memory, s0);
        out[n++] = of(29, sm1, s0);
        out[n++] = of(30, s0, sp1);
        out[n++] = of(39, wm2, wm1);
        out[n++] = of(40, wp1, wp2);
        out[n++] = of(41, sm1, w0);
        out[n++] = of(42, w0, sp1);
        for (int k = 0; k < 2 * WordHashes.AFFIXES; k++) {
            int a = h.affix(i, k);
            if (a != 0) {
                out[n++] = of(31 + k, a);
            }
        }
        return n;
    }

    /** Ints of a {@link #contextKey}. */
    static final int KEY = 6;

    /**
     * Writes into {@code key[0, KEY)} everything the word's context features depend on: the
     * shapes from -2 to +2, the gazetteer's types here and beside, where the word stands and what
     * the article says of it elsewhere, and which of the two feature sets applies. Never all zero.
     * Words with equal keys have equal {@link #context} features, whatever their words: an
     * article's words fall into a few hundred such keys, far fewer than its words, so the decoder
     * sums their rows once per key.
     */
    static void contextKey(WordHashes h, int first, int last, int i, int[] key) {
        int g0 = h.gazetteer(i);
        int flags = h.flags(i);
        boolean lower = (flags & WordHashes.UPPER) == 0 && g0 == 0;
        int gm1 = i - 1 >= first ? h.gazetteer(i - 1) : 0;
        int gp1 = i + 1 < last ? h.gazetteer(i + 1) : 0;
        int sm1 = i - 1 >= first ? h.shape(i - 1) : BEFORE_START;
        int sp1 = i + 1 < last ? h.shape(i + 1) : AFTER_END;
        if (lower) {
            // The lower-case set reads neither the shapes two away nor where the word stands.
            key[0] = 1 | gm1 << 2 | gp1 << 12;
            key[1] = 0;
            key[5] = 0;
        } else {
            key[0] = 1 | 2 | gm1 << 2 | g0 << 7 | gp1 << 12 | (flags & WHERE) << 14;
            key[1] = i - 2 >= first ? h.shape(i - 2) : BEFORE_START;
            key[5] = i + 2 < last ? h.shape(i + 2) : AFTER_END;
        }
        key[2] = sm1;
        key[3] = h.shape(i);
        key[4] = sp1;
    }

    /**
     * Writes the features of a word that depend on its {@link #contextKey} alone (read from the
     * key, so they cannot depend on anything else) from {@code out[at]} on; returns how many.
     * With {@link #lexical}'s, exactly the features of {@link #word}.
     */
    static int context(int[] key, int[] out, int at) {
        int n = at;
        int meta = key[0];
        int gm1 = meta >>> 2 & 31;
        int gp1 = meta >>> 12 & 31;
        int sm1 = key[2];
        int s0 = key[3];
        int sp1 = key[4];
        out[n++] = of(1, 0);
        out[n++] = of(7, s0);
        out[n++] = of(8, sm1);
        out[n++] = of(9, sp1);
        out[n++] = of(14, of(sm1, s0), sp1);
        out[n++] = of(20, gm1);
        out[n++] = of(21, gp1);
        if ((meta & 2) == 0) {
            return n - at;
        }
        int g0 = meta >>> 7 & 31;
        int position = meta >>> 14 & (WordHashes.SENTENCE_START | WordHashes.CAPITALS_SENTENCE);
        int elsewhere = meta >>> 14 & (WordHashes.CAPITALISED_ELSEWHERE | WordHashes.LOWER_CASE_ELSEWHERE);
        out[n++] = of(10, key[1]);
        out[n++] = of(11, key[5]);
        out[n++] = of(19, g0);
        out[n++] = of(22, g0, s0);
        out[n++] = of(23, position, s0);
        out[n++] = of(25, elsewhere, s0);
        out[n++] = of(26, elsewhere | position, s0);
        out[n++] = of(29, sm1, s0);
        out[n++] = of(30, s0, sp1);
        return n - at;
    }

    /**
     * Writes the features of word {@code i} that depend on words, not only on its
     * {@link #contextKey}, from {@code out[at]} on; returns how many. {@code memory} as for
     * {@link #word}.
     */
    static int lexical(WordHashes h, int first, int last, int i, int memory, int[] out, int at) {
        int n = at;
        int w0 = h.word(i);
        int s0 = h.shape(i);
        int wm1 = i - 1 >= first ? h.word(i - 1) : BEFORE_START;
        int wm2 = i - 2 >= first ? h.word(i - 2) : BEFORE_START;
        int wp1 = i + 1 < last ? h.word(i + 1) : AFTER_END;
        int wp2 = i + 2 < last ? h.word(i + 2) : AFTER_END;
        int sm1 = i - 1 >= first ? h.shape(i - 1) : BEFORE_START;
        int sp1 = i + 1 < last ? h.shape(i + 1) : AFTER_END;
        int flags = h.flags(i);
        int position = flags & (WordHashes.SENTENCE_START | WordHashes.CAPITALS_SENTENCE);
        out[n++] = of(2, w0);
        out[n++] = of(3, wm1);
        out[n++] = of(4, wp1);
        out[n++] = of(5, wm2);
        out[n++] = of(6, wp2);
        out[n++] = of(12, wm1, w0);
        out[n++] = of(13, w0, wp1);
        out[n++] = of(24, position, w0);
        out[n++] = of(41, sm1, w0);
        out[n++] = of(42, w0, sp1);
        if ((flags & WordHashes.UPPER) == 0 && h.gazetteer(i) == 0) {
            return n - at;
        }
        out[n++] = of(15, w0, s0);
        out[n++] = of(16, wm1, s0);
        out[n++] = of(17, s0, wp1);
        out[n++] = of(18, wm2, s0);
        out[n++] = of(27, memory);
        out[n++] = of(28, memory, s0);
        out[n++] = of(39, wm2, wm1);
        out[n++] = of(40, wp1, wp2);
        for (int k = 0; k < 2 * WordHashes.AFFIXES; k++) {
            int a = h.affix(i, k);
            if (a != 0) {
                out[n++] = of(31 + k, a);
            }
        }
        return n - at;
    }

    /** The features tying word {@code i}'s label to the previous word's label {@code previous}. */
    static int transition(WordHashes h, int i, int previous, int[] out) {
        out[0] = of(60, previous);
        out[1] = of(61, previous, h.shape(i));
        return 2;
    }

    static int of(int template, int a) {
        return mix(a * 0x9E3779B1 + template * 0x85EBCA77);
    }

    static int of(int template, int a, int b) {
        return mix(mix(a * 0x9E3779B1 + template * 0x85EBCA77) + b * 0xC2B2AE3D);
    }

    /** MurmurHash3's finaliser: every input bit moves every output bit. */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }
}
