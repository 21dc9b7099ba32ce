package io.wirewatch.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlCleanerTest {

    @Test
    void blockElementsBecomeParagraphsAndEntitiesAreDecoded() {
        String html = "<div><h2>Talks&nbsp;resume</h2><p>Officials met in <b>Geneva</b> &amp; Vienna.\n   Talks went on.</p>"
                + "<script>var x = 1;</script><style>p{}</style><p>Second&#8217;s para<br>next line</p>"
                + "<ul><li>one</li><li>two</li></ul></div>";
        String text = HtmlCleaner.clean(html);
        assertThat(text).isEqualTo("Talks resume\n\nOfficials met in Geneva & Vienna. Talks went on.\n\n"
                + "Second\u2019s para\nnext line\n\n• one\n• two");
    }

    @Test
    void plainTextKeepsItsLinesAndLosesExtraWhitespace() {
        String text = HtmlCleaner.clean("  First   line\u00a0here \r\n\r\n\r\n\tSecond\u200b line\nThird &amp; last  ");
        assertThat(text).isEqualTo("First line here\n\nSecond line\nThird & last");
    }

    @Test
    void inlineCleaningGivesOneLine() {
        assertThat(HtmlCleaner.cleanInline("<b>Top</b> official\n visits  &quot;Pyongyang&quot;"))
                .isEqualTo("Top official visits \"Pyongyang\"");
        assertThat(HtmlCleaner.cleanInline(null)).isEmpty();
    }

    @Test
    void aLessThanSignIsNotMarkup() {
        assertThat(HtmlCleaner.clean("Growth < 2% this year")).isEqualTo("Growth < 2% this year");
    }
}
