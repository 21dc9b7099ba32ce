package io.wirewatch.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.analysis.Fixtures;
import io.wirewatch.model.Article;
import io.wirewatch.model.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoilerplateTest {

    private static List<String> marked(String text) {
        List<SentenceSplitter.Span> spans = SentenceSplitter.split(text);
        boolean[] bp = Boilerplate.mark(text, spans);
        return java.util.stream.IntStream.range(0, spans.size()).filter(i -> bp[i])
                .mapToObj(i -> text.substring(spans.get(i).start(), spans.get(i).end())).toList();
    }

    @Test
    void seedAsLinkLinesRecapAndNavigationAreBoilerplate() {
        Article a = Fixtures.seedA();
        List<String> bp = a.sentences().stream().filter(Sentence::boilerplate).map(Sentence::text).toList();
        assertThat(bp).hasSize(11);
        assertThat(bp.get(0)).startsWith("Also Read: Macron");
        assertThat(bp.get(1)).isEqualTo("Key Points:");
        assertThat(bp.subList(2, 10)).allMatch(s -> Character.isDigit(s.charAt(0)));
        assertThat(bp.get(10)).isEqualTo("Recent News");
        assertThat(a.sentences().stream().filter(s -> !s.boilerplate()).count()).isEqualTo(19);
    }

    @Test
    void seedBHasNoBoilerplate() {
        assertThat(Fixtures.seedB().sentences()).noneMatch(Sentence::boilerplate);
    }

    @Test
    void bylinesSharesCopyrightAndHeadings() {
        String text = "By Jane Doe and John Roe, Reuters\nThe minister resigned on Tuesday after a week of protests.\n"
                + "By Friday, the troops had left the border area.\nShare this article on Facebook\n"
                + "Follow us on Twitter for more.\n\u00a9 2025 Example Media. All rights reserved.\n"
                + "Reporting by Jane Doe; Editing by John Roe\nMARKET REACTION\nWhat happens next:\n"
                + "Read more: Minister quits\nHighlights\n\u2022 Minister quits\n\u2022 Protests grew\n"
                + "Protesters celebrated in the capital late into the night.";
        assertThat(marked(text)).containsExactly("By Jane Doe and John Roe, Reuters", "Share this article on Facebook",
                "Follow us on Twitter for more.", "\u00a9 2025 Example Media.", "All rights reserved.",
                "Reporting by Jane Doe; Editing by John Roe", "MARKET REACTION", "What happens next:",
                "Read more: Minister quits", "Highlights", "\u2022 Minister quits", "\u2022 Protests grew");
    }

    @Test
    void everyOpeningMarksASentenceWhateverItsCase() {
        for (String opening : Boilerplate.PREFIXES) {
            // Given a sentence that starts with the opening, as written or capitalised, or after a list marker
            String capitalised = Character.toUpperCase(opening.charAt(0)) + opening.substring(1);

            // Then it is boilerplate
            assertThat(Boilerplate.isBoilerplateSentence(opening + " the minister said")).as(opening).isTrue();
            assertThat(Boilerplate.isBoilerplateSentence(capitalised + " the minister said")).as(opening).isTrue();
            assertThat(Boilerplate.isBoilerplateSentence("\u2022 " + capitalised + " the minister said")).as(opening).isTrue();
        }
        // And sentences that open otherwise, in any script, are not
        for (String news : new String[] {"The minister said talks resume.", "\u00c9lections: the count goes on.",
                "\u00a9-shaped logos were banned.".substring(1), "Related talks went on.", "", "Ä"}) {
            assertThat(Boilerplate.isBoilerplateSentence(news)).as(news).isFalse();
        }
    }
}
