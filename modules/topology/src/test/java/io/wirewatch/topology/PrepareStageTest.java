package io.wirewatch.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.Article;
import io.wirewatch.model.EntityMention;
import io.wirewatch.model.RawArticle;
import io.wirewatch.model.Sentence;
import io.wirewatch.model.Topics;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PrepareStageTest {

    private TopologyTestDriver driver;
    private TestInputTopic<String, RawArticle> raw;
    private TestOutputTopic<String, Article> prepared;

    @BeforeEach
    void prepareStageAlone() {
        StreamsBuilder builder = new StreamsBuilder();
        PrepareStage.apply(builder.stream(Topics.RAW_ARTICLES.name(),
                        Consumed.with(Topics.RAW_ARTICLES.keySerde(), Topics.RAW_ARTICLES.valueSerde())), Fixtures.settings())
                .to("test.prepared", Produced.with(Topics.ARTICLES.keySerde(), Topics.ARTICLES.valueSerde()));
        driver = new TopologyTestDriver(builder.build(), Fixtures.driverProperties());
        raw = driver.createInputTopic(Topics.RAW_ARTICLES.name(), Topics.RAW_ARTICLES.keySerde().serializer(),
                Topics.RAW_ARTICLES.valueSerde().serializer());
        prepared = driver.createOutputTopic("test.prepared", Topics.ARTICLES.keySerde().deserializer(),
                Topics.ARTICLES.valueSerde().deserializer());
    }

    @AfterEach
    void close() {
        driver.close();
    }

    @Test
    void htmlBecomesCleanTextWithSentencesEntitiesAndSignature() {
        // Given the agency version as a feed delivers it, HTML paragraphs
        RawArticle version = Fixtures.versionB(Fixtures.T0);

        // When it is prepared
        raw.pipeInput(version.id(), version);
        Article article = prepared.readValue();

        // Then the text is clean, split, tagged and fingerprinted, with no story yet
        assertThat(article.id()).isEqualTo(version.id());
        assertThat(article.text()).doesNotContain("<p>").contains("Sergei Shoigu");
        assertThat(article.sentences()).extracting(Sentence::text)
                .anyMatch(s -> s.startsWith("It gave no further details including what Mr Shoigu would discuss"));
        assertThat(article.entities()).extracting(EntityMention::canonical)
                .contains("Sergei Shoigu", "Kim Jong Un", "North Korea", "Russia", "Donald Trump");
        assertThat(article.topics()).contains("korea-russia");
        assertThat(article.signature().contentHash()).isNotBlank();
        assertThat(article.signature().minHash()).isNotEmpty();
        assertThat(article.storyId()).isNull();
    }

    @Test
    void tombstonesAreNotArticles() {
        raw.pipeInput("deleted-id", null);
        assertThat(prepared.isEmpty()).isTrue();
    }
}
