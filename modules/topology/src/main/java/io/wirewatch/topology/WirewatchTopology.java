package io.wirewatch.topology;

import io.wirewatch.model.Article;
import io.wirewatch.model.RawArticle;
import io.wirewatch.model.Topics;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;

/**
 * The wirewatch topology, a pure function of its settings.
 *
 * <pre>
 * wirewatch.articles.raw (article id, RawArticle)
 *   -> prepare  (stateless, per partition)           {@link PrepareStage}
 *   -> cluster  (stateful, one partition: a view across all recent articles)  {@link ClusterStage}
 *   -> facts    (stateful, keyed by story id)         {@link FactsStage}
 *   -> wirewatch.articles (article id, Article), wirewatch.stories (story id, Story),
 *      wirewatch.alerts (story id, Alert)
 * </pre>
 *
 * Poison records (undeserialisable or failing a stage) go to {@code wirewatch.dlq} through
 * {@link DeadLetters}, configured in {@link StreamsSettings}.
 */
public final class WirewatchTopology {

    private WirewatchTopology() {
    }

    public static Topology build(TopologySettings settings) {
        return build(settings, StoryMetrics.NONE);
    }

    /** The topology, telling {@code metrics} how articles are judged and alerts raised. */
    public static Topology build(TopologySettings settings, StoryMetrics metrics) {
        StreamsBuilder builder = new StreamsBuilder();
        KStream<String, RawArticle> raw = builder.stream(Topics.RAW_ARTICLES.name(),
                Consumed.with(Topics.RAW_ARTICLES.keySerde(), Topics.RAW_ARTICLES.valueSerde())
                        .withName("raw-articles"));
        KStream<String, Article> prepared = PrepareStage.apply(raw, settings);
        KStream<String, Placed> clustered = ClusterStage.apply(builder, prepared, settings, metrics);
        FactsStage.apply(builder, clustered, settings, metrics);
        return builder.build();
    }
}
