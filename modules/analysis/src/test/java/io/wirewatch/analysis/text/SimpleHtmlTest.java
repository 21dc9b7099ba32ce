package io.wirewatch.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SimpleHtmlTest {

    @Test
    void paragraphsLinksAndListsAreReadWithoutJsoupToTheSameText() {
        String html = "<p>Officials met in <a href=\"https://example.org/a?b=1&amp;c=2\" rel=nofollow>Geneva</a>"
                + " &amp; <b>Vienna</b>.\n Talks went on.</p><p class='x'>Second&#8217;s para<br/>next line</p>"
                + "<ul><li>one</li><li>two <em>more</em></li></ul><hr><h2>Later</h2>tail&nbsp;text";
        assertThat(SimpleHtml.text(html)).isNotNull();
        assertThat(HtmlCleaner.clean(html)).isEqualTo(HtmlCleaner.cleanWithJsoup(html))
                .isEqualTo("Officials met in Geneva & Vienna. Talks went on.\n\nSecond\u2019s para\nnext line\n\n"
                        + "• one\n• two more\n\nLater\n\ntail text");
    }

    @Test
    void markupOutsideTheSubsetIsLeftToJsoup() {
        assertThat(SimpleHtml.text("<p>a</div>")).isNull();                  // misnested
        assertThat(SimpleHtml.text("<table><tr><td>a</td></tr></table>")).isNull();
        assertThat(SimpleHtml.text("<p>a<!-- note -->b</p>")).isNull();
        assertThat(SimpleHtml.text("<p>a<li>b</li></p>")).isNull();          // jsoup closes the paragraph
        assertThat(SimpleHtml.text("<a href=x>a<a href=y>b</a></a>")).isNull();
        assertThat(SimpleHtml.text("<p title=\"unterminated>a</p>")).isNull();
        assertThat(SimpleHtml.text("<script>x</script>")).isNull();
        assertThat(SimpleHtml.text("1 <2 and <p>")).isNull();
        assertThat(SimpleHtml.text("<span/>a")).isNull();
    }

    /**
     * Random markup over the subset's tags and a few outside it, well and badly nested, with
     * entities, attributes and stray characters: the clean text of anything with tags must be
     * jsoup's, whether the one-pass reader answered or passed it on.
     */
    @Test
    void randomMarkupCleansAsJsoupCleansIt() {
        SplittableRandom random = new SplittableRandom(4);
        int simple = 0;
        for (int i = 0; i < 3000; i++) {
            String html = randomHtml(random);
            if (!HtmlCleaner.looksLikeHtml(html)) {
                continue; // text without tags keeps its lines: not jsoup's business
            }
            if (SimpleHtml.text(html) != null) {
                simple++;
            }
            assertThat(HtmlCleaner.clean(html)).as(html).isEqualTo(HtmlCleaner.cleanWithJsoup(html));
        }
        assertThat(simple).as("cases read without jsoup").isGreaterThan(300);
    }

    private static final String[] TAGS = {"p", "div", "span", "a", "b", "i", "em", "strong", "ul", "ol", "li", "h2",
        "blockquote", "section", "figure", "figcaption", "br", "hr", "img", "td", "table", "pre", "font", "P", "LI"};
    private static final String[] TEXT = {"Talks", " resume", "\n", "  ", "\t", "&amp;", "&nbsp;", "&#8217;", "AT&T",
        "&amp", "&lt;", "x > y", "Officials said.", "\r\n", "\u00a0", "é", "&notit;", "1,000", "&"};
    private static final String[] ATTRIBUTES = {"", " class=\"x\"", " href='https://a.example/?q=1&amp;r=2'",
        " data-n=3", " title=\"a > b\"", " hidden", "  id = \"k\" ", "/"};

    private static String randomHtml(SplittableRandom random) {
        StringBuilder sb = new StringBuilder();
        java.util.ArrayDeque<String> open = new java.util.ArrayDeque<>();
        int parts = 1 + random.nextInt(24);
        for (int k = 0; k < parts; k++) {
            int what = random.nextInt(10);
            if (what < 4) {
                sb.append(TEXT[random.nextInt(TEXT.length)]);
            } else if (what < 7) {
                String tag = TAGS[random.nextInt(TAGS.length)];
                sb.append('<').append(tag).append(ATTRIBUTES[random.nextInt(ATTRIBUTES.length)]).append('>');
                open.push(tag);
            } else if (what < 9 && !open.isEmpty()) {
                // Mostly the innermost element, sometimes another: badly nested markup is common.
                String tag = random.nextInt(5) == 0 ? TAGS[random.nextInt(TAGS.length)] : open.pop();
                sb.append("</").append(tag).append(random.nextInt(8) == 0 ? " >" : ">");
            } else {
                sb.append(random.nextBoolean() ? "<br>" : "</p>");
            }
        }
        return sb.toString();
    }
}
