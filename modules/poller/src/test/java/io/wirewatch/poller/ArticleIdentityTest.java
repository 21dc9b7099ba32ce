package io.wirewatch.poller;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleIdentityTest {

    private static final Instant DATE = Instant.parse("2024-01-02T09:30:00Z");

    @Test
    void theGuidWinsOverTheLink() {
        // Given an entry with both a URI guid and a link
        String id = ArticleIdentity.of("wire", "tag:wire.example,2024:42", "https://wire.example/a?utm_source=x", "T", DATE);

        // Then the guid is the id, verbatim
        assertThat(id).isEqualTo("tag:wire.example,2024:42");
    }

    @Test
    void aBareGuidIsScopedByItsFeed() {
        // Given two feeds that both number their items from 1
        String a = ArticleIdentity.of("wire", " 1234 ", null, "T", DATE);
        String b = ArticleIdentity.of("gazette", "1234", null, "T", DATE);

        // Then their ids differ
        assertThat(a).isEqualTo("wire:1234");
        assertThat(b).isEqualTo("gazette:1234");
    }

    @Test
    void linkNormalisationStripsTrackingAndSortsTheQuery() {
        // Given tracking variants of one article URL
        String shared = ArticleIdentity.normaliseLink(
                "HTTPS://Wire.Example:443/world/story?utm_source=rss&b=2&utm_medium=feed&a=1&fbclid=XyZ#comments");
        String plain = ArticleIdentity.normaliseLink("https://wire.example/world/story?a=1&b=2");

        // Then they normalise to one form
        assertThat(shared).isEqualTo("https://wire.example/world/story?a=1&b=2").isEqualTo(plain);
        assertThat(ArticleIdentity.normaliseLink("http://wire.example")).isEqualTo("http://wire.example/");
        assertThat(ArticleIdentity.normaliseLink("https://wire.example/a?utm_source=rss"))
                .isEqualTo("https://wire.example/a");
    }

    @Test
    void theLinkIsUsedWhenRomeCopiedItIntoTheUri() {
        // Given an RSS item without guid: Rome reports its link as the entry's uri
        String link = "https://wire.example/a?utm_source=rss";

        // When identifying it
        String id = ArticleIdentity.of("wire", link, link, "T", DATE);

        // Then the link is normalised like any link
        assertThat(id).isEqualTo("https://wire.example/a");
    }

    @Test
    void theFallbackHashIsStableAndSensitive() {
        // Given entries with neither guid nor link
        String first = ArticleIdentity.of("wire", null, null, "Storm closes port", DATE);
        String again = ArticleIdentity.of("wire", "  ", "", "Storm closes port", DATE);
        String otherTitle = ArticleIdentity.of("wire", null, null, "Port reopens", DATE);
        String otherDate = ArticleIdentity.of("wire", null, null, "Storm closes port", DATE.plusSeconds(1));
        String otherFeed = ArticleIdentity.of("gazette", null, null, "Storm closes port", DATE);

        // Then the id is a hash that repeats for the same entry and differs otherwise
        assertThat(first).matches("sha256:[0-9a-f]{64}").isEqualTo(again);
        assertThat(first).isNotEqualTo(otherTitle).isNotEqualTo(otherDate).isNotEqualTo(otherFeed);
    }

    @Test
    void idsAreBoundedPlainStrings() {
        // Given a guid with control characters and one that is absurdly long
        String controlled = ArticleIdentity.of("wire", "urn:x:1\n\t", null, "T", DATE);
        String huge = ArticleIdentity.of("wire", "urn:x:" + "a".repeat(2000), null, "T", DATE);

        // Then ids have no control characters and stay short
        assertThat(controlled).isEqualTo("urn:x:1");
        assertThat(huge).matches("sha256:[0-9a-f]{64}");
    }
}
