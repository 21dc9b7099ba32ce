package io.wirewatch.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.analysis.ArticlePreparer;
import io.wirewatch.analysis.cluster.StorySummary;
import io.wirewatch.model.Article;
import io.wirewatch.model.Fact;
import io.wirewatch.model.Json;
import io.wirewatch.model.Relation;
import io.wirewatch.model.Story;
import io.wirewatch.model.StorySource;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

/** The binary forms between stages and in stores read back exactly what was written. */
class CompactSerdesTest {

    private final PreparedArticleSerde articles = new PreparedArticleSerde();

    private Article preparedSeed() {
        ArticlePreparer preparer = new ArticlePreparer(Fixtures.settings().entities(), Fixtures.settings().topics());
        return preparer.prepare(Fixtures.versionB(Fixtures.T0));
    }

    @Test
    void aPreparedArticleSurvivesTheTripBetweenStages() {
        // Given a real prepared article, placed in a story
        Article article = preparedSeed().inStory("story-1", Relation.VERSION, 0.91);

        // When it is written and read back
        Article back = articles.deserializer().deserialize("t", articles.serializer().serialize("t", article));

        // Then every field is the same (the MinHash array compared by content)
        assertThat(back).usingRecursiveComparison().isEqualTo(article);
        assertThat(back.entities()).isNotEmpty();
        assertThat(back.sentences()).isNotEmpty();
        assertThat(Arrays.equals(back.signature().minHash(), article.signature().minHash())).isTrue();
    }

    @Test
    void nullsAndEmptiesSurviveToo() {
        Article bare = new Article("a1", null, null, null, "", null, null, "", null, null, null, null, null, null, null);

        Article back = articles.deserializer().deserialize("t", articles.serializer().serialize("t", bare));

        assertThat(back).usingRecursiveComparison().isEqualTo(bare);
        assertThat(back.signature()).isNull();
        assertThat(back.similarity()).isNull();
    }

    @Test
    void jsonWrittenBeforeTheBinaryFormsIsStillRead() {
        // Given an article as an older wirewatch wrote it to a repartition topic
        Article article = preparedSeed();
        byte[] json = Json.write(article).getBytes(StandardCharsets.UTF_8);

        // Then it is read, not dead-lettered
        assertThat(articles.deserializer().deserialize("t", json)).usingRecursiveComparison().isEqualTo(article);
    }

    @Test
    void truncatedOrForeignBytesFailWithAReason() {
        byte[] whole = articles.serializer().serialize("t", preparedSeed());
        byte[] truncated = Arrays.copyOf(whole, whole.length / 2);

        assertThatThrownBy(() -> articles.deserializer().deserialize("cluster-input", truncated))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("not a valid Article on cluster-input")
                .hasMessageContaining("more bytes");
        assertThatThrownBy(() -> articles.deserializer().deserialize("t", new byte[] {9, 1, 2}))
                .isInstanceOf(SerializationException.class).hasMessageContaining("format 9");
        byte[] longer = Arrays.copyOf(whole, whole.length + 1);
        assertThatThrownBy(() -> articles.deserializer().deserialize("t", longer))
                .isInstanceOf(SerializationException.class).hasMessageContaining("left over");
    }

    @Test
    void aStoryMemorySurvivesTheStore() {
        Story story = new Story("story-1", "Shoigu in Pyongyang", Fixtures.T0, Fixtures.T0.plusSeconds(60),
                List.of(new StorySource("Eastern Ledger", "a1", "https://e.example/a1", Relation.NEW, 1.0, Fixtures.T0),
                        new StorySource("Global Dispatch", "a2", null, Relation.VERSION, 0.91, Fixtures.T0.plusSeconds(60))),
                Map.of("Russia", 4, "North Korea", 7), List.of("north-korea-russia"), 2, 2);
        StoryMemory memory = new StoryMemory(story,
                List.of(new Fact("Shoigu met Kim Jong Un in Pyongyang on Tuesday.", "a1", "Eastern Ledger", Fixtures.T0),
                        new Fact("Some 12,000 troops were sent — é, 北.", "a2", "Global Dispatch", null)),
                Fixtures.T0.plusNanos(123_456_789));
        StoryMemorySerde serde = new StoryMemorySerde();

        StoryMemory back = serde.deserializer().deserialize("t", serde.serializer().serialize("t", memory));

        assertThat(back).isEqualTo(memory);
        StoryMemory never = new StoryMemory(story, List.of(), null);
        assertThat(serde.deserializer().deserialize("t", serde.serializer().serialize("t", never))).isEqualTo(never);
    }

    @Test
    void indexEntriesSurviveTheStore() {
        Seen seen = new Seen("story-9", 1_700_000_000_123L);
        Postings postings = new Postings(new long[] {1, 0xfedcba9876543210L}, 42L);

        assertThat(IndexEntrySerdes.seen().deserializer().deserialize("t",
                IndexEntrySerdes.seen().serializer().serialize("t", seen))).isEqualTo(seen);
        Postings back = IndexEntrySerdes.postings().deserializer().deserialize("t",
                IndexEntrySerdes.postings().serializer().serialize("t", postings));
        assertThat(back.stories()).containsExactly(postings.stories());
        assertThat(back.seenMillis()).isEqualTo(42L);
    }

    @Test
    void postingsOfStoryIdsAsOlderWirewatchWroteThemAreRead() {
        // Given postings in format 1 (story ids as strings) and as the first JSON
        CompactOutput format1 = new CompactOutput(64);
        format1.writeByte(1);
        format1.writeList(List.of("story-0000000000000001", "story-fedcba9876543210"), CompactOutput::writeString);
        format1.writeLong(42L);
        byte[] json = "{\"storyIds\":[\"story-00000000000000ff\"],\"seenMillis\":7}".getBytes(StandardCharsets.UTF_8);

        // When read, then the stories come back as their numbers
        Postings one = IndexEntrySerdes.postings().deserializer().deserialize("t", format1.toByteArray());
        assertThat(one.stories()).containsExactly(1, 0xfedcba9876543210L);
        assertThat(one.seenMillis()).isEqualTo(42L);
        Postings first = IndexEntrySerdes.postings().deserializer().deserialize("t", json);
        assertThat(first.stories()).containsExactly(0xff);
        assertThat(first.seenMillis()).isEqualTo(7L);
    }

    @Test
    void aStorySummaryScoresTheSameAfterTheStore() {
        StorySummary summary = new StorySummary("story-1", "Shoigu in Pyongyang", Fixtures.T0, Fixtures.T0.plusSeconds(90),
                3, Map.of("shoigu", 0.4123456789012345, "pyongyang", 0.31, "kim", 1e-9),
                List.of("shoigu", "pyongyang"), List.of("Sergei Shoigu", "North Korea"),
                List.of(new StorySummary.Member("a1", new int[] {1, -2, Integer.MAX_VALUE, Integer.MIN_VALUE}),
                        new StorySummary.Member("a2", new int[0])),
                0.123456789, List.of("shoigu"), "story-0");
        StorySummarySerde serde = new StorySummarySerde();

        StorySummary back = serde.deserializer().deserialize("t", serde.serializer().serialize("t", summary));

        assertThat(back).usingRecursiveComparison().isEqualTo(summary);
        assertThat(back.centroid()).isEqualTo(summary.centroid());
        assertThat(back.members().get(0).minHash()).containsExactly(1, -2, Integer.MAX_VALUE, Integer.MIN_VALUE);
        // and a summary an older wirewatch stored as JSON is still read
        byte[] json = Json.write(summary).getBytes(StandardCharsets.UTF_8);
        assertThat(serde.deserializer().deserialize("t", json)).usingRecursiveComparison().isEqualTo(summary);
    }
}
