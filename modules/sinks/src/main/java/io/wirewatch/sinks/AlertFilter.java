package io.wirewatch.sinks;

import io.wirewatch.model.Alert;
import io.wirewatch.model.AlertType;
import java.util.Set;

/**
 * Which alerts a route (or {@code wirewatch tail}) wants: every criterion given must hold; an empty
 * criterion lets everything through.
 *
 * <p>In: an alert. Out: yes or no. Alerts carry no score yet, so "how important" is told by what
 * exists: the number of outlets that carried the story ({@code minSources}).
 *
 * @param types      alert types wanted (any of)
 * @param topics     topics wanted (the alert matches any of them)
 * @param entities   entity names wanted (the alert mentions any of them)
 * @param minSources outlets the story needs at least
 */
public record AlertFilter(Set<AlertType> types, Set<String> topics, Set<String> entities, int minSources) {

    public static final AlertFilter ALL = new AlertFilter(Set.of(), Set.of(), Set.of(), 0);

    public AlertFilter {
        types = types == null ? Set.of() : Set.copyOf(types);
        topics = topics == null ? Set.of() : Set.copyOf(topics);
        entities = entities == null ? Set.of() : Set.copyOf(entities);
    }

    public boolean matches(Alert alert) {
        if (!types.isEmpty() && !types.contains(alert.type())) {
            return false;
        }
        if (!topics.isEmpty() && alert.topics().stream().noneMatch(topics::contains)) {
            return false;
        }
        if (!entities.isEmpty() && alert.entities().stream().noneMatch(e -> entities.contains(e.name()))) {
            return false;
        }
        return alert.sources().size() >= minSources;
    }
}
