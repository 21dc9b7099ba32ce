package io.wirewatch.topology;

import io.wirewatch.model.AlertEntity;
import io.wirewatch.model.AlertFact;
import io.wirewatch.model.AlertType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * News of a story not yet told: what one or more versions added, waiting for the story's
 * cool-down to end. Kept in the {@code facts-held-news} store (story id → HeldNews) and raised as
 * one alert, so a burst of versions makes one alert instead of one per outlet, and nothing a
 * version added is lost.
 *
 * @param type      NEW_FACTS, or FIGURE_CHANGED when any of the versions changed a figure
 * @param facts     the claims to tell: changed figures first, then new claims, oldest first
 * @param articleId the latest version that added news: the alert is that article's
 * @param source    its outlet
 * @param url       its link
 * @param time      its publication time
 * @param entities  its entities
 * @param revision  the content hash of that article's text: an edited article is news again
 */
record HeldNews(AlertType type, List<AlertFact> facts, String articleId, String source, String url, Instant time,
                List<AlertEntity> entities, String revision) {

    HeldNews {
        facts = facts == null ? List.of() : List.copyOf(facts);
        entities = entities == null ? List.of() : List.copyOf(entities);
    }

    /** This news followed by a later version's: one alert's worth, the later article's. */
    HeldNews plus(HeldNews later) {
        List<AlertFact> merged = new ArrayList<>();
        facts.stream().filter(f -> f.figure() != null).forEach(merged::add);
        later.facts.stream().filter(f -> f.figure() != null).forEach(merged::add);
        facts.stream().filter(f -> f.figure() == null).forEach(merged::add);
        later.facts.stream().filter(f -> f.figure() == null).forEach(merged::add);
        AlertType merge = type == AlertType.FIGURE_CHANGED || later.type == AlertType.FIGURE_CHANGED
                ? AlertType.FIGURE_CHANGED : AlertType.NEW_FACTS;
        return new HeldNews(merge, merged, later.articleId, later.source, later.url, later.time, later.entities,
                later.revision);
    }
}
