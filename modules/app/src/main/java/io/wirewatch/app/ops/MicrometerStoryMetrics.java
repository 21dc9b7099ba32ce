package io.wirewatch.app.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.wirewatch.model.Alert;
import io.wirewatch.model.Article;
import io.wirewatch.model.EntityMention;
import io.wirewatch.model.Relation;
import io.wirewatch.topology.StoryMetrics;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Story volume as Prometheus meters, from the topology's {@link StoryMetrics} calls.
 *
 * <pre>
 * wirewatch_articles_judged_total{relation}        new / copy / version / duplicate
 * wirewatch_topic_articles_total{topic,relation}   the same per configured topic ("none" without one)
 * wirewatch_entity_mentions_total{entity}          articles mentioning an entity (at most 500 names, then "other")
 * wirewatch_alerts_raised_total{type}              NEW_STORY / NEW_FACTS / FIGURE_CHANGED
 * wirewatch_alert_latency_seconds                  histogram: article fetched to alert raised
 * </pre>
 * Tags stay low-cardinality: relations, alert types, configured topics, a bounded set of entities.
 */
public final class MicrometerStoryMetrics implements StoryMetrics {

    static final int ENTITY_NAMES = 500;

    private final MeterRegistry registry;
    private final BoundedTags entities = new BoundedTags(ENTITY_NAMES);
    private final Timer latency;

    public MicrometerStoryMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.latency = Timer.builder("wirewatch.alert.latency")
                .description("From an article's fetch to the alert it raised")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(5))
                .maximumExpectedValue(Duration.ofMinutes(5))
                .register(registry);
    }

    @Override
    public void judged(Article article, Relation relation) {
        String how = relation.name().toLowerCase(Locale.ROOT);
        Counter.builder("wirewatch.articles.judged").description("Articles judged by the cluster stage")
                .tag("relation", how).register(registry).increment();
        if (article.topics().isEmpty()) {
            topic("none", how);
        }
        article.topics().forEach(topic -> topic(topic, how));
        if (relation == Relation.DUPLICATE) {
            return;
        }
        Set<String> mentioned = new HashSet<>();
        for (EntityMention mention : article.entities()) {
            if (mentioned.add(mention.canonical())) {
                Counter.builder("wirewatch.entity.mentions").description("Articles mentioning an entity")
                        .tag("entity", entities.of(mention.canonical())).register(registry).increment();
            }
        }
    }

    private void topic(String topic, String relation) {
        Counter.builder("wirewatch.topic.articles").description("Articles judged, per configured topic")
                .tag("topic", topic).tag("relation", relation).register(registry).increment();
    }

    @Override
    public void raised(Alert alert, Article raisedBy) {
        Counter.builder("wirewatch.alerts.raised").description("Alerts raised by the facts stage")
                .tag("type", alert.type().name()).register(registry).increment();
        if (raisedBy != null && raisedBy.fetched() != null) {
            Duration sinceFetched = Duration.between(raisedBy.fetched(), Instant.now());
            if (!sinceFetched.isNegative()) {
                latency.record(sinceFetched);
            }
        }
    }
}
