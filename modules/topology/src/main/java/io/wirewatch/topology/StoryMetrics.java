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
     * The facts stage raised an alert; {@code sinceFetched} is from the fetch of the article that
     * raised it to now, null for news released after a cool-down.
     */
    default void raised(Alert alert, java.time.Duration sinceFetched) {
    }
}
