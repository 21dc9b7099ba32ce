package io.wirewatch.analysis.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordSpansTest {

    private static List<String> split(String text) {
        ArticleWords words = new ArticleWords().read(text);
        List<String> out = new ArrayList<>();
        for (int s = 0; s < words.sentences(); s++) {
            for (int i = words.first(s); i < words.last(s); i++) {
                out.add(text.substring(words.start(i), words.end(i)));
            }
            out.add("|");
        }
        return out;
    }

    @Test
    void splitsAsTheCoNLLTextIsSplit() {
        assertThat(split("Russia's troops (and Kim Jong-un) met Mr. Smith in the U.S. on Monday."))
                .containsExactly("Russia", "'s", "troops", "(", "and", "Kim", "Jong-un", ")", "met", "Mr.", "Smith",
                        "in", "the", "U.S.", "on", "Monday", ".", "|");
        assertThat(split("\"Missiles—North Korea\", he said: 10–12 fell.\nNext line"))
                .containsExactly("\"", "Missiles", "—", "North", "Korea", "\"", ",", "he", "said", ":", "10–12", "fell",
                        ".", "|", "Next", "line", "|");
    }
}
