package io.wirewatch.sinks;

import io.wirewatch.model.AlertType;
import io.wirewatch.sinks.config.AlertsConfig;
import io.wirewatch.sinks.config.DestinationConfig;
import io.wirewatch.sinks.config.DestinationType;
import io.wirewatch.sinks.config.RouteConfig;
import io.wirewatch.sinks.config.Routing;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Routings the delivery tests build, through the same resolution as config/alerts.yaml. */
final class Destinations {

    private Destinations() {
    }

    /** One Slack destination {@code name} taking the alerts tagged with topic {@code topic}. */
    static Routing slack(String name, String topic, String url, double rate, int burst, int digestBacklog) {
        return slack(name, topic, Map.of("TEST_SLACK_URL", url)::get, rate, burst, digestBacklog);
    }

    /** As above, the URL read from {@code TEST_SLACK_URL} in {@code env}. */
    static Routing slack(String name, String topic, Function<String, String> env, double rate, int burst,
                         int digestBacklog) {
        DestinationConfig d = new DestinationConfig(name, DestinationType.SLACK, "TEST_SLACK_URL", null, rate, burst,
                digestBacklog, Duration.ofSeconds(5), 5, Duration.ofMillis(100), null);
        return route(d, topic, env);
    }

    /** One webhook destination {@code name} taking the alerts tagged with topic {@code topic}. */
    static Routing webhook(String name, String topic, String url, String secret) {
        DestinationConfig d = new DestinationConfig(name, DestinationType.WEBHOOK, "TEST_HOOK_URL", "TEST_HOOK_SECRET",
                100.0, 10, 0, Duration.ofSeconds(5), 3, Duration.ofMillis(50), null);
        return route(d, topic, Map.of("TEST_HOOK_URL", url, "TEST_HOOK_SECRET", secret)::get);
    }

    private static Routing route(DestinationConfig d, String topic, Function<String, String> env) {
        RouteConfig r = new RouteConfig(topic, List.of(d.name()), List.of(AlertType.values()), List.of(topic), null, null);
        return new AlertsConfig(List.of(d), List.of(r)).resolve("test", env);
    }
}
