package io.wirewatch.sinks.config;

import java.util.List;

/** config/alerts.yaml cannot be used; the message lists every problem, one per line, and no secret. */
public final class AlertsConfigException extends RuntimeException {

    public AlertsConfigException(String source, List<String> problems) {
        super(source + ":\n  - " + String.join("\n  - ", problems));
    }

    public AlertsConfigException(String message) {
        super(message);
    }
}
