package io.wirewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.analysis.text.MinHasher;
import io.wirewatch.model.Article;
import io.wirewatch.model.RawArticle;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ArticlePreparerTest {

    private final ArticlePreparer preparer = Fixtures.preparer();

    @Test
    void preparesTheSeedWithSentencesEntitiesTopicsAndSignature() {
        Article b = Fixtures.seedB();
        assertThat(b.title()).isEqualTo("Top Russian official visits North Korea to meet Kim");
        assertThat(b.sentences()).hasSize(27);
        assertThat(b.sentences().get(0).text()).isEqualTo("Sergei Shoigu is planning to meet senior officials including the North Korean leader.");
        b.sentences().forEach(s -> assertThat(b.text().substring(s.start(), s.start() + s.text().length())).isEqualTo(s.text()));
        b.entities().forEach(m -> assertThat(b.text().substring(m.start(), m.end())).isEqualTo(m.text()));
        assertThat(b.topics()).contains("korea-russia", "missile-tests", "korea-missiles").doesNotContain("central-banks");
        assertThat(b.signature().minHash()).hasSize(MinHasher.HASHES);
        assertThat(b.signature().contentHash()).hasSize(64);
        assertThat(b.signature().terms()).containsKeys("shoigu", "pyongyang", "10000", "12000", "defens", "visit")
                .doesNotContainKeys("the", "said", "and");
        assertThat(b.storyId()).isNull();
        assertThat(b.relation()).isNull();
    }

    @Test
    void signatureIsStableAndIgnoresMarkupCaseAndHeadline() {
        Article one = Fixtures.seedB();
        Article two = Fixtures.seedB();
        assertThat(two.signature().contentHash()).isEqualTo(one.signature().contentHash());
        assertThat(two.signature().minHash()).isEqualTo(one.signature().minHash());
        assertThat(two.signature().terms()).isEqualTo(one.signature().terms());

        String body = Fixtures.resource("seeds/version-b.txt").lines().skip(1).collect(Collectors.joining("\n"));
        String html = "<p>" + body.replace("\n", "</p><p>").replace("’", "&rsquo;") + "</p>";
        Article asHtml = preparer.prepare(Fixtures.raw("x", "Another headline", html, Fixtures.T0));
        assertThat(asHtml.signature().contentHash()).isEqualTo(one.signature().contentHash());
        Article shouting = preparer.prepare(Fixtures.raw("y", "Top", body.toUpperCase(), Fixtures.T0));
        assertThat(shouting.signature().contentHash()).isEqualTo(one.signature().contentHash());
        Article edited = preparer.prepare(Fixtures.raw("z", "Top", body.replace("10,000-12,000", "12,000"), Fixtures.T0));
        assertThat(edited.signature().contentHash()).isNotEqualTo(one.signature().contentHash());
    }

    @Test
    void teasersAreTellApartByTheirHeadlines() {
        Article one = preparer.prepare(Fixtures.raw("t1", "Storm hits coast", "Read the full story.", Fixtures.T0));
        Article two = preparer.prepare(Fixtures.raw("t2", "Bank raises rates", "Read the full story.", Fixtures.T0));
        assertThat(one.signature().contentHash()).isNotEqualTo(two.signature().contentHash());
    }

    @Test
    void emptyAndSummaryOnlyArticlesArePrepared() {
        RawArticle empty = new RawArticle("e", "f", "s", null, "Only a headline", null, null, Fixtures.T0, Fixtures.T0, null, null);
        Article e = preparer.prepare(empty);
        assertThat(e.text()).isEmpty();
        assertThat(e.sentences()).isEmpty();
        assertThat(e.signature().terms()).containsKeys("headlin");
        RawArticle summary = new RawArticle("s", "f", "s", null, "Title", "<p>Summary &amp; more.</p>", null,
                Fixtures.T0, Fixtures.T0, null, null);
        assertThat(preparer.prepare(summary).text()).isEqualTo("Summary & more.");
    }
}
