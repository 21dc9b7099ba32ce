package io.wirewatch.topology;

import io.wirewatch.model.Article;
import io.wirewatch.model.Json;
import io.wirewatch.model.Topics;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * Stage 3, facts: each article against its story's memory of claims.
 *
 * <p>In: (story id, {@link Placed}) from the cluster stage. Its article is repartitioned by story id
 * ({@code facts-by-story}) so this stage scales with partitions; each story it merged away becomes
 * a notice (absorbed id, survivor id) on {@code facts-merges}, co-partitioned, whose
 * {@link StoryAbsorber} hands the absorbed story's memory over through {@code facts-folds} (key =
 * survivor id) to a {@link StoryFolder} on the survivor's partition. Out:
 * {@code wirewatch.alerts} (story id, Alert), {@code wirewatch.stories} (story id, Story; an
 * absorbed story's last record names its absorber in {@code mergedInto}) and
 * {@code wirewatch.articles} (article id, Article with its story). State: {@code facts-story-memory}
 * (story id → {@link StoryMemory}) and {@code facts-held-news} (story id → {@link HeldNews} held
 * during a cool-down), shared by the three processors.
 */
final class FactsStage {

    static final String NAME = "facts";
    static final String INPUT = "facts-by-story";
    static final String MERGES = "facts-merges";
    static final String FOLDS = "facts-folds";
    static final String MEMORY_STORE = "facts-story-memory";
    static final String HELD_STORE = "facts-held-news";

    private FactsStage() {
    }

    static void apply(StreamsBuilder builder, KStream<String, Placed> clustered, TopologySettings settings) {
        apply(builder, clustered, settings, StoryMetrics.NONE);
    }

    static void apply(StreamsBuilder builder, KStream<String, Placed> clustered, TopologySettings settings,
                      StoryMetrics metrics) {
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(MEMORY_STORE),
                Serdes.String(), new StoryMemorySerde()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(HELD_STORE),
                Serdes.String(), Json.serde(HeldNews.class)));

        KStream<String, FactsOutcome> judged = clustered
                .mapValues(Placed::article, Named.as("placed-article"))
                .repartition(Repartitioned.<String, Article>as(INPUT)
                        .withKeySerde(Topics.ARTICLES.keySerde())
                        .withValueSerde(new PreparedArticleSerde())
                        .withNumberOfPartitions(settings.storyPartitions()))
                .process(() -> new FactsProcessor(settings.novelty(), settings.entities(), settings.cluster().window(),
                                metrics), Named.as(NAME), MEMORY_STORE, HELD_STORE);

        KStream<String, StoryFold> handedOver = clustered
                .flatMap((survivor, placed) -> placed.absorbed().stream()
                        .map(absorbed -> KeyValue.pair(absorbed, survivor)).toList(), Named.as("absorbed-stories"))
                .repartition(Repartitioned.<String, String>as(MERGES)
                        .withKeySerde(Serdes.String())
                        .withValueSerde(Serdes.String())
                        .withNumberOfPartitions(settings.storyPartitions()))
                .process(StoryAbsorber::new, Named.as("absorb"), MEMORY_STORE, HELD_STORE);
        KStream<String, FactsOutcome> folded = handedOver
                .selectKey((absorbed, fold) -> fold.survivor(), Named.as("fold-by-survivor"))
                .repartition(Repartitioned.<String, StoryFold>as(FOLDS)
                        .withKeySerde(Serdes.String())
                        .withValueSerde(Json.serde(StoryFold.class))
                        .withNumberOfPartitions(settings.storyPartitions()))
                .process(StoryFolder::new, Named.as("fold"), MEMORY_STORE, HELD_STORE);
        KStream<String, FactsOutcome> absorbedStories = handedOver
                .mapValues((absorbed, fold) -> new FactsOutcome(null,
                        StoryBook.mergedInto(fold.memory().story(), fold.survivor()), null), Named.as("absorbed-story"));

        KStream<String, FactsOutcome> outcomes = judged
                .merge(absorbedStories, Named.as("with-absorbed-stories"))
                .merge(folded, Named.as("with-folded-stories"));
        outcomes.mapValues(FactsOutcome::story, Named.as("story-state"))
                .to(Topics.STORIES.name(), Produced.with(Topics.STORIES.keySerde(), Topics.STORIES.valueSerde())
                        .withName("stories-out"));
        outcomes.filter((story, outcome) -> outcome.alert() != null, Named.as("raised-alerts"))
                .mapValues(FactsOutcome::alert, Named.as("alert"))
                .to(Topics.ALERTS.name(), Produced.with(Topics.ALERTS.keySerde(), Topics.ALERTS.valueSerde())
                        .withName("alerts-out"));
        // Held news raised by the punctuator, and merges, have no article of their own.
        outcomes.filter((story, outcome) -> outcome.article() != null, Named.as("judged-articles"))
                .map((story, outcome) -> KeyValue.pair(outcome.article().id(), outcome.article()),
                        Named.as("article-by-id"))
                .to(Topics.ARTICLES.name(), Produced.with(Topics.ARTICLES.keySerde(), Topics.ARTICLES.valueSerde())
                        .withName("articles-out"));
    }
}
