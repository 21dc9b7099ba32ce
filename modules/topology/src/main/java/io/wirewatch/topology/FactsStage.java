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
 * <p>In: (story id, Article) from the cluster stage, repartitioned by story id
 * ({@code facts-by-story}) so this stage scales with partitions. Out:
 * {@code wirewatch.alerts} (story id, Alert), {@code wirewatch.stories} (story id, Story) and
 * {@code wirewatch.articles} (article id, Article with its story). State: {@code facts-story-memory}
 * (story id → {@link StoryMemory}) and {@code facts-held-news} (story id → {@link HeldNews} held
 * during a cool-down).
 */
final class FactsStage {

    static final String NAME = "facts";
    static final String INPUT = "facts-by-story";
    static final String MEMORY_STORE = "facts-story-memory";
    static final String HELD_STORE = "facts-held-news";

    private FactsStage() {
    }

    static void apply(StreamsBuilder builder, KStream<String, Article> clustered, TopologySettings settings) {
        apply(builder, clustered, settings, StoryMetrics.NONE);
    }

    static void apply(StreamsBuilder builder, KStream<String, Article> clustered, TopologySettings settings,
                      StoryMetrics metrics) {
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(MEMORY_STORE),
                Serdes.String(), new StoryMemorySerde()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(HELD_STORE),
                Serdes.String(), Json.serde(HeldNews.class)));

        KStream<String, FactsOutcome> outcomes = clustered
                .repartition(Repartitioned.<String, Article>as(INPUT)
                        .withKeySerde(Topics.ARTICLES.keySerde())
                        .withValueSerde(new PreparedArticleSerde())
                        .withNumberOfPartitions(settings.storyPartitions()))
                .process(() -> new FactsProcessor(settings.novelty(), settings.entities(), settings.cluster().window(),
                                metrics), Named.as(NAME), MEMORY_STORE, HELD_STORE);

        outcomes.mapValues(FactsOutcome::story, Named.as("story-state"))
                .to(Topics.STORIES.name(), Produced.with(Topics.STORIES.keySerde(), Topics.STORIES.valueSerde())
                        .withName("stories-out"));
        outcomes.filter((story, outcome) -> outcome.alert() != null, Named.as("raised-alerts"))
                .mapValues(FactsOutcome::alert, Named.as("alert"))
                .to(Topics.ALERTS.name(), Produced.with(Topics.ALERTS.keySerde(), Topics.ALERTS.valueSerde())
                        .withName("alerts-out"));
        // Held news raised by the punctuator has no article of its own.
        outcomes.filter((story, outcome) -> outcome.article() != null, Named.as("judged-articles"))
                .map((story, outcome) -> KeyValue.pair(outcome.article().id(), outcome.article()),
                        Named.as("article-by-id"))
                .to(Topics.ARTICLES.name(), Produced.with(Topics.ARTICLES.keySerde(), Topics.ARTICLES.valueSerde())
                        .withName("articles-out"));
    }
}
