package io.wirewatch.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.analysis.ArticlePreparer;
import io.wirewatch.model.Article;
import io.wirewatch.model.RawArticle;
import io.wirewatch.model.Relation;
import io.wirewatch.model.Topics;
import java.util.List;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClusterStageTest {

    private final TopologySettings settings = Fixtures.settings();
    private final ArticlePreparer preparer = new ArticlePreparer(settings.entities(), settings.topics());
    private TopologyTestDriver driver;
    private TestInputTopic<String, Article> prepared;
    private TestOutputTopic<String, Article> clustered;

    @BeforeEach
    void clusterStageAlone() {
        StreamsBuilder builder = new StreamsBuilder();
        ClusterStage.apply(builder, builder.stream("test.prepared",
                        Consumed.with(Topics.ARTICLES.keySerde(), Topics.ARTICLES.valueSerde())), settings)
                .mapValues(Placed::article)
                .to("test.clustered", Produced.with(Topics.ARTICLES.keySerde(), Topics.ARTICLES.valueSerde()));
        driver = new TopologyTestDriver(builder.build(), Fixtures.driverProperties());
        prepared = driver.createInputTopic("test.prepared", Topics.ARTICLES.keySerde().serializer(),
                Topics.ARTICLES.valueSerde().serializer());
        clustered = driver.createOutputTopic("test.clustered", Topics.ARTICLES.keySerde().deserializer(),
                Topics.ARTICLES.valueSerde().deserializer());
    }

    @AfterEach
    void close() {
        driver.close();
    }

    private void pipe(RawArticle raw) {
        Article article = preparer.prepare(raw);
        prepared.pipeInput(article.id(), article);
    }

    @Test
    void twoVersionsOfOneStoryJoinAndAnUnrelatedArticleStaysApart() {
        // Given the rewrite, then the agency copy an hour later, then a storm report
        pipe(Fixtures.versionA(Fixtures.T0));
        pipe(Fixtures.versionB(Fixtures.T0.plusSeconds(3600)));
        pipe(Fixtures.storm(Fixtures.T0.plusSeconds(4000)));

        // When the cluster stage has judged them
        List<Article> out = clustered.readValuesToList();

        // Then the two versions share a story, keyed by it, and the storm is a story of its own
        assertThat(out).hasSize(3);
        assertThat(out.get(0).relation()).isEqualTo(Relation.NEW);
        assertThat(out.get(1).relation()).isEqualTo(Relation.VERSION);
        assertThat(out.get(1).storyId()).isEqualTo(out.get(0).storyId());
        assertThat(out.get(2).relation()).isEqualTo(Relation.NEW);
        assertThat(out.get(2).storyId()).isNotEqualTo(out.get(0).storyId());
    }

    @Test
    void theSameArticleAgainIsADuplicateAndIsDropped() {
        // Given an article judged once
        pipe(Fixtures.versionA(Fixtures.T0));
        assertThat(clustered.readKeyValuesToList()).hasSize(1);

        // When a feed delivers it again
        pipe(Fixtures.versionA(Fixtures.T0));

        // Then nothing new flows on
        assertThat(clustered.isEmpty()).isTrue();
    }

    @Test
    void theStageStateSurvivesInItsStores() {
        // Given one judged article
        pipe(Fixtures.versionA(Fixtures.T0));
        Article first = clustered.readValue();

        // Then its story's summary is in the changelogged store, keyed by story id
        assertThat(driver.getKeyValueStore(ClusterStage.SUMMARIES_STORE).get(first.storyId())).isNotNull();
        assertThat(driver.getKeyValueStore(ClusterStage.ARTICLES_STORE).get(first.id())).isNotNull();
    }
}
