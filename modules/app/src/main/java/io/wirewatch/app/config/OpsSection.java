package io.wirewatch.app.config;

import java.util.List;

/**
 * The operations endpoints: {@code /metrics} (Prometheus), {@code /health/live}, {@code /health/ready}.
 *
 * @param enabled serve them
 * @param bind    address to bind; loopback unless a scraper elsewhere must reach it ("0.0.0.0" in a container)
 * @param port    port (0 = any free port)
 */
public record OpsSection(Boolean enabled, String bind, Integer port) {

    public OpsSection {
        enabled = enabled == null || enabled;
        bind = bind == null || bind.isBlank() ? "127.0.0.1" : bind.strip();
        port = port == null ? 9464 : port;
    }

    public static OpsSection defaults() {
        return new OpsSection(null, null, null);
    }

    void check(List<String> problems) {
        if (port < 0 || port > 65535) {
            problems.add("ops.port must be 0-65535, was " + port);
        }
    }
}
