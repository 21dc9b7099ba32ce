package io.wirewatch.analysis.text;

import io.wirewatch.model.SignatureTerms;

/**
 * What prepare needs of each word of a tokenised text, worked out once per word and thread: a
 * token of a {@link Tokenizer.Tokens} in, the slot of its word out, from which its shingle hash,
 * term id, normalised form and term are read; a word seen before costs no String, no stemming and
 * no memory beyond one slot.
 *
 * <p>Why this layout: a 60,000-word vocabulary does not fit the processor's caches, so a word
 * not met lately costs a memory miss for every object its look-up touches. With an object per
 * word (its record, its characters to compare with the token) a look-up was three misses and the
 * largest item of prepare. Here the words live in one array of {@value #STRIDE} longs per slot
 * (the word's 64-bit hash, its String hash code and number, its term id and the id of its
 * normalised form), open-addressed by the 64-bit hash: a look-up reads one cache line. The token
 * is recognised by both its 64-bit FNV-1a hash ({@link MinHasher#wordHash}, which the MinHash
 * needs anyway) and its 32-bit String hash code, not by its characters: two distinct words
 * agreeing on both (96 bits of two unrelated hashes) would be taken for one, a chance far below
 * that of two terms sharing an id ({@link SignatureTerms#id}), which the document frequencies
 * already accept. The Strings (normalised form, term) sit in arrays by word number and are read
 * only when a caller asks for them.
 *
 * <p>{@link #words} looks up a whole text's tokens at once: it first reads the slot each token
 * hashes to, all independent loads the processor overlaps, so the look-ups proper find their
 * slots in the cache instead of waiting for memory one token after another.
 *
 * <p>The terms are exactly {@link Terms#term(Token)}'s. One instance per thread
 * ({@link #forThisThread}); at most {@value #LIMIT} words are kept, past that a word is worked out
 * each time it is met (in a slot of its own, valid until the next look-up).
 */
public final class WordTerms {

    static final int LIMIT = 200_000;
    private static final int STRIDE = 4;
    /** Offsets in a slot. */
    private static final int HASH = 0;
    private static final int CHECK = 1;
    private static final int TERM_ID = 2;
    private static final int NORM_ID = 3;
    private static final String US = "u.s";
    private static final long US_ID = SignatureTerms.id(US);
    private static final long US_HASH = MinHasher.wordHash("us");
    private static final ThreadLocal<WordTerms> PER_THREAD = ThreadLocal.withInitial(WordTerms::new);

    /**
     * The slots: per word its {@link MinHasher#wordHash} (0 marks an empty slot; a word hashing to
     * 0 is not kept), its String hash code in the low 32 bits of CHECK with its number above, its
     * term id (0 for none) and the id of its normalised form. Past the table, as many slots as a
     * look-up needs for words not kept (numbered -1, -2, ...), valid until the next look-up.
     */
    private long[] slots = new long[((1 << 14) + 16) * STRIDE];
    private int mask = (1 << 14) - 1;
    private int size;
    /**
     * By word number n: the normalised form at 2n, the term (null for none) at 2n + 1, side by
     * side so a token's term costs no memory miss beyond its form's.
     */
    private String[] strings = new String[1 << 14];
    /** Grown tables: slots handed out before are void. */
    private int generation;
    private long[] hashes = new long[1024];
    /** Keeps the loads of {@link #words}' first pass from being optimised away. */
    private long touched;
    /** The words not kept by the current look-up: form and term of word -1 - k at 2k and 2k + 1. */
    private String[] scratchStrings = new String[32];
    private int scratchUsed;

    private final int limit;

    WordTerms() {
        this(LIMIT);
    }

    /** A cache keeping at most {@code limit} words (tests try it full). */
    WordTerms(int limit) {
        this.limit = limit;
    }

    /** This thread's instance. */
    public static WordTerms forThisThread() {
        return PER_THREAD.get();
    }

    /**
     * The slots of all the tokens' words, {@code out[i]} for token {@code i} ({@code out} at least
     * as long as the tokens): what the other methods take, valid until the next look-up.
     */
    public void words(Tokenizer.Tokens tokens, int[] out) {
        int n = tokens.size();
        if (hashes.length < n) {
            hashes = new long[Math.max(n, hashes.length * 2)];
        }
        long[] h = hashes;
        for (int i = 0; i < n; i++) {
            h[i] = tokens.normWordHash(i);
        }
        scratchUsed = 0;
        long[] s = slots;
        int m = mask;
        long sum = 0;
        for (int i = 0; i < n; i++) {
            sum += s[(spread(h[i]) & m) * STRIDE];
        }
        touched += sum;
        int start = generation;
        for (int i = 0; i < n; i++) {
            out[i] = word(tokens, i, h[i]);
            if (generation != start) {
                // The table grew under the slots found so far: find them all again.
                start = generation;
                scratchUsed = 0;
                i = -1;
            }
        }
    }

    /** The slot of token {@code i}'s word: what the other methods take, valid until the next look-up. */
    public int word(Tokenizer.Tokens tokens, int i) {
        scratchUsed = 0;
        return word(tokens, i, tokens.normWordHash(i));
    }

    private int word(Tokenizer.Tokens tokens, int i, long hash) {
        int check = tokens.normHash(i);
        long[] s = slots;
        int slot = spread(hash) & mask;
        long at;
        while ((at = s[slot * STRIDE + HASH]) != 0) {
            if (at == hash && (int) s[slot * STRIDE + CHECK] == check) {
                return slot * STRIDE;
            }
            slot = (slot + 1) & mask;
        }
        String norm = tokens.norm(i);
        String term = norm.length() < 2 ? null : Terms.termOfWord(norm);
        long normId = SignatureTerms.id(norm);
        long termId = term == null ? 0 : term.equals(norm) ? normId : SignatureTerms.id(term);
        if (hash == 0 || size >= limit) {
            return fill(scratch(norm, term), hash, check, -1 - (scratchUsed - 1), termId, normId);
        }
        int number = size++;
        if (2 * number == strings.length) {
            strings = java.util.Arrays.copyOf(strings, strings.length * 2);
        }
        strings[2 * number] = norm;
        strings[2 * number + 1] = term;
        int at0 = fill(slot * STRIDE, hash, check, number, termId, normId);
        if (size * 2 > mask + 1) {
            grow();
            generation++;
            return find(hash, check);
        }
        return at0;
    }

    /** The word's 64-bit hash, of which MinHash shingles are made ({@link MinHasher#wordHash} of its normalised form). */
    public long shingleHash(int word) {
        return slots[word + HASH];
    }

    /** The word's normalised form, as {@link Token#norm()}. */
    public String norm(int word) {
        int number = number(word);
        return number < 0 ? scratchStrings[2 * (-1 - number)] : strings[2 * number];
    }

    /** Token {@code i}'s term ({@link Terms#term} of the token), null for none; {@code word} is its word's slot. */
    public String term(Tokenizer.Tokens tokens, int i, int word) {
        if (tokens.numeric(i)) {
            return norm(word);
        }
        if (tokens.allCaps(i) && isUs(word)) {
            return US;
        }
        int number = number(word);
        return number < 0 ? scratchStrings[2 * (-1 - number) + 1] : strings[2 * number + 1];
    }

    /** The {@link SignatureTerms#id} of {@link #term}, 0 for none. */
    public long termId(Tokenizer.Tokens tokens, int i, int word) {
        if (tokens.numeric(i)) {
            return slots[word + NORM_ID];
        }
        if (tokens.allCaps(i) && isUs(word)) {
            return US_ID;
        }
        return slots[word + TERM_ID];
    }

    /** Words kept (for tests). */
    int size() {
        return size;
    }

    private boolean isUs(int word) {
        return slots[word + HASH] == US_HASH && "us".equals(norm(word));
    }

    private int number(int word) {
        return (int) (slots[word + CHECK] >> 32);
    }

    /** A slot past the table for a word not kept, its strings noted. */
    private int scratch(String norm, String term) {
        int k = scratchUsed++;
        int at = (mask + 1 + k) * STRIDE;
        if (at + STRIDE > slots.length) {
            slots = java.util.Arrays.copyOf(slots, slots.length + Math.max(16, k) * STRIDE);
        }
        if (2 * k + 2 > scratchStrings.length) {
            scratchStrings = java.util.Arrays.copyOf(scratchStrings, scratchStrings.length * 2);
        }
        scratchStrings[2 * k] = norm;
        scratchStrings[2 * k + 1] = term;
        return at;
    }

    private int fill(int at, long hash, int check, int number, long termId, long normId) {
        slots[at + HASH] = hash;
        slots[at + CHECK] = (long) number << 32 | (check & 0xffffffffL);
        slots[at + TERM_ID] = termId;
        slots[at + NORM_ID] = normId;
        return at;
    }

    private int find(long hash, int check) {
        int slot = spread(hash) & mask;
        while (slots[slot * STRIDE + HASH] != hash || (int) slots[slot * STRIDE + CHECK] != check) {
            slot = (slot + 1) & mask;
        }
        return slot * STRIDE;
    }

    /** FNV-1a's low bits depend on few input bits: mixed before they pick a slot. */
    private static int spread(long hash) {
        long h = hash * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32);
    }

    private void grow() {
        long[] old = slots;
        int capacity = (mask + 1) * 2;
        slots = new long[(capacity + 16) * STRIDE];
        int oldEnd = (mask + 1) * STRIDE;
        mask = capacity - 1;
        for (int at = 0; at < oldEnd; at += STRIDE) {
            long hash = old[at + HASH];
            if (hash != 0) {
                int slot = spread(hash) & mask;
                while (slots[slot * STRIDE + HASH] != 0) {
                    slot = (slot + 1) & mask;
                }
                System.arraycopy(old, at, slots, slot * STRIDE, STRIDE);
            }
        }
    }
}
