package io.wirewatch.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.analysis.ArticlePreparer;
import io.wirewatch.model.Alert;
import io.wirewatch.model.AlertFact;
import io.wirewatch.model.AlertType;
import io.wirewatch.model.Article;
import io.wirewatch.model.RawArticle;
import io.wirewatch.model.Relation;
import io.wirewatch.model.Story;
import io.wirewatch.model.Topics;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FactsStageTest {

    private static final String STORY = "story-shoigu";
    private final TopologySettings settings = Fixtures.settings();
    private final ArticlePreparer preparer = new ArticlePreparer(settings.entities(), settings.topics());
    /** Stories an article merged away, as the cluster stage would say (most articles: none). */
    private final java.util.Map<String, List<String>> absorbedBy = new java.util.HashMap<>();
    private TopologyTestDriver driver;
    private TestInputTopic<String, Article> clustered;
    private TestOutputTopic<String, Alert> alerts;
    private TestOutputTopic<String, Story> stories;
    private TestOutputTopic<String, Article> articles;

    @BeforeEach
    void factsStageAlone() {
        StreamsBuilder builder = new StreamsBuilder();
        FactsStage.apply(builder, builder.stream("test.clustered",
                Consumed.with(Topics.ARTICLES.keySerde(), Topics.ARTICLES.valueSerde()))
                .mapValues(article -> new Placed(article, absorbedBy.getOrDefault(article.id(), List.of()))), settings);
        driver = new TopologyTestDriver(builder.build(), Fixtures.driverProperties());
        clustered = driver.createInputTopic("test.clustered", Topics.ARTICLES.keySerde().serializer(),
                Topics.ARTICLES.valueSerde().serializer());
        alerts = driver.createOutputTopic(Topics.ALERTS.name(), Topics.ALERTS.keySerde().deserializer(),
                Topics.ALERTS.valueSerde().deserializer());
        stories = driver.createOutputTopic(Topics.STORIES.name(), Topics.STORIES.keySerde().deserializer(),
                Topics.STORIES.valueSerde().deserializer());
        articles = driver.createOutputTopic(Topics.ARTICLES.name(), Topics.ARTICLES.keySerde().deserializer(),
                Topics.ARTICLES.valueSerde().deserializer());
    }

    @AfterEach
    void close() {
        driver.close();
    }

    private void pipe(RawArticle raw, Relation relation) {
        pipe(STORY, raw, relation);
    }

    /** As the poller stamps records: with their fetch time, here the article's publication time. */
    private void pipe(String story, RawArticle raw, Relation relation) {
        Article article = preparer.prepare(raw).inStory(story, relation, relation == Relation.NEW ? 1.0 : 0.6);
        clustered.pipeInput(story, article, raw.published());
    }

    /** A third outlet's version: the troop figure of last autumn revised to 15,000. */
    private static RawArticle versionC(java.time.Instant published) {
        return Fixtures.raw("https://third-outlet.example/shoigu-kim-talks", "Third Outlet",
                "Shoigu holds talks with Kim as Seoul raises estimate of troops sent to Russia",
                "<p>Russia's Security Council secretary Sergei Shoigu held talks with North Korean leader Kim Jong Un "
                        + "in Pyongyang on Friday, state media reported.</p>"
                        + "<p>South Korea's spy agency now estimates that about 15,000 North Korean troops were sent to "
                        + "Russia last fall, according to lawmakers briefed on Friday.</p>"
                        + "<p>The talks came days after Ukraine and Russia agreed in principle to a limited ceasefire.</p>",
                published);
    }

    @Test
    void firstVersionRaisesNewStoryAndALaterVersionOnlyItsNewFacts() {
        // Given the rewrite opened the story and the agency version joined it
        pipe(Fixtures.versionA(Fixtures.T0), Relation.NEW);
        pipe(Fixtures.versionB(Fixtures.T0.plusSeconds(3600)), Relation.VERSION);

        // When the alerts are read
        List<Alert> raised = alerts.readValuesToList();

        // Then NEW_STORY quotes the first version, NEW_FACTS lists what the second adds
        assertThat(raised).extracting(Alert::type).containsExactly(AlertType.NEW_STORY, AlertType.NEW_FACTS);
        Alert opened = raised.get(0);
        assertThat(opened.storyId()).isEqualTo(STORY);
        assertThat(opened.headline()).startsWith("Top Russian Security Official Meets Kim Jong Un");
        assertThat(opened.facts()).isNotEmpty();
        Alert moved = raised.get(1);
        assertThat(moved.sources()).containsExactly("Eastern Ledger", "Global Dispatch");
        assertThat(moved.facts()).extracting(AlertFact::text)
                .anyMatch(t -> t.contains("first major joint military exercises since the inauguration"))
                .anyMatch(t -> t.contains("supplying a vast amount of conventional weapons"))
                .noneMatch(t -> t.contains("met three times in 2018-19"))
                // restatements in other words, weaker than the minimum novelty score
                .noneMatch(t -> t.contains("receiving economic and military assistance"))
                .noneMatch(t -> t.contains("will not likely embrace"))
                .noneMatch(t -> t.startsWith("Also Read"));
        assertThat(moved.facts()).allMatch(f -> f.source().equals("Global Dispatch"));
    }

    @Test
    void aCopyJoinsTheStorySilently() {
        // Given a story and a copy of its article from another outlet
        pipe(Fixtures.versionA(Fixtures.T0), Relation.NEW);
        alerts.readValuesToList();
        RawArticle copy = Fixtures.raw("https://syndicator.example/copy", "Syndicator",
                "Russia's Shoigu meets Kim in Pyongyang", Fixtures.versionA(Fixtures.T0).content(),
                Fixtures.T0.plusSeconds(600));

        // When it arrives as a COPY
        pipe(copy, Relation.COPY);

        // Then no alert, but the story counts it
        assertThat(alerts.isEmpty()).isTrue();
        Map<String, Story> latest = stories.readKeyValuesToMap();
        assertThat(latest.get(STORY).size()).isEqualTo(2);
        assertThat(latest.get(STORY).sources()).extracting(s -> s.source()).containsExactly("Eastern Ledger", "Syndicator");
    }

    @Test
    void everyArticleLeavesKeyedByItsIdWithItsStory() {
        pipe(Fixtures.versionA(Fixtures.T0), Relation.NEW);
        var out = articles.readKeyValue();
        assertThat(out.key).isEqualTo(Fixtures.versionA(Fixtures.T0).id());
        assertThat(out.value.storyId()).isEqualTo(STORY);
    }

    @Test
    void reprocessingTheSameInputYieldsTheSameAlertIds() {
        pipe(Fixtures.versionA(Fixtures.T0), Relation.NEW);
        String first = alerts.readValue().id();
        Article a = preparer.prepare(Fixtures.versionA(Fixtures.T0));
        assertThat(first).isEqualTo(AlertComposer.alertId(AlertType.NEW_STORY, STORY, a.id(), a.signature().contentHash()));
    }

    @Test
    void aThirdVersionWithAChangedTroopFigureRaisesFigureChangedWithBothFiguresAndSources() {
        // Given the two seed versions an hour apart
        pipe(Fixtures.versionA(Fixtures.T0), Relation.NEW);
        pipe(Fixtures.versionB(Fixtures.T0.plusSeconds(3600)), Relation.VERSION);
        alerts.readValuesToList();

        // When a third outlet revises last autumn's troop figure
        pipe(versionC(Fixtures.T0.plusSeconds(7200)), Relation.VERSION);

        // Then one FIGURE_CHANGED alert names the old and the new figure and who said each
        List<Alert> raised = alerts.readValuesToList();
        assertThat(raised).hasSize(1);
        Alert changed = raised.get(0);
        assertThat(changed.type()).isEqualTo(AlertType.FIGURE_CHANGED);
        AlertFact figure = changed.facts().get(0);
        assertThat(figure.figure()).isEqualTo("15,000");
        assertThat(figure.previousFigure()).isIn("10,000–12,000", "10,000-12,000", "10,000 to 12,000");
        assertThat(figure.source()).isEqualTo("Third Outlet");
        assertThat(figure.previousSource()).isIn("Eastern Ledger", "Global Dispatch");
        assertThat(figure.previousText()).contains(figure.previousFigure());
        assertThat(changed.facts()).extracting(AlertFact::text).noneMatch(t -> t.contains("agreed in principle"));
    }

    @Test
    void newsDuringTheCoolDownIsHeldMergedAndRaisedOnceStreamTimePassesIt() {
        // Given a story that just broke, and two versions inside its cool-down
        pipe(Fixtures.versionA(Fixtures.T0), Relation.NEW);
        pipe(Fixtures.versionB(Fixtures.T0.plusSeconds(300)), Relation.VERSION);
        RawArticle c = versionC(Fixtures.T0.plusSeconds(600));
        pipe(c, Relation.VERSION);
        assertThat(alerts.readValuesToList()).extracting(Alert::type).containsExactly(AlertType.NEW_STORY);

        // When stream time moves past the cool-down with an article of another story
        pipe("story-storm", Fixtures.storm(Fixtures.T0.plusSeconds(1800)), Relation.NEW);

        // Then one alert tells both versions' news: the changed figure first, then the held facts
        List<Alert> raised = alerts.readValuesToList();
        assertThat(raised).extracting(Alert::storyId).containsExactlyInAnyOrder("story-storm", STORY);
        Alert merged = raised.stream().filter(a -> a.storyId().equals(STORY)).findFirst().orElseThrow();
        assertThat(merged.type()).isEqualTo(AlertType.FIGURE_CHANGED);
        assertThat(merged.articleId()).isEqualTo(c.id());
        assertThat(merged.id()).isEqualTo(AlertComposer.alertId(AlertType.FIGURE_CHANGED, STORY, c.id(),
                preparer.prepare(c).signature().contentHash()));
        assertThat(merged.facts().get(0).figure()).isEqualTo("15,000");
        assertThat(merged.facts()).filteredOn(f -> f.source().equals("Global Dispatch")).extracting(AlertFact::text)
                .anyMatch(t -> t.contains("supplying a vast amount of conventional weapons"))
                .anyMatch(t -> t.contains("first major joint military exercises since the inauguration"));
        assertThat(articles.readValuesToList()).extracting(Article::id).doesNotContainNull();
    }

    @Test
    void aStoryMergedAwayHandsItsMemoryToTheStoryThatAbsorbedIt() {
        // Given two stories the cluster stage kept apart at first: the rewrite, and a third outlet's report
        pipe("story-a", Fixtures.versionA(Fixtures.T0), Relation.NEW);
        pipe("story-s", versionC(Fixtures.T0.plusSeconds(60)), Relation.NEW);
        stories.readValuesToList();
        alerts.readValuesToList();

        // When the agency version joins the second and shows the first to be part of it
        RawArticle agency = Fixtures.versionB(Fixtures.T0.plusSeconds(7200));
        absorbedBy.put(agency.id(), List.of("story-a"));
        pipe("story-s", agency, Relation.VERSION);

        // Then the absorbed story's last record points at its absorber
        Map<String, Story> latest = stories.readKeyValuesToMap();
        assertThat(latest.get("story-a").mergedInto()).isEqualTo("story-s");
        // and the survivor carries both stories' sources, articles and claims
        Story survivor = latest.get("story-s");
        assertThat(survivor.mergedInto()).isNull();
        assertThat(survivor.size()).isEqualTo(3);
        assertThat(survivor.sources()).extracting(s -> s.source())
                .containsExactly("Eastern Ledger", "Third Outlet", "Global Dispatch");
        assertThat(survivor.entityCounts()).containsKey("Sergei Shoigu");
        alerts.readValuesToList();

        // When the rewrite's text comes again from another outlet, now as a version of the survivor
        RawArticle again = Fixtures.raw("https://fourth-outlet.example/shoigu", "Fourth Outlet",
                Fixtures.versionA(Fixtures.T0).title(), Fixtures.versionA(Fixtures.T0).content(),
                Fixtures.T0.plusSeconds(4 * 3600));
        pipe("story-s", again, Relation.VERSION);

        // Then nothing is announced: the survivor already knew every claim of it
        assertThat(alerts.readValuesToList()).isEmpty();
    }
}
