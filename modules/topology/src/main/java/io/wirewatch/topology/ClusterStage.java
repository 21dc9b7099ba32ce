package io.wirewatch.topology;

import io.wirewatch.model.Article;
import io.wirewatch.model.Topics;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Stage 2, cluster: each prepared article gets its story and its relation to it.
 *
 * <p>In: (article id, Article) from prepare. Out: (story id, {@link Placed}: the Article with storyId,
 * relation and similarity set, and the stories it merged into that one); DUPLICATEs are dropped here. A copy or version can come from any partition, so
 * this stage needs a view across all recent articles: its input is repartitioned into ONE
 * partition ({@code cluster-input}). What it holds is compact (signatures and summaries in six
 * changelogged stores; document frequencies as one log entry per article, {@link DocumentFrequencies}, bounded by the window); docs/architecture.md says how it shards beyond
 * one instance.
 */
final class ClusterStage {

    static final String NAME = "cluster";
    static final String INPUT = "cluster-input";
    static final String ARTICLES_STORE = "cluster-articles";
    static final String CONTENTS_STORE = "cluster-contents";
    static final String KEYS_STORE = "cluster-candidate-keys";
    static final String SUMMARIES_STORE = "cluster-story-summaries";
    static final String TERMS_STORE = "cluster-document-log";
    static final String EXPIRY_STORE = "cluster-expiry-log";

    private ClusterStage() {
    }

    static KStream<String, Placed> apply(StreamsBuilder builder, KStream<String, Article> prepared,
                                          TopologySettings settings) {
        return apply(builder, prepared, settings, StoryMetrics.NONE);
    }

    static KStream<String, Placed> apply(StreamsBuilder builder, KStream<String, Article> prepared,
                                          TopologySettings settings, StoryMetrics metrics) {
        Serde<Seen> seen = IndexEntrySerdes.seen();
        builder.addStateStore(store(ARTICLES_STORE, seen));
        builder.addStateStore(store(CONTENTS_STORE, seen));
        // Not behind Kafka Streams' record cache: measured, it coalesced only a fifth of the
        // candidate keys' writes and none of the summaries' in a commit, yet its sorted byte-array
        // maps (lookups, evictions, flushes) took a fifth of the cluster thread. Hot values are
        // kept as objects by WriteThroughStore instead.
        builder.addStateStore(store(KEYS_STORE, IndexEntrySerdes.postings()));
        builder.addStateStore(store(SUMMARIES_STORE, new StorySummarySerde()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(TERMS_STORE), Serdes.String(),
                Serdes.ByteArray()));
        // One listing per article of what it stamped, by time: expiry reads the due ones, not every entry.
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(EXPIRY_STORE), Serdes.String(),
                Serdes.ByteArray()));

        return prepared
                .repartition(Repartitioned.<String, Article>as(INPUT)
                        .withKeySerde(Topics.ARTICLES.keySerde())
                        .withValueSerde(new PreparedArticleSerde())
                        .withNumberOfPartitions(1))
                .process(() -> new ClusterProcessor(settings.cluster(), metrics), Named.as(NAME),
                        ARTICLES_STORE, CONTENTS_STORE, KEYS_STORE, SUMMARIES_STORE, TERMS_STORE, EXPIRY_STORE);
    }

    private static <V> StoreBuilder<KeyValueStore<String, V>> store(String name, Serde<V> values) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), values);
    }
}
