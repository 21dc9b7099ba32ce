package io.wirewatch.sinks.config;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.wirewatch.model.Alert;
import io.wirewatch.sinks.AlertFilter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * config/alerts.yaml: where alerts go. Destinations (Slack, webhooks, console) and routing rules
 * over alert type, topics, entities and outlet count. Secrets are named, never written: each
 * destination names the environment variables that hold its URL and HMAC secret.
 *
 * <p>In: the YAML file and the environment. Out: {@link Routing}, or an {@link AlertsConfigException}
 * listing every problem at once.
 */
public record AlertsConfig(
        @JsonPropertyDescription("where alerts can go")
        List<DestinationConfig> destinations,
        @JsonPropertyDescription("which alerts go where")
        List<RouteConfig> routes) {

    public AlertsConfig {
        destinations = destinations == null ? List.of() : new ArrayList<>(destinations);
        routes = routes == null ? List.of() : new ArrayList<>(routes);
    }

    private static ObjectMapper yaml() {
        return JsonMapper.builder(new YAMLFactory())
                .addModule(new JavaTimeModule())
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    /** Reads and validates the file; a missing file means no destinations beyond the console. */
    public static Routing load(Path file, Function<String, String> env) {
        if (!Files.isRegularFile(file)) {
            return Routing.NONE;
        }
        AlertsConfig parsed;
        try {
            parsed = yaml().readValue(file.toFile(), AlertsConfig.class);
        } catch (UnrecognizedPropertyException e) {
            throw new AlertsConfigException(file + ": unknown setting '" + e.getPropertyName() + "' at "
                    + e.getPathReference() + " (known: " + e.getKnownPropertyIds() + ")");
        } catch (InvalidFormatException e) {
            throw new AlertsConfigException(file + ": '" + e.getValue() + "' is not valid at " + e.getPathReference()
                    + (e.getTargetType().isEnum() ? " (one of " + List.of(e.getTargetType().getEnumConstants()) + ")" : ""));
        } catch (IOException e) {
            throw new AlertsConfigException(file + ": " + e.getMessage().lines().findFirst().orElse("unreadable"));
        }
        return (parsed == null ? new AlertsConfig(null, null) : parsed).resolve(file.toString(), env);
    }

    /** Validates and reads the secrets; throws listing every problem. */
    public Routing resolve(String source, Function<String, String> env) {
        List<String> problems = new ArrayList<>();
        Map<String, Destination> byName = new LinkedHashMap<>();
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < destinations.size(); i++) {
            DestinationConfig d = destinations.get(i);
            String where = "destinations[" + i + "]";
            if (d == null) {
                problems.add(where + " is empty");
                continue;
            }
            if (d.name() != null && !names.add(d.name())) {
                problems.add(where + ".name '" + d.name() + "' is used twice");
            }
            Destination resolved = d.resolve(where, env, problems);
            if (resolved != null) {
                byName.put(resolved.name(), resolved);
            }
        }
        Map<String, List<AlertFilter>> filters = new LinkedHashMap<>();
        for (int i = 0; i < routes.size(); i++) {
            RouteConfig r = routes.get(i);
            String where = "routes[" + i + "]" + (r != null && r.name() != null ? " (" + r.name() + ")" : "");
            if (r == null) {
                problems.add(where + " is empty");
                continue;
            }
            r.check(where, names, problems);
            for (String d : r.destinations()) {
                filters.computeIfAbsent(d, k -> new ArrayList<>()).add(r.filter());
            }
        }
        for (String name : names) {
            if (!filters.containsKey(name)) {
                problems.add("destination '" + name + "' is in no route, so it would receive nothing");
            }
        }
        if (!problems.isEmpty()) {
            throw new AlertsConfigException(source, problems);
        }
        List<Routing.Route> resolved = new ArrayList<>();
        for (Destination d : byName.values()) {
            List<AlertFilter> any = List.copyOf(filters.get(d.name()));
            Predicate<Alert> wanted = alert -> any.stream().anyMatch(f -> f.matches(alert));
            resolved.add(new Routing.Route(d, wanted));
        }
        return new Routing(resolved);
    }
}
