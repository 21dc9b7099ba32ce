package io.wirewatch.model;

import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Every topic wirewatch reads or writes, with its key and value serdes.
 *
 * <pre>
 * wirewatch.articles.raw  key article id  value RawArticle   poller to topology
 * wirewatch.articles      key article id  value Article      enriched and clustered articles
 * wirewatch.stories       key story id    value Story        compacted: current state per story
 * wirewatch.alerts        key story id    value Alert        what subscribers and sinks read
 * wirewatch.feed-state    key feed id     value FeedState    compacted: the poller's memory
 * wirewatch.dlq           key as received value bytes        poison records, reason in headers
 * wirewatch.deliveries    key dest/alert  value Delivery     compacted: alerts each sink destination received
 * </pre>
 */
public final class Topics {

    public static final Topic<String, RawArticle> RAW_ARTICLES =
            new Topic<>("wirewatch.articles.raw", Serdes.String(), Json.serde(RawArticle.class), false);
    public static final Topic<String, Article> ARTICLES =
            new Topic<>("wirewatch.articles", Serdes.String(), Json.serde(Article.class), false);
    public static final Topic<String, Story> STORIES =
            new Topic<>("wirewatch.stories", Serdes.String(), Json.serde(Story.class), true);
    public static final Topic<String, Alert> ALERTS =
            new Topic<>("wirewatch.alerts", Serdes.String(), Json.serde(Alert.class), false);
    public static final Topic<String, FeedState> FEED_STATE =
            new Topic<>("wirewatch.feed-state", Serdes.String(), Json.serde(FeedState.class), true);
    public static final Topic<byte[], byte[]> DLQ =
            new Topic<>("wirewatch.dlq", Serdes.ByteArray(), Serdes.ByteArray(), false);
    /**
     * Delivered alert ids only matter while an alert can be raised again: a re-processing reaches
     * back as far as {@code wirewatch.articles.raw} keeps (7 days by default), so 30 days is
     * ample, and the topic no longer grows for ever.
     */
    public static final Topic<String, Delivery> DELIVERIES =
            new Topic<>("wirewatch.deliveries", Serdes.String(), Json.serde(Delivery.class), true, Duration.ofDays(30));

    /** Header on a dead-letter record: why it could not be processed. */
    public static final String DLQ_REASON_HEADER = "wirewatch.dlq.reason";
    /** Header on a dead-letter record: the stage that gave up on it. */
    public static final String DLQ_STAGE_HEADER = "wirewatch.dlq.stage";
    /** Header on a dead-letter record: the topic it was read from. */
    public static final String DLQ_TOPIC_HEADER = "wirewatch.dlq.topic";

    private Topics() {
    }

    /** All topics, for creating them before anything runs. */
    public static List<Topic<?, ?>> all() {
        return List.of(RAW_ARTICLES, ARTICLES, STORIES, ALERTS, FEED_STATE, DLQ, DELIVERIES);
    }
}
