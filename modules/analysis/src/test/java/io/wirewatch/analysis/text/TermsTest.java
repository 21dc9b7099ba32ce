package io.wirewatch.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

    @Test
    void aWordGivesTheSameTermWhetherWorkedOutOrRemembered() {
        // The second pass answers from the word cache; stop words must stay stop words there too.
        String text = "The three ministers said the defence talks were about defences, not ministries";
        var first = Terms.terms(text);
        assertThat(first).containsExactly("3", "minist", "defens", "talk", "defens", "ministri");
        assertThat(Terms.terms(text)).isEqualTo(first);
        assertThat(Terms.stem("defences")).isEqualTo("defens");
        assertThat(Terms.term(Tokenizer.tokens("the").get(0))).isNull();
        assertThat(Terms.term(Tokenizer.tokens("the").get(0))).isNull();
    }

    @Test
    void tokenFlagsAndFoldingAreTheSameForAsciiAndOtherLetters() {
        var tokens = Tokenizer.tokens("NATO Nato nato ÉLYSÉE Élysée São 42nd F1");
        assertThat(tokens).extracting(Token::norm)
                .containsExactly("nato", "nato", "nato", "elysee", "elysee", "sao", "42nd", "f1");
        assertThat(tokens).extracting(Token::allCaps)
                .containsExactly(true, false, false, true, false, false, false, false);
        assertThat(tokens).extracting(Token::capitalised)
                .containsExactly(true, true, false, true, true, true, false, true);
        assertThat(tokens).extracting(Token::numeric)
                .containsExactly(false, false, false, false, false, false, true, false);
    }

    @Test
    void termsOfATextAreTheTermsOfItsTokens() {
        String[] words = {"The", "US", "us", "U.S.", "said", "defence", "Defense", "3", "10,000", "1.5", "Café",
                "naïve", "O'Brien", "a", "I", "programmes", "Russia's", "test-launch", "officials", "invited"};
        java.util.SplittableRandom random = new java.util.SplittableRandom(21);
        for (int text = 0; text < 500; text++) {
            // Given a text of words, known and made up
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                sb.append(random.nextBoolean() ? words[random.nextInt(words.length)]
                        : "w" + Integer.toString(random.nextInt(100_000), 36)).append(random.nextInt(5) == 0 ? ". " : " ");
            }

            // Then its terms are those of its tokens one by one
            List<String> expected = Tokenizer.tokens(sb.toString()).stream().map(Terms::term)
                    .filter(java.util.Objects::nonNull).toList();
            assertThat(Terms.terms(sb.toString())).as(sb.toString()).isEqualTo(expected);
        }
    }
}
