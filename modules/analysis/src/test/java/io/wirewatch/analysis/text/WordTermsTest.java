package io.wirewatch.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.SignatureTerms;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The word cache gives each token what the token-by-token way gives, before and after its table grows. */
class WordTermsTest {

    private static final String[] SPECIAL = {"US", "us", "U.S.", "3", "10,000", "1.5", "Café", "naïve", "Zürich",
            "O'Brien", "a", "I", "the", "defence", "Defense", "programmes", "한국", "ﬁnance", "Russia's"};

    @Test
    void givesEachTokenItsTermIdsAndHashes() {
        // Given a fresh cache and enough distinct words to make its table grow several times
        WordTerms cache = new WordTerms();
        SplittableRandom random = new SplittableRandom(7);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 60_000; i++) {
            text.append(i % 10 == 0 ? SPECIAL[random.nextInt(SPECIAL.length)] : word(random)).append(' ');
        }
        Tokenizer.Tokens tokens = new Tokenizer.Tokens().read(text.toString());

        // When every token is looked up twice (first worked out, then found)
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < tokens.size(); i++) {
                int w = cache.word(tokens, i);
                Token t = tokens.token(i);

                // Then the cache agrees with Terms, SignatureTerms and MinHasher
                String term = Terms.term(t);
                assertThat(cache.norm(w)).isEqualTo(t.norm());
                assertThat(cache.shingleHash(w)).isEqualTo(MinHasher.wordHash(t.norm()));
                assertThat(cache.term(tokens, i, w)).as(t.norm()).isEqualTo(term);
                assertThat(cache.termId(tokens, i, w)).isEqualTo(term == null ? 0 : SignatureTerms.id(term));
            }
        }
        assertThat(cache.size()).isGreaterThan(20_000);
    }

    @Test
    void looksUpAWholeTextAtOnceEvenWhenFull() {
        SplittableRandom random = new SplittableRandom(17);
        for (int limit : new int[] {50, 5_000, WordTerms.LIMIT}) {
            // Given a cache that keeps at most `limit` words, and texts with more distinct words than that
            WordTerms cache = new WordTerms(limit);
            for (int text = 0; text < 20; text++) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < 2_000; i++) {
                    sb.append(i % 10 == 0 ? SPECIAL[random.nextInt(SPECIAL.length)] : word(random)).append(' ');
                }
                Tokenizer.Tokens tokens = new Tokenizer.Tokens().read(sb.toString());

                // When all its tokens are looked up at once
                int[] slots = new int[tokens.size()];
                cache.words(tokens, slots);

                // Then every slot holds its own token's word, kept or not
                for (int i = 0; i < tokens.size(); i++) {
                    Token t = tokens.token(i);
                    String term = Terms.term(t);
                    assertThat(cache.norm(slots[i])).isEqualTo(t.norm());
                    assertThat(cache.shingleHash(slots[i])).isEqualTo(MinHasher.wordHash(t.norm()));
                    assertThat(cache.term(tokens, i, slots[i])).isEqualTo(term);
                    assertThat(cache.termId(tokens, i, slots[i])).isEqualTo(term == null ? 0 : SignatureTerms.id(term));
                }
            }
            assertThat(cache.size()).isLessThanOrEqualTo(limit);
        }
    }

    @Test
    void hashesContentFromTheTokensAsFromTheirStrings() {
        SplittableRandom random = new SplittableRandom(3);
        for (int article = 0; article < 200; article++) {
            // Given a headline and a body, short or long, with accents now and then
            String title = phrase(random, 1 + random.nextInt(8));
            String body = phrase(random, random.nextInt(30));
            Tokenizer.Tokens bodyTokens = new Tokenizer.Tokens().read(body);
            Tokenizer.Tokens titleTokens = new Tokenizer.Tokens().read(title);

            // Then the content hash from the tokens' characters is the one from their Strings
            assertThat(ContentHash.of(bodyTokens, titleTokens))
                    .isEqualTo(ContentHash.of(Tokenizer.tokens(body), Tokenizer.tokens(title)));
        }
    }

    private static String phrase(SplittableRandom random, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(random.nextInt(4) == 0 ? SPECIAL[random.nextInt(SPECIAL.length)] : word(random)).append(' ');
        }
        return sb.toString();
    }

    private static String word(SplittableRandom random) {
        int length = 1 + random.nextInt(9);
        char[] c = new char[length];
        for (int k = 0; k < length; k++) {
            c[k] = (char) ('a' + random.nextInt(26));
        }
        if (random.nextInt(5) == 0) {
            c[0] = Character.toUpperCase(c[0]);
        }
        return new String(c);
    }
}
