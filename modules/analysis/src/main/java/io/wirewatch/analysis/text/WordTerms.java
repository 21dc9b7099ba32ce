package io.wirewatch.analysis.text;

import io.wirewatch.model.SignatureTerms;
import java.nio.charset.StandardCharsets;

/**
 * What prepare needs of each word of a tokenised text, worked out once per word and thread: a
 * token of a {@link Tokenizer.Tokens} in, its {@link Word} out (normalised form, term and term id,
 * shingle hash), found by the hash and characters the tokenizer already holds, so a word seen
 * before costs no String, no stemming and no hashing of its characters.
 *
 * <p>Why: prepare made a {@link Token} and a String per token, then looked the String up in
 * {@link Terms}' shared cache (hashing its characters) and hashed it again for the MinHash; with
 * a 60,000-word vocabulary those were a third of prepare's time.
 *
 * <p>The terms are exactly {@link Terms#term(Token)}'s. One instance per thread
 * ({@link #forThisThread}); at most {@value #LIMIT} words are kept, past that a word is worked out
 * each time it is met.
 */
public final class WordTerms {

    static final int LIMIT = 200_000;
    private static final String US = "u.s";
    private static final long US_ID = SignatureTerms.id(US);
    private static final ThreadLocal<WordTerms> PER_THREAD = ThreadLocal.withInitial(WordTerms::new);

    /**
     * One distinct normalised word.
     *
     * @param norm        the normalised form, as {@link Token#norm()}
     * @param term        its term as a word ({@link Terms#term} of a token that is neither a
     *                    number nor "US" in capitals), null for a stop word or a single letter
     * @param termId      {@link SignatureTerms#id} of {@code term}, 0 when there is none
     * @param normId      {@link SignatureTerms#id} of {@code norm}: the term id when the token is a number
     * @param shingleHash the word's 64-bit hash in MinHash shingles ({@link MinHasher#wordHash})
     * @param utf8        {@code norm} in UTF-8, what the content hash digests; not to be changed
     * @param normHash    {@code norm.hashCode()}
     * @param normChars   {@code norm}'s characters, what a token is compared with; not to be changed
     */
    public record Word(String norm, String term, long termId, long normId, long shingleHash, byte[] utf8,
                       int normHash, char[] normChars) {
    }

    /**
     * The words by slot, open-addressed by the norm's hash code. A lookup reads the slot, the Word
     * (whose hash code settles most collisions) and its characters: three places in memory, where
     * a separate array of hash codes and the norm String with its byte array made five, each a
     * cache miss for a word not met lately (most of this class's time).
     */
    private Word[] words = new Word[1 << 14];
    private int size;

    /** This thread's instance. */
    public static WordTerms forThisThread() {
        return PER_THREAD.get();
    }

    /** Token {@code i}'s word. */
    public Word word(Tokenizer.Tokens tokens, int i) {
        int h = tokens.normHash(i);
        int mask = words.length - 1;
        int slot = (h ^ (h >>> 16)) & mask;
        Word at;
        while ((at = words[slot]) != null) {
            if (at.normHash() == h && tokens.normEquals(i, at.normChars(), 0, at.normChars().length)) {
                return at;
            }
            slot = (slot + 1) & mask;
        }
        Word w = of(tokens.norm(i));
        if (size < LIMIT) {
            words[slot] = w;
            if (++size * 2 > words.length) {
                grow();
            }
        }
        return w;
    }

    /** Token {@code i}'s term ({@link Terms#term} of the token), null for none; {@code word} is its word. */
    public static String term(Tokenizer.Tokens tokens, int i, Word word) {
        if (tokens.numeric(i)) {
            return word.norm();
        }
        if (tokens.allCaps(i) && word.norm().equals("us")) {
            return US;
        }
        return word.term();
    }

    /** The {@link SignatureTerms#id} of {@link #term}, 0 for none. */
    public static long termId(Tokenizer.Tokens tokens, int i, Word word) {
        if (tokens.numeric(i)) {
            return word.normId();
        }
        if (tokens.allCaps(i) && word.norm().equals("us")) {
            return US_ID;
        }
        return word.termId();
    }

    private static Word of(String norm) {
        String term = norm.length() < 2 ? null : Terms.termOfWord(norm);
        return new Word(norm, term, term == null ? 0 : SignatureTerms.id(term), SignatureTerms.id(norm),
                MinHasher.wordHash(norm), norm.getBytes(StandardCharsets.UTF_8), norm.hashCode(), norm.toCharArray());
    }

    private void grow() {
        Word[] oldWords = words;
        words = new Word[oldWords.length * 2];
        int mask = words.length - 1;
        for (Word w : oldWords) {
            if (w != null) {
                int h = w.normHash();
                int slot = (h ^ (h >>> 16)) & mask;
                while (words[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                words[slot] = w;
            }
        }
    }
}
