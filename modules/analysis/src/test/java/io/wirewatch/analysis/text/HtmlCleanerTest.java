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

    @Test
    void normalisesAsTheCharacterByCharacterBuilderDid() {
        char[] alphabet = {'a', 'B', ' ', ' ', '\n', '\n', '\r', '\t', '\f', '\u000b', '\u00a0', '\u2028', '\u2029',
                '\u200b', '\u00ad', '\ufeff', '\u0001', '\u001c', '\u007f', '\u0085', '\u2003', '\u2019', '\u2022', '\u00e9', '.'};
        java.util.SplittableRandom random = new java.util.SplittableRandom(9);
        for (int text = 0; text < 20_000; text++) {
            // Given a text of letters, spaces of every kind, line breaks and invisible characters
            char[] c = new char[random.nextInt(40)];
            for (int i = 0; i < c.length; i++) {
                c[i] = alphabet[random.nextInt(alphabet.length)];
            }
            String s = new String(c);

            // Then normalising it gives what the StringBuilder version gave
            assertThat(HtmlCleaner.normalise(s)).as("text %d", text).isEqualTo(builderNormalise(s));
        }
    }

    /** The normalisation as it was written with a StringBuilder (before the char arrays). */
    private static String builderNormalise(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int blankRun = 0;
        boolean lineHasText = false;
        boolean pendingSpace = false;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                if (i + 1 < n && s.charAt(i + 1) == '\n') {
                    continue;
                }
                c = '\n';
            }
            if (c == '\n' || c == '\u2028' || c == '\u2029') {
                if (lineHasText) {
                    blankRun = 1;
                } else if (out.length() > 0) {
                    blankRun = Math.max(blankRun, 2);
                }
                lineHasText = false;
                pendingSpace = false;
                continue;
            }
            if (c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\u00ad' || c == '\ufeff' || c == '\u2060') {
                continue;
            }
            if (c == '\u00a0' || c == '\t' || c == '\f' || c == '\u000b' || Character.isSpaceChar(c)) {
                pendingSpace = lineHasText;
                continue;
            }
            if (Character.isISOControl(c)) {
                continue;
            }
            if (!lineHasText && out.length() > 0) {
                out.append(blankRun >= 2 ? "\n\n" : "\n");
            } else if (pendingSpace) {
                out.append(' ');
            }
            blankRun = 0;
            pendingSpace = false;
            lineHasText = true;
            out.append(c);
        }
        return out.toString();
    }
}
