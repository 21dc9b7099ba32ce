package io.wirewatch.analysis.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameFeaturesTest {

    /** The features of the {@code word}th word of the text's last sentence. */
    private static int[] features(String text, int word) {
        ArticleWords words = new ArticleWords().read(text);
        WordHashes hashes = new WordHashes().fill(text, words, List.of());
        int[] out = new int[NameFeatures.MAX];
        int s = words.sentences() - 1;
        int n = NameFeatures.word(hashes, words.first(s), words.last(s), words.first(s) + word, 0, out);
        return Arrays.copyOf(out, n);
    }

    @Test
    void theSameWordsInContextGiveTheSameFeaturesWhereverTheyStand() {
        // Given one sentence alone and after another sentence, and one word of it changed
        int[] alone = features("Officials met Maria Kowalczyk in Warsaw.", 2);
        int[] later = features("Nothing happened.\nOfficials met Maria Kowalczyk in Warsaw.", 2);
        int[] other = features("Officials met Maria Nowak in Warsaw.", 2);

        // Then position in the text does not matter, the words around do
        assertThat(later).isEqualTo(alone);
        assertThat(other).isNotEqualTo(alone);
        assertThat(alone.length).isGreaterThan(20);
    }

    @Test
    void caseChangesTheShapeNotTheWord() {
        ArticleWords words = new ArticleWords().read("Turkey turkey TURKEY");
        WordHashes h = new WordHashes().fill("Turkey turkey TURKEY", words, List.of());
        assertThat(h.word(0)).isEqualTo(h.word(1)).isEqualTo(h.word(2));
        assertThat(h.shape(0)).isNotEqualTo(h.shape(1));
        assertThat(h.shape(2)).isNotEqualTo(h.shape(0));
        assertThat(h.flags(0) & WordHashes.CAPITALISED).isNotZero();
        assertThat(h.flags(1) & WordHashes.LOWER_CASE_ELSEWHERE).isNotZero();
    }

    @Test
    void hashesAreFixedFunctionsTheShippedWeightsDependOn() {
        // The shipped model was trained with these values: a change here needs a retrained model.
        assertThat(NameFeatures.of(2, 12345)).isEqualTo(NameFeatures.of(2, 12345)).isEqualTo(750_211_708);
        assertThat(NameFeatures.of(12, 1, 2)).isEqualTo(-1_222_809_928);
        ArticleWords words = new ArticleWords().read("Moscow");
        assertThat(new WordHashes().fill("Moscow", words, List.of()).word(0)).isEqualTo(456_984_969);
    }

    @Test
    void contextAndLexicalFeaturesTogetherAreTheWordsFeatures() {
        // Given an article with headlines, sentence starts, known names, figures and lower-case words
        String text = "NORTH KOREA FIRES MISSILES\n"
                + "Kim Jong Un watched the launch with Russia's Sergei Shoigu, state media said.\n"
                + "The Korean Central News Agency (KCNA) said 3,000 troops took part; kim was pleased.\n"
                + "Officials in Seoul and Washington condemned the test of the Hwasong-18.";
        ArticleWords words = new ArticleWords().read(text);
        WordHashes h = new WordHashes().fill(text, words, DefaultGazetteer.builtIn().tag(text));
        int[] whole = new int[NameFeatures.MAX];
        int[] parts = new int[NameFeatures.MAX];
        int[] key = new int[NameFeatures.KEY];
        int compared = 0;
        for (int s = 0; s < words.sentences(); s++) {
            for (int i = words.first(s); i < words.last(s); i++) {
                // When each word's features are made whole and in two parts
                int n = NameFeatures.word(h, words.first(s), words.last(s), i, 3, whole);
                NameFeatures.contextKey(h, words.first(s), words.last(s), i, key);
                int c = NameFeatures.context(key, parts, 0);
                int l = NameFeatures.lexical(h, words.first(s), words.last(s), i, 3, parts, c);

                // Then the parts are the same features, and the key is never empty
                int[] a = Arrays.copyOf(whole, n);
                int[] b = Arrays.copyOf(parts, c + l);
                Arrays.sort(a);
                Arrays.sort(b);
                assertThat(b).as("word %d", i).isEqualTo(a);
                assertThat(key[0]).isNotZero();
                compared++;
            }
        }
        assertThat(compared).isEqualTo(words.size()).isGreaterThan(40);
    }
}
