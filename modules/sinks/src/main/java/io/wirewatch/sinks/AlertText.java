package io.wirewatch.sinks;

import io.wirewatch.model.Alert;
import io.wirewatch.model.AlertEntity;
import io.wirewatch.model.AlertFact;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An alert as a few lines a person reads in a terminal: what happened, who reported it, the
 * claims, what it is about.
 */
public final class AlertText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    /** The entities line names the most mentioned few; the JSON has them all. */
    private static final int ENTITIES_SHOWN = 8;

    private AlertText() {
    }

    public static String format(Alert alert) {
        StringBuilder out = new StringBuilder();
        String label = switch (alert.type()) {
            case NEW_STORY -> "NEW STORY";
            case NEW_FACTS -> "NEW FACTS";
            case FIGURE_CHANGED -> "FIGURE CHANGED";
        };
        out.append("== ").append(label).append(" | ").append(alert.headline()).append('\n');
        out.append("   ").append(alert.source());
        if (alert.time() != null) {
            out.append(" | ").append(TIME.format(alert.time()));
        }
        out.append(" | ").append(alert.storyId()).append(" | ").append(alert.id()).append('\n');
        List<String> others = alert.sources().stream().filter(s -> !s.equals(alert.source())).toList();
        if (!others.isEmpty()) {
            out.append("   also reported by: ").append(String.join(", ", others)).append('\n');
        }
        for (AlertFact fact : alert.facts()) {
            if (fact.figure() != null) {
                out.append("   ~ ").append(fact.figure()).append(" (was ").append(fact.previousFigure());
                if (fact.previousSource() != null) {
                    out.append(", ").append(fact.previousSource());
                }
                out.append("): ").append(fact.text()).append('\n');
            } else {
                out.append(alert.type().name().equals("NEW_STORY") ? "   * " : "   + ").append(fact.text()).append('\n');
            }
        }
        if (!alert.entities().isEmpty()) {
            out.append("   entities: ").append(alert.entities().stream().limit(ENTITIES_SHOWN)
                    .map(AlertText::entity).collect(Collectors.joining(", "))).append('\n');
        }
        if (!alert.topics().isEmpty()) {
            out.append("   topics: ").append(String.join(", ", alert.topics())).append('\n');
        }
        if (alert.url() != null) {
            out.append("   ").append(alert.url()).append('\n');
        }
        return out.toString();
    }

    private static String entity(AlertEntity entity) {
        return entity.name() + " (" + entity.mentions() + ")";
    }
}
