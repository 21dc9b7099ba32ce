package io.wirewatch.analysis;

import io.wirewatch.analysis.text.ContentHash;
import io.wirewatch.analysis.text.MinHasher;
import io.wirewatch.analysis.text.SentenceSplitter;
import io.wirewatch.analysis.text.Tokenizer;
import io.wirewatch.analysis.text.WordTerms;
import io.wirewatch.model.Signature;
import io.wirewatch.model.SignatureTerms;
import java.util.Arrays;
import java.util.List;

/**
 * The {@link Signature} of one article at a time: its clean headline and body in (with the body's
 * sentences and their boilerplate verdicts), the content hash, the MinHash and the term counts
 * out, as {@link ArticlePreparer} describes them.
 *
 * <p>Works on the tokenizer's arrays ({@link Tokenizer.Tokens}) and each word's slot in
 * {@link WordTerms}: no {@code Token} or String per token, no hash map per article; the content
 * hash is digested from the tokenizer's characters; the terms come out as arrays with their ids
 * ({@link SignatureTerms}), in the order first met (the news tokens of the body, then the
 * headline), a term's String read only when the article meets it first. Terms are counted by id:
 * two terms of one article sharing a 64-bit id would be counted as one, as the document
 * frequencies would count them anyway. Buffers are reused from article to article, so one
 * instance per thread.
 */
final class ArticleSigner {

    private final Tokenizer.Tokens body = new Tokenizer.Tokens();
    private final Tokenizer.Tokens headline = new Tokenizer.Tokens();
    private final WordTerms wordTerms = WordTerms.forThisThread();

    private long[] shingleWords = new long[1024];
    /** The slots in {@link WordTerms} of the body's and the headline's words. */
    private int[] bodySlots = new int[1024];
    private int[] headlineSlots = new int[64];
    /**
     * The words of the headline, then of the body, for the topic rules: as the 64-bit hashes of
     * their normalised forms, which the word cache holds in the slot already read (their Strings
     * would cost a memory miss each, here and again in the topic rules).
     */
    private long[] words = new long[1024];
    private int wordCount;
    /** The article's distinct terms so far, with counts and ids, in the order first met. */
    private String[] terms = new String[512];
    private int[] counts = new int[512];
    private long[] ids = new long[512];
    private int distinct;
    /** Open-addressed positions of the terms by id: position + 1, 0 for an empty slot. */
    private int[] positions = new int[2048];
    /** The part of {@link #positions} in use for this article, minus one (sized to it, so clearing it stays cheap). */
    private int mask;

    Signature signature(String title, String text, List<SentenceSplitter.Span> spans, boolean[] boilerplate) {
        readBody(text);
        return signature(title, spans, boilerplate);
    }

    /**
     * Reads the body to be signed next, and returns its tokens (for the entity tagger, which must
     * not change them): prepare reads the body once for both.
     */
    Tokenizer.Tokens readBody(String text) {
        return body.read(text);
    }

    /** The signature of the body last {@linkplain #readBody read} (its sentences given) under {@code title}. */
    Signature signature(String title, List<SentenceSplitter.Span> spans, boolean[] boilerplate) {
        headline.read(title);
        int n = body.size();
        int m = headline.size();
        if (shingleWords.length < n) {
            shingleWords = new long[Math.max(n, shingleWords.length * 2)];
            bodySlots = new int[shingleWords.length];
        }
        if (headlineSlots.length < m) {
            headlineSlots = new int[Math.max(m, headlineSlots.length * 2)];
        }
        if (words.length < n + m) {
            words = new long[Math.max(n + m, words.length * 2)];
        }
        wordCount = n + m;
        startCounting(n + m);

        // Tokens of the sentences that are news; all tokens when every sentence is boilerplate.
        boolean anyNews = false;
        int span = 0;
        for (int i = 0; i < n; i++) {
            int start = body.start(i);
            while (span < spans.size() && spans.get(span).end() <= start) {
                span++;
            }
            boolean inSpan = span < spans.size() && spans.get(span).start() <= start;
            if (!inSpan || !boilerplate[span]) {
                anyNews = true;
                break;
            }
        }
        int shingled = 0;
        span = 0;
        wordTerms.words(body, bodySlots);
        for (int i = 0; i < n; i++) {
            int w = bodySlots[i];
            words[m + i] = wordTerms.shingleHash(w);
            if (anyNews) {
                int start = body.start(i);
                while (span < spans.size() && spans.get(span).end() <= start) {
                    span++;
                }
                boolean inSpan = span < spans.size() && spans.get(span).start() <= start;
                if (inSpan && boilerplate[span]) {
                    continue;
                }
            }
            shingleWords[shingled++] = wordTerms.shingleHash(w);
            count(body, i, w);
        }
        // The headline's words are looked up after the body's are used: slots hold until the next look-up.
        wordTerms.words(headline, headlineSlots);
        for (int i = 0; i < m; i++) {
            int w = headlineSlots[i];
            words[i] = wordTerms.shingleHash(w);
            count(headline, i, w);
        }
        String contentHash = ContentHash.of(body, headline);
        Signature signature = new Signature(contentHash, MinHasher.signature(shingleWords, shingled),
                SignatureTerms.of(terms, counts, ids, distinct));
        Arrays.fill(terms, 0, distinct, null);
        return signature;
    }

    /**
     * The {@link io.wirewatch.analysis.text.MinHasher#wordHash}es of the normalised words of the
     * last article signed, its headline's then its body's (as
     * {@code Tokenizer.tokens(title + "\n" + text)} would give them), the first {@link #wordCount}
     * of the array; overwritten by the next article.
     */
    long[] words() {
        return words;
    }

    int wordCount() {
        return wordCount;
    }

    private void startCounting(int tokens) {
        distinct = 0;
        if (terms.length < tokens) {
            int size = Math.max(tokens, terms.length * 2);
            terms = new String[size];
            counts = new int[size];
            ids = new long[size];
        }
        int capacity = Integer.highestOneBit(Math.max(16, tokens * 2) - 1) << 1;
        if (positions.length < capacity) {
            positions = new int[capacity];
        } else {
            Arrays.fill(positions, 0, capacity, 0);
        }
        mask = capacity - 1;
    }

    /** Counts token {@code i}'s term, if it has one. */
    private void count(Tokenizer.Tokens tokens, int i, int w) {
        long id = wordTerms.termId(tokens, i, w);
        if (id == 0) {
            return;
        }
        int slot = (int) id & mask;
        int at;
        while ((at = positions[slot]) != 0) {
            int k = at - 1;
            if (ids[k] == id) {
                counts[k]++;
                return;
            }
            slot = (slot + 1) & mask;
        }
        terms[distinct] = wordTerms.term(tokens, i, w);
        counts[distinct] = 1;
        ids[distinct] = id;
        positions[slot] = ++distinct;
    }
}
