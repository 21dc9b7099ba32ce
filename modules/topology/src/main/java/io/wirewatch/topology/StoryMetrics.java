package io.wirewatch.topology;

import io.wirewatch.model.Alert;
import io.wirewatch.model.Article;
import io.wirewatch.model.Relation;

/**
 * What the topology tells the outside about story volume: how articles were judged, which stories
 * opened under which topics, which alerts were raised and how late. The app records these as
 * Prometheus meters; tests and {@code wirewatch eval} pass {@link #NONE}.
 *
 * <p>Called from the stream threads, once per record a stage has finished with; implementations
 * must be cheap and thread-safe.
 */
public interface StoryMetrics {

    StoryMetrics NONE = new StoryMetrics() {
    };

    /** The cluster stage judged an article (DUPLICATEs included: they stop here). */
    default void judged(Article article, Relation relation) {
    }

    /**
     * The facts stage raised an alert while processing {@code raisedBy}: usually the article the
     * alert names, but news held through a cool-down is raised by the story's next article, so how
     * late an alert is counts from {@code raisedBy}'s fetch. Null when a stream-time punctuation
     * released held news (then the delay is the cool-down's, not processing's).
     */
    default void raised(Alert alert, Article raisedBy) {
    }
}
