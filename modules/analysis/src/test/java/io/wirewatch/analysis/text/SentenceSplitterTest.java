package io.wirewatch.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> sentences(String text) {
        return SentenceSplitter.split(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void abbreviationsInitialsAndDecimalsDoNotEndSentences() {
        assertThat(sentences("Mr. Smith met Dr. Jones at St. Paul's on Jan. 5 in the U.S. capital. "
                + "J. K. Rowling earned 3.5 million dollars. Growth slowed!"))
                .containsExactly("Mr. Smith met Dr. Jones at St. Paul's on Jan. 5 in the U.S. capital.",
                        "J. K. Rowling earned 3.5 million dollars.", "Growth slowed!");
    }

    @Test
    void anAcronymEndsASentenceWhenATypicalStartFollows() {
        assertThat(sentences("Troops arrived in the U.S. The deployment ended. He joined Acme Inc. Shares fell."))
                .containsExactly("Troops arrived in the U.S.", "The deployment ended.", "He joined Acme Inc. Shares fell.");
    }

    @Test
    void quotesLineBreaksAndListNumbers() {
        assertThat(sentences("He said: \u201cWe will win.\u201d Then he left. \"Stop!\" she cried.\nKey Points:\n\n  1. Shoigu visited. He met Kim."))
                .containsExactly("He said: \u201cWe will win.\u201d", "Then he left.", "\"Stop!\" she cried.",
                        "Key Points:", "1. Shoigu visited.", "He met Kim.");
    }

    @Test
    void aLostSpaceAfterAPeriodStillSplits() {
        assertThat(sentences("The test took place in North Korea.Monday was quiet, officials said."))
                .containsExactly("The test took place in North Korea.", "Monday was quiet, officials said.");
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "First one.  Second one.\n\nThird.";
        List<SentenceSplitter.Span> spans = SentenceSplitter.split(text);
        assertThat(spans).hasSize(3);
        assertThat(text.substring(spans.get(2).start(), spans.get(2).end())).isEqualTo("Third.");
        assertThat(spans.get(2).line()).isEqualTo(2);
    }
}
