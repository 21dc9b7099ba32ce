package io.wirewatch.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.analysis.ArticlePreparer;
import io.wirewatch.analysis.cluster.Assignment;
import io.wirewatch.analysis.cluster.InMemoryStoryIndex;
import io.wirewatch.analysis.cluster.StoryClusterer;
import io.wirewatch.model.Article;
import io.wirewatch.model.RawArticle;
import io.wirewatch.model.Relation;
import io.wirewatch.model.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.Test;

/**
 * {@code wirewatch eval clusters} runs the clusterer over {@link InMemoryStoryIndex}; the topology
 * runs it over state stores. Both must place every article alike, or the quality measured by eval
 * would not be the topology's.
 */
class ClusterEquivalenceTest {

    private final TopologySettings settings = Fixtures.settings();
    private final ArticlePreparer preparer = new ArticlePreparer(settings.entities(), settings.topics());

    @Test
    void theClusterStageAndTheInMemoryIndexAssignTheSameStories() {
        // Given a stream spanning two windows: the seed versions, a copy, a re-delivery, an unrelated
        // report, and 90 short articles on one entity (more than a key keeps), one every 100 minutes
        List<Article> stream = stream();

        // When it runs through the in-memory index (as eval does) and through the cluster stage
        List<String> inMemory = new ArrayList<>();
        StoryClusterer clusterer = new StoryClusterer(settings.cluster(), new InMemoryStoryIndex());
        for (Article a : stream) {
            Assignment x = clusterer.assign(a);
            if (x.relation() != Relation.DUPLICATE) {
                inMemory.add(a.id() + " " + x.relation() + " " + x.storyId() + " " + x.similarity());
            }
        }
        List<String> topology = new ArrayList<>();
        StreamsBuilder builder = new StreamsBuilder();
        ClusterStage.apply(builder, builder.stream("test.prepared",
                        Consumed.with(Topics.ARTICLES.keySerde(), Topics.ARTICLES.valueSerde())), settings)
                .mapValues(Placed::article)
                .to("test.clustered", Produced.with(Topics.ARTICLES.keySerde(), Topics.ARTICLES.valueSerde()));
        try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), Fixtures.driverProperties())) {
            TestInputTopic<String, Article> in = driver.createInputTopic("test.prepared",
                    Topics.ARTICLES.keySerde().serializer(), Topics.ARTICLES.valueSerde().serializer());
            TestOutputTopic<String, Article> out = driver.createOutputTopic("test.clustered",
                    Topics.ARTICLES.keySerde().deserializer(), Topics.ARTICLES.valueSerde().deserializer());
            for (Article a : stream) {
                in.pipeInput(a.id(), a);
            }
            for (Article a : out.readValuesToList()) {
                topology.add(a.id() + " " + a.relation() + " " + a.storyId() + " " + a.similarity());
            }
        }

        // Then every article has the same story, relation and similarity in both, and the stream
        // exercised every tier
        assertThat(topology).isEqualTo(inMemory);
        assertThat(String.join("\n", inMemory)).contains(" NEW ", " VERSION ", " COPY ");
        assertThat(inMemory).hasSize(stream.size() - 1);
    }

    private List<Article> stream() {
        Instant t = Fixtures.T0;
        List<Article> out = new ArrayList<>();
        RawArticle a = Fixtures.versionA(t);
        RawArticle b = Fixtures.versionB(t.plusSeconds(3600));
        out.add(preparer.prepare(a));
        out.add(preparer.prepare(b));
        out.add(preparer.prepare(Fixtures.raw("https://wire-copy.example/shoigu", "Wire Copy",
                "Shoigu arrives in Pyongyang", b.content().substring(0, b.content().lastIndexOf("<p>")),
                t.plusSeconds(4000))));
        out.add(preparer.prepare(a)); // a feed delivering it again: DUPLICATE, dropped by the stage
        out.add(preparer.prepare(Fixtures.storm(t.plusSeconds(5000))));
        Random random = new Random(7);
        String[] words = {"talks", "missile", "summit", "drill", "border", "sanctions", "envoy", "launch", "trade",
                "harvest", "floods", "election", "court", "ferry", "bridge", "exports", "festival", "strike"};
        for (int i = 0; i < 90; i++) {
            StringBuilder body = new StringBuilder("North Korea");
            for (int w = 0; w < 14; w++) {
                body.append(' ').append(words[random.nextInt(words.length)]).append(random.nextInt(40));
            }
            String title = "North Korea " + words[random.nextInt(words.length)] + " report " + i;
            out.add(preparer.prepare(Fixtures.raw("https://bulletin.example/nk-" + i, "Bulletin", title,
                    "<p>" + body + ".</p>", t.plus(Duration.ofMinutes(100L * (i + 1))))));
        }
        return out;
    }
}
