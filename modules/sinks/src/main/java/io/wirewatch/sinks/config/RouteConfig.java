package io.wirewatch.sinks.config;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.wirewatch.model.AlertType;
import io.wirewatch.sinks.AlertFilter;
import java.util.List;
import java.util.Set;

/**
 * One routing rule in config/alerts.yaml: alerts matching every given criterion go to its
 * destinations. An alert matching several rules reaches each destination once.
 */
public record RouteConfig(
        @JsonPropertyDescription("a name for messages about this rule")
        String name,
        @JsonPropertyDescription("destination names (required)")
        List<String> destinations,
        @JsonPropertyDescription("NEW_STORY, NEW_FACTS, FIGURE_CHANGED; empty: all")
        List<AlertType> types,
        @JsonPropertyDescription("topic names from topics.yaml, any of; empty: all")
        List<String> topics,
        @JsonPropertyDescription("canonical entity names from entities.yaml, any of; empty: all")
        List<String> entities,
        @JsonPropertyDescription("outlets the story must have reached (alerts carry no score yet); default 0")
        Integer minSources) {

    public RouteConfig {
        destinations = destinations == null ? List.of() : List.copyOf(destinations);
        types = types == null ? List.of() : List.copyOf(types);
        topics = topics == null ? List.of() : List.copyOf(topics);
        entities = entities == null ? List.of() : List.copyOf(entities);
        minSources = minSources == null ? 0 : minSources;
    }

    public AlertFilter filter() {
        return new AlertFilter(Set.copyOf(types), Set.copyOf(topics), Set.copyOf(entities), minSources);
    }

    void check(String where, Set<String> known, List<String> problems) {
        if (destinations.isEmpty()) {
            problems.add(where + ".destinations must name at least one destination");
        }
        for (String d : destinations) {
            if (!known.contains(d)) {
                problems.add(where + ".destinations: no destination named '" + d + "' (known: " + known + ")");
            }
        }
        if (minSources < 0) {
            problems.add(where + ".minSources must not be negative, was " + minSources);
        }
    }
}
