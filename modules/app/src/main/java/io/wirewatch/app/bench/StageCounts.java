package io.wirewatch.app.bench;

import io.wirewatch.model.Alert;
import io.wirewatch.model.Article;
import io.wirewatch.model.Relation;
import io.wirewatch.topology.StoryMetrics;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts what the topology did, so the bench knows when every article it sent has been judged and
 * how the stream was judged.
 */
final class StageCounts implements StoryMetrics {

    private final Map<Relation, AtomicLong> judged = new EnumMap<>(Relation.class);
    private final AtomicLong raised = new AtomicLong();
    private final LatencyTrail trail;

    StageCounts(LatencyTrail trail) {
        this.trail = trail;
        for (Relation r : Relation.values()) {
            judged.put(r, new AtomicLong());
        }
    }

    @Override
    public void judged(Article article, Relation relation) {
        trail.passed(LatencyTrail.Point.CLUSTERED, article.id());
        judged.get(relation).incrementAndGet();
    }

    @Override
    public void raised(Alert alert, Article raisedBy) {
        if (raisedBy != null) {
            trail.raised(alert, raisedBy.id());
        }
        raised.incrementAndGet();
    }

    long judged() {
        return judged.values().stream().mapToLong(AtomicLong::get).sum();
    }

    long judged(Relation relation) {
        return judged.get(relation).get();
    }

    /** Articles that leave the facts stage: all but the duplicates. */
    long kept() {
        return judged() - judged(Relation.DUPLICATE);
    }

    long raised() {
        return raised.get();
    }
}
