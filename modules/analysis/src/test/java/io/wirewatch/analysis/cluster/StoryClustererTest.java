package io.wirewatch.analysis.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.analysis.ArticlePreparer;
import io.wirewatch.analysis.Fixtures;
import io.wirewatch.analysis.text.MinHasher;
import io.wirewatch.model.Article;
import io.wirewatch.model.Json;
import io.wirewatch.model.Relation;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StoryClustererTest {

    private static final Instant T0 = Fixtures.T0;
    private final ArticlePreparer preparer = Fixtures.preparer();

    private Article prepare(String resource, String id, Instant at) {
        return preparer.prepare(Fixtures.raw(resource, id, at));
    }

    private static StoryClusterer clusterer() {
        return new StoryClusterer(ClusterSettings.defaults(), new InMemoryStoryIndex());
    }

    private static Assignment assign(StoryClusterer c, Article a) {
        Assignment x = c.assign(a);
        System.out.printf("%-10s -> %-9s %.3f story=%s matched=%s%n", a.id(), x.relation(), x.similarity(),
                x.storyId(), x.matchedArticle());
        return x;
    }

    @Test
    void secondSeedVersionJoinsTheFirstsStoryAsVersionInEitherOrder() {
        StoryClusterer c = clusterer();
        Assignment a = assign(c, Fixtures.seedA());
        Assignment b = assign(c, Fixtures.seedB());
        assertThat(a.relation()).isEqualTo(Relation.NEW);
        assertThat(b.relation()).isEqualTo(Relation.VERSION);
        assertThat(b.storyId()).isEqualTo(a.storyId());
        assertThat(b.matchedArticle()).isEqualTo("a");

        StoryClusterer reversed = clusterer();
        Assignment b2 = assign(reversed, Fixtures.seedB());
        Assignment a2 = assign(reversed, Fixtures.seedA());
        assertThat(b2.relation()).isEqualTo(Relation.NEW);
        assertThat(a2.relation()).isEqualTo(Relation.VERSION);
        assertThat(a2.storyId()).isEqualTo(b2.storyId());
    }

    @Test
    void seedVersionsShareFewShinglesSoTheyAreNotCopies() {
        double j = MinHasher.similarity(Fixtures.seedA().signature().minHash(), Fixtures.seedB().signature().minHash());
        System.out.printf("seed pair estimated 4-shingle Jaccard %.3f%n", j);
        assertThat(j).isLessThan(ClusterSettings.defaults().copyThreshold() / 2);
    }

    @Test
    void unrelatedAndSameEntityStoriesAreNew() {
        StoryClusterer c = clusterer();
        Assignment a = assign(c, Fixtures.seedA());
        assign(c, Fixtures.seedB());
        Assignment rate = assign(c, prepare("articles/rate-decision.txt", "fed", T0.plusSeconds(7200)));
        Assignment missile = assign(c, prepare("articles/missile-launch.txt", "missile", T0.plusSeconds(86_400)));
        assertThat(rate.relation()).isEqualTo(Relation.NEW);
        assertThat(missile.relation()).isEqualTo(Relation.NEW);
        assertThat(missile.storyId()).isNotEqualTo(a.storyId());
    }

    @Test
    void sameEntityStoryAWeekLaterIsNew() {
        StoryClusterer c = clusterer();
        Assignment a = assign(c, Fixtures.seedA());
        assign(c, Fixtures.seedB());
        Assignment later = assign(c, prepare("articles/missile-launch.txt", "missile", T0.plus(Duration.ofDays(7))));
        assertThat(later.relation()).isEqualTo(Relation.NEW);
        assertThat(later.storyId()).isNotEqualTo(a.storyId());
    }

    @Test
    void similaritiesOfTheFixtures() {
        InMemoryStoryIndex index = new InMemoryStoryIndex();
        StoryClusterer c = new StoryClusterer(ClusterSettings.defaults(), index);
        Article a = Fixtures.seedA();
        c.assign(a);
        Article b = Fixtures.seedB();
        Article rate = prepare("articles/rate-decision.txt", "fed", T0.plusSeconds(7200));
        Article missile = prepare("articles/missile-launch.txt", "missile", T0.plusSeconds(86_400));
        StorySummary story = index.summary(StoryClusterer.storyIdFor("a")).orElseThrow();
        for (Article x : new Article[] {b, rate, missile}) {
            Idf idf = new Idf(index);
            StorySimilarity.Score s = StorySimilarity.score(ArticleProfile.of(x, idf), story, idf, Duration.ofHours(72));
            System.out.printf("%-8s vs story(a): %s%n", x.id(), s);
        }
        Idf idf = new Idf(index);
        double bScore = StorySimilarity.score(ArticleProfile.of(b, idf), story, idf, Duration.ofHours(72)).total();
        double missileScore = StorySimilarity.score(ArticleProfile.of(missile, idf), story, idf, Duration.ofHours(72)).total();
        double rateScore = StorySimilarity.score(ArticleProfile.of(rate, idf), story, idf, Duration.ofHours(72)).total();
        assertThat(bScore).isGreaterThan(missileScore + 0.1);
        assertThat(missileScore).isGreaterThan(rateScore);

        c.assign(b);
        StorySummary both = index.summary(StoryClusterer.storyIdFor("a")).orElseThrow();
        Idf idf2 = new Idf(index);
        StorySimilarity.Score m2 = StorySimilarity.score(ArticleProfile.of(missile, idf2), both, idf2, Duration.ofHours(72));
        System.out.printf("missile  vs story(a+b): %s%n", m2);
        assertThat(m2.total()).isLessThan(ClusterSettings.defaults().versionThreshold());
    }

    @Test
    void copyWithOtherHeadlineAndLastParagraphCutIsCopy() {
        String b = Fixtures.resource("seeds/version-b.txt");
        String body = b.substring(b.indexOf('\n') + 1);
        String cut = body.substring(0, body.lastIndexOf("\nMr Kim and Mr Trump met"));
        StoryClusterer c = clusterer();
        Assignment first = assign(c, Fixtures.seedB());
        Assignment copy = assign(c, preparer.prepare(Fixtures.raw("b-copy", "Russia's Shoigu in Pyongyang for talks", cut,
                T0.plusSeconds(600))));
        assertThat(copy.relation()).isEqualTo(Relation.COPY);
        assertThat(copy.storyId()).isEqualTo(first.storyId());
        assertThat(copy.matchedArticle()).isEqualTo("b");
        assertThat(copy.similarity()).isGreaterThanOrEqualTo(ClusterSettings.defaults().copyThreshold());
    }

    @Test
    void sameBodyUnderNewIdAndSameIdAgainAreDuplicates() {
        StoryClusterer c = clusterer();
        Assignment first = assign(c, Fixtures.seedB());
        Article sameBody = preparer.prepare(Fixtures.raw("seeds/version-b.txt", "b-again", T0.plusSeconds(60)));
        Article retitled = preparer.prepare(Fixtures.raw("b-retitled", "A different headline",
                "<p>" + Fixtures.resource("seeds/version-b.txt").lines().skip(1)
                        .reduce((x, y) -> x + "</p>\n<p>" + y).orElseThrow() + "</p>", T0.plusSeconds(90)));
        Assignment dupContent = assign(c, sameBody);
        Assignment dupMarkup = assign(c, retitled);
        Assignment dupId = assign(c, Fixtures.seedB());
        assertThat(dupContent.relation()).isEqualTo(Relation.DUPLICATE);
        assertThat(dupContent.storyId()).isEqualTo(first.storyId());
        assertThat(dupMarkup.relation()).isEqualTo(Relation.DUPLICATE);
        assertThat(dupId.relation()).isEqualTo(Relation.DUPLICATE);
        assertThat(dupId.storyId()).isEqualTo(first.storyId());
    }

    @Test
    void anOutletsEditOfItsArticleIsAVersionOfTheSameStoryAndTheSameEditAgainADuplicate() {
        // Given the agency copy judged once
        StoryClusterer c = clusterer();
        Assignment first = assign(c, Fixtures.seedB());
        String body = Fixtures.resource("seeds/version-b.txt");
        String headline = body.lines().findFirst().orElseThrow();

        // When the outlet republishes it under the same id with a paragraph added
        Article edited = preparer.prepare(Fixtures.raw("b", headline, "<p>" + body.lines().skip(1)
                .reduce((x, y) -> x + "</p>\n<p>" + y).orElseThrow() + "</p><p>Later on Friday, Russia's defence "
                + "ministry said Mr Shoigu had also met North Korea's defence minister in Pyongyang.</p>",
                T0.plusSeconds(5400)));
        Assignment edit = assign(c, edited);
        Assignment again = assign(c, edited);

        // Then the edit joins its own story as a version (its new claims are judged downstream),
        // and the same edit delivered twice is a duplicate
        assertThat(edit.relation()).isEqualTo(Relation.VERSION);
        assertThat(edit.storyId()).isEqualTo(first.storyId());
        assertThat(edit.matchedArticle()).isEqualTo("b");
        assertThat(again.relation()).isEqualTo(Relation.DUPLICATE);
    }

    @Test
    void storyIdsAreDeterministic() {
        StoryClusterer one = clusterer();
        StoryClusterer two = clusterer();
        for (Article x : new Article[] {Fixtures.seedA(), Fixtures.seedB(),
                prepare("articles/rate-decision.txt", "fed", T0.plusSeconds(7200))}) {
            assertThat(one.assign(x)).isEqualTo(two.assign(x));
        }
        assertThat(StoryClusterer.storyIdFor("a")).isEqualTo(StoryClusterer.storyIdFor("a"))
                .startsWith("story-").hasSize(22).isNotEqualTo(StoryClusterer.storyIdFor("b"));
    }

    @Test
    void summaryRoundTripsThroughJson() {
        InMemoryStoryIndex index = new InMemoryStoryIndex();
        StoryClusterer c = new StoryClusterer(ClusterSettings.defaults(), index);
        c.assign(Fixtures.seedA());
        c.assign(Fixtures.seedB());
        StorySummary s = index.summary(StoryClusterer.storyIdFor("a")).orElseThrow();
        StorySummary back = Json.read(Json.write(s), StorySummary.class);
        assertThat(back.id()).isEqualTo(s.id());
        assertThat(back.size()).isEqualTo(2);
        assertThat(back.centroid()).isEqualTo(s.centroid());
        assertThat(back.centroid()).hasSizeLessThanOrEqualTo(StorySummary.CENTROID_TERMS);
        assertThat(back.members()).hasSize(2);
        assertThat(back.members().get(1).minHash()).isEqualTo(s.members().get(1).minHash());
        assertThat(back.entities()).contains("North Korea", "Sergei Shoigu");
        System.out.println("summary JSON bytes: " + Json.write(s).length());
    }

    @Test
    void expiredStoriesAreForgotten() {
        InMemoryStoryIndex index = new InMemoryStoryIndex();
        StoryClusterer c = new StoryClusterer(ClusterSettings.defaults(), index);
        c.assign(Fixtures.seedA());
        Assignment muchLater = c.assign(preparer.prepare(Fixtures.raw("seeds/version-b.txt", "b", T0.plus(Duration.ofDays(10)))));
        assertThat(muchLater.relation()).isEqualTo(Relation.NEW);
        assertThat(index.summary(StoryClusterer.storyIdFor("a"))).isEmpty();
        assertThat(index.storyOfArticle("a")).isEmpty();
    }

    @Test
    void headlinesNamingTheSameEventJoinOneStoryAndAnotherEventStaysApart() {
        // Given headline-only articles (no body), as many feeds deliver them
        StoryClusterer c = clusterer();
        Assignment first = assign(c, headline("h1", "Volcano on Iceland's Reykjanes peninsula erupts again, lava nears Grindavik", 0));
        Assignment second = assign(c, headline("h2", "Grindavik evacuated as Reykjanes volcano erupts for third time", 20));
        Assignment third = assign(c, headline("h3", "Lava from Reykjanes eruption reaches Grindavik barriers", 45));
        Assignment other = assign(c, headline("h4", "Iceland's central bank leaves interest rates unchanged", 60));

        // Then the three eruption headlines are one story, the rate decision another
        assertThat(second.relation()).isEqualTo(Relation.VERSION);
        assertThat(third.relation()).isEqualTo(Relation.VERSION);
        assertThat(second.storyId()).isEqualTo(first.storyId());
        assertThat(third.storyId()).isEqualTo(first.storyId());
        assertThat(other.relation()).isEqualTo(Relation.NEW);
    }

    @Test
    void aKeyKeepsOnlyItsNewestStories() {
        // Given more distinct stories on one entity than a key keeps
        InMemoryStoryIndex index = new InMemoryStoryIndex();
        StoryClusterer c = new StoryClusterer(ClusterSettings.defaults(), index);
        int stories = StoryClusterer.MAX_STORIES_PER_KEY + 6;
        for (int i = 0; i < stories; i++) {
            c.assign(preparer.prepare(Fixtures.raw("nk-" + i, "North Korea item " + i,
                    "North Korea " + "w" + i + "a w" + i + "b w" + i + "c w" + i + "d w" + i + "e w" + i + "f w" + i
                            + "g w" + i + "h w" + i + "i w" + i + "j w" + i + "k w" + i + "l.", T0.plusSeconds(60L * i))));
        }

        // Then the entity's key holds the newest ones only, newest last
        assertThat(index.storyCount()).isEqualTo(stories);
        assertThat(index.storiesUnder("e:North Korea")).hasSize(StoryClusterer.MAX_STORIES_PER_KEY)
                .endsWith(StoryIds.number(StoryClusterer.storyIdFor("nk-" + (stories - 1))))
                .doesNotContain(StoryIds.number(StoryClusterer.storyIdFor("nk-0")));
    }

    @Test
    void documentFrequenciesAreHalvedOnceAWindow() {
        // Given articles an hour apart over more than one window
        InMemoryStoryIndex index = new InMemoryStoryIndex();
        StoryClusterer c = new StoryClusterer(ClusterSettings.defaults(), index);
        int hours = (int) ClusterSettings.defaults().window().toHours() + 10;
        for (int i = 0; i <= hours; i++) {
            c.assign(headline("d" + i, "Report number " + i + " on harbour traffic", i * 60));
        }

        // Then the counts were halved once the window had passed: fewer documents than articles, none lost early
        assertThat(index.lastHalving()).isPresent();
        assertThat(index.documentCount()).isLessThan(hours).isGreaterThan(hours / 4);
        assertThat(index.documentFrequency("harbor")).isEqualTo(index.documentCount());
    }

    @Test
    void twoStoriesOneArticleBelongsToAreMergedAndLaterArticlesJoinTheSurvivor() {
        // Given one event opened as two stories (two first reports judged at the same instant)
        InMemoryStoryIndex index = new InMemoryStoryIndex();
        StoryClusterer c = new StoryClusterer(ClusterSettings.defaults(), index);
        Assignment talk = c.startStory(headline("t1", "Snowden speaks to SXSW by video: NSA setting fire to the internet", 0));
        Assignment quote = c.startStory(headline("q1", "Snowden at SXSW says NSA is setting fire to the internet", 1));

        // When a later article belongs to both
        Assignment both = assign(c, headline("x", "Snowden tells SXSW NSA is setting fire to the future of the internet", 15));
        Assignment later = assign(c, headline("y", "At SXSW Snowden says NSA setting fire to the internet", 20));

        // Then the younger story is merged into the older (sizes equal), and what would join it joins the survivor
        assertThat(both.relation()).isEqualTo(Relation.VERSION);
        assertThat(both.storyId()).isEqualTo(talk.storyId());
        assertThat(both.absorbed()).containsExactly(quote.storyId());
        assertThat(index.summary(quote.storyId()).orElseThrow().mergedInto()).isEqualTo(talk.storyId());
        assertThat(index.summary(talk.storyId()).orElseThrow().size()).isEqualTo(4);
        assertThat(later.storyId()).isEqualTo(talk.storyId());
        assertThat(later.absorbed()).isEmpty();
        // and the absorbed story's article again is a duplicate, in the survivor
        Assignment again = assign(c, headline("q1", "Snowden at SXSW says NSA is setting fire to the internet", 1));
        assertThat(again.relation()).isEqualTo(Relation.DUPLICATE);
        assertThat(again.storyId()).isEqualTo(talk.storyId());
    }

    @Test
    void anArticleThatIsAVersionOfTwoDifferentEventsDoesNotMergeThem() {
        // Given two different events
        InMemoryStoryIndex index = new InMemoryStoryIndex();
        StoryClusterer c = new StoryClusterer(ClusterSettings.defaults(), index);
        Assignment finale = c.startStory(headline("b1", "Juan Pablo picks Nikki Ferrell in Bachelor finale", 0));
        Assignment joke = c.startStory(headline("d1", "Lena Dunham apologizes for molestation joke on Twitter", 5));

        // When a round-up names both, close enough to each to be a VERSION of either
        Article roundUp = headline("r", "Bachelor finale: Juan Pablo picks Nikki, Lena Dunham apologizes for joke", 10);
        Idf idf = new Idf(index);
        ArticleProfile profile = ArticleProfile.of(roundUp, idf);
        for (String story : new String[] {finale.storyId(), joke.storyId()}) {
            double score = StorySimilarity.score(profile, index.summary(story).orElseThrow(), idf,
                    ClusterSettings.defaults().window()).total();
            assertThat(score).isGreaterThanOrEqualTo(ClusterSettings.defaults().headlineVersionThreshold());
        }
        Assignment x = assign(c, roundUp);

        // Then it joins one of them and the two stories stay apart: their centroids share nothing
        assertThat(x.relation()).isEqualTo(Relation.VERSION);
        assertThat(x.absorbed()).isEmpty();
        assertThat(index.summary(finale.storyId()).orElseThrow().live()).isTrue();
        assertThat(index.summary(joke.storyId()).orElseThrow().live()).isTrue();
    }

    @Test
    void aMergedSummaryRoundTripsThroughJson() {
        InMemoryStoryIndex index = new InMemoryStoryIndex();
        StoryClusterer c = new StoryClusterer(ClusterSettings.defaults(), index);
        c.assign(Fixtures.seedA());
        StorySummary s = index.summary(StoryClusterer.storyIdFor("a")).orElseThrow().mergedInto("story-survivor");
        StorySummary back = Json.read(Json.write(s), StorySummary.class);
        assertThat(back.mergedInto()).isEqualTo("story-survivor");
        assertThat(back.live()).isFalse();
        assertThat(index.summary(StoryClusterer.storyIdFor("a")).orElseThrow().live()).isTrue();
    }

    private Article headline(String id, String title, int minutes) {
        return preparer.prepare(Fixtures.raw(id, title, "", T0.plusSeconds(60L * minutes)));
    }
}
