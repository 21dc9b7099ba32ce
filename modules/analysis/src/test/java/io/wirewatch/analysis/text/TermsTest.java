package io.wirewatch.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermsTest {

    @Test
    void stopWordsStemsSpellingsAndNumbers() {
        assertThat(Terms.terms("The US defence ministry said it invited three officials; the invitation for us stands."))
                .containsExactly("u.s", "defens", "ministri", "invit", "3", "offici", "invit", "stand");
        assertThat(Terms.terms("Russia’s 10,000 troops, defense")).containsExactly("russia", "10000", "troop", "defens");
    }

    @Test
    void porterStemmerClassics() {
        assertThat(PorterStemmer.stem("caresses")).isEqualTo("caress");
        assertThat(PorterStemmer.stem("ponies")).isEqualTo("poni");
        assertThat(PorterStemmer.stem("relational")).isEqualTo("relat");
        assertThat(PorterStemmer.stem("hopping")).isEqualTo("hop");
        assertThat(PorterStemmer.stem("generalizations")).isEqualTo("gener");
        assertThat(PorterStemmer.stem("simulations")).isEqualTo(PorterStemmer.stem("simulating"));
    }

    @Test
    void tokensKeepAcronymsDecimalsAndOffsets() {
        var tokens = Tokenizer.tokens("U.S.-led talks cost $1.5bn; Kim Jong-un’s 1,000");
        assertThat(tokens).extracting(Token::norm).containsExactly("u.s", "led", "talks", "cost", "1.5bn", "kim", "jong", "un", "1000");
        assertThat(tokens.get(7).end()).isEqualTo("U.S.-led talks cost $1.5bn; Kim Jong-un".length());
    }
}
