package io.wirewatch.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static final String TEXT = "Russia\u2019s Sergei Sho\u00efgu met U.S. envoys in S\u00e3o Paulo; 10,000 troops, "
            + "1.5 percent, O'Brien and Kim Jong-un. \uD55C\uAD6D (Hangul) ISTANBUL";

    @Test
    void tokensAreWordsNormalisedWithTheirOffsets() {
        List<Token> tokens = Tokenizer.tokens(TEXT);
        List<String> norms = new ArrayList<>();
        tokens.forEach(t -> norms.add(t.norm()));

        assertThat(norms).startsWith("russia", "sergei", "shoigu", "met", "u.s", "envoys", "in", "sao", "paulo",
                "10000", "troops", "1.5", "percent", "o'brien", "and", "kim", "jong", "un");
        Token russia = tokens.get(0);
        assertThat(TEXT.substring(russia.start(), russia.end())).isEqualTo("Russia");
        assertThat(russia.capitalised()).isTrue();
        assertThat(tokens.get(tokens.size() - 1).allCaps()).isTrue();
        assertThat(tokens.get(9).numeric()).isTrue();
    }

    @Test
    void theBufferHoldsWhatTokensReturnsWithStringHashes() {
        // Given a text read into the reusable buffer, after a longer one it held before
        Tokenizer.Tokens buffer = new Tokenizer.Tokens().read(TEXT.repeat(40));
        buffer.read(TEXT);

        // Then token by token it agrees with tokens(), hashes included, without making Strings
        List<Token> tokens = Tokenizer.tokens(TEXT);
        assertThat(buffer.size()).isEqualTo(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            assertThat(buffer.token(i)).isEqualTo(t);
            assertThat(buffer.normHash(i)).isEqualTo(t.norm().hashCode());
            assertThat(buffer.normLength(i)).isEqualTo(t.norm().length());
            assertThat(buffer.normEquals(i, t.norm())).isTrue();
            assertThat(buffer.normEquals(i, t.norm() + "x")).isFalse();
        }

        // And tokens made elsewhere read back the same
        Tokenizer.Tokens copied = new Tokenizer.Tokens().read(tokens);
        for (int i = 0; i < tokens.size(); i++) {
            assertThat(copied.token(i)).isEqualTo(tokens.get(i));
            assertThat(copied.normHash(i)).isEqualTo(tokens.get(i).norm().hashCode());
        }
    }

    @Test
    void normaliseJoinsTheNormalisedWords() {
        assertThat(Tokenizer.normalise("Kim Jong-un's  S\u00e3o")).isEqualTo("kim jong un sao");
    }
}
