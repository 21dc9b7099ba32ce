package io.wirewatch.sinks.config;

import io.wirewatch.model.Alert;
import java.util.List;
import java.util.function.Predicate;

/**
 * The resolved routing: each destination with the test its alerts must pass.
 *
 * @param routes one per destination
 */
public record Routing(List<Route> routes) {

    public static final Routing NONE = new Routing(List.of());

    public Routing {
        routes = List.copyOf(routes);
    }

    /**
     * A destination and the alerts it wants (any of its rules matches).
     *
     * @param destination where
     * @param wanted      which alerts
     */
    public record Route(Destination destination, Predicate<Alert> wanted) {
    }
}
