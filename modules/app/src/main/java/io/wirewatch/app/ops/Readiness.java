package io.wirewatch.app.ops;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Whether this process is ready to do its work, part by part: the topology is RUNNING, the
 * poller is polling, the sinks are consuming. {@code /health/ready} reports it; Kubernetes routes
 * and rolls out by it.
 */
public final class Readiness {

    /** One part's state: ready or not, and a word saying why. */
    public record Check(boolean ready, String state) {
    }

    private final Map<String, Supplier<Check>> checks = new ConcurrentHashMap<>();

    public void register(String part, Supplier<Check> check) {
        checks.put(part, check);
    }

    /** Every part's state, in name order. */
    public Map<String, Check> states() {
        Map<String, Check> states = new LinkedHashMap<>();
        checks.keySet().stream().sorted().forEach(name -> {
            Check check;
            try {
                check = checks.get(name).get();
            } catch (RuntimeException e) {
                check = new Check(false, "error: " + e.getClass().getSimpleName());
            }
            states.put(name, check);
        });
        return states;
    }

    public boolean ready() {
        return !checks.isEmpty() && states().values().stream().allMatch(Check::ready);
    }
}
