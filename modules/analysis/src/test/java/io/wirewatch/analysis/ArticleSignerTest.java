package io.wirewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.analysis.text.ContentHash;
import io.wirewatch.analysis.text.MinHasher;
import io.wirewatch.analysis.text.SentenceSplitter;
import io.wirewatch.analysis.text.Terms;
import io.wirewatch.analysis.text.Token;
import io.wirewatch.analysis.text.Tokenizer;
import io.wirewatch.analysis.text.Boilerplate;
import io.wirewatch.model.Article;
import io.wirewatch.model.Signature;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The signer gives exactly the signature the token-by-token way gives (Token objects, Terms.term,
 * MinHash of the word strings, content hash of the joined words), which stored state was made of.
 */
class ArticleSignerTest {

    private static final String[] WORDS = {"The", "US", "us", "U.S.", "said", "defence", "Defense", "three", "3",
            "10,000", "1.5", "Café", "naïve", "Kim", "Jong-un", "O'Brien", "missiles", "a", "I", "6th", "Read",
            "click", "here", "Pyongyang", "Zürich", "don't", "€5", "…", "2026", "programme", "x", "missile", "Interest",
            "rates", "test-launch", "U.S", "10,", "000"};

    @Test
    void signsAsTheTokenByTokenWay() {
        SplittableRandom random = new SplittableRandom(5);
        for (int article = 0; article < 300; article++) {
            // Given a headline and a body of random words, some too short to stand alone, some boilerplate
            String title = words(random, 1 + random.nextInt(9));
            StringBuilder body = new StringBuilder();
            int sentences = random.nextInt(6);
            for (int s = 0; s < sentences; s++) {
                body.append(random.nextInt(5) == 0 ? "Click here to read more. " : words(random, 1 + random.nextInt(20)) + ". ");
            }
            Article prepared = Fixtures.preparer().prepare(Fixtures.raw("a" + article, title, body.toString(), Fixtures.T0));

            // Then the signature is the one the token-by-token way gives
            Signature expected = tokenByToken(prepared.title(), prepared.text());
            assertThat(prepared.signature().contentHash()).as("article %d", article).isEqualTo(expected.contentHash());
            assertThat(prepared.signature().minHash()).isEqualTo(expected.minHash());
            assertThat(prepared.signature().terms()).isEqualTo(expected.terms());
            for (int i = 0; i < prepared.signature().termArrays().size(); i++) {
                assertThat(prepared.signature().termArrays().id(i))
                        .isEqualTo(io.wirewatch.model.SignatureTerms.id(prepared.signature().termArrays().term(i)));
            }
            // And the topics are those of the headline and text tokenised together
            assertThat(prepared.topics()).as("article %d", article)
                    .isEqualTo(Fixtures.topics().match(prepared.title() + "\n" + prepared.text(), prepared.entities()));
        }
    }

    @Test
    void leavesTheWordsOfHeadlineAndTextTokenisedTogether() {
        SplittableRandom random = new SplittableRandom(11);
        ArticleSigner signer = new ArticleSigner();
        for (int article = 0; article < 300; article++) {
            // Given a headline and a text of random words, the headline ending in what might join the text
            String title = words(random, random.nextInt(6)) + (random.nextBoolean() ? " U." : " 10,");
            String text = words(random, random.nextInt(40));
            List<SentenceSplitter.Span> spans = SentenceSplitter.split(text);

            // When the signer signs them
            signer.signature(title, text, spans, Boilerplate.mark(text, spans));

            // Then its words are (the hashes of) the normalised tokens of headline and text read as one
            long[] expected = Tokenizer.tokens(title + "\n" + text).stream().map(Token::norm)
                    .mapToLong(MinHasher::wordHash).toArray();
            assertThat(java.util.Arrays.copyOf(signer.words(), signer.wordCount()))
                    .as("article %d", article).isEqualTo(expected);
        }
    }

    @Test
    void theSeedsSignAsTheTokenByTokenWay() {
        for (Article seed : List.of(Fixtures.seedA(), Fixtures.seedB())) {
            Signature expected = tokenByToken(seed.title(), seed.text());
            assertThat(seed.signature().contentHash()).isEqualTo(expected.contentHash());
            assertThat(seed.signature().minHash()).isEqualTo(expected.minHash());
            assertThat(seed.signature().terms()).isEqualTo(expected.terms());
        }
    }

    private static String words(SplittableRandom random, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }

    /** The signature as prepare made it before the signer. */
    private static Signature tokenByToken(String title, String text) {
        List<SentenceSplitter.Span> spans = SentenceSplitter.split(text);
        boolean[] boilerplate = Boilerplate.mark(text, spans);
        List<Token> tokens = Tokenizer.tokens(text);
        List<Token> titleTokens = Tokenizer.tokens(title);
        String contentHash = ContentHash.of(tokens, titleTokens);
        List<Token> news = new ArrayList<>();
        int span = 0;
        for (Token t : tokens) {
            while (span < spans.size() && spans.get(span).end() <= t.start()) {
                span++;
            }
            boolean inSpan = span < spans.size() && spans.get(span).start() <= t.start();
            if (!inSpan || !boilerplate[span]) {
                news.add(t);
            }
        }
        if (news.isEmpty()) {
            news = tokens;
        }
        List<String> shingleWords = new ArrayList<>();
        Map<String, Integer> terms = new HashMap<>();
        for (Token t : news) {
            shingleWords.add(t.norm());
            String term = Terms.term(t);
            if (term != null) {
                terms.merge(term, 1, Integer::sum);
            }
        }
        for (Token t : titleTokens) {
            String term = Terms.term(t);
            if (term != null) {
                terms.merge(term, 1, Integer::sum);
            }
        }
        return new Signature(contentHash, MinHasher.signature(shingleWords), terms);
    }
}
