package io.wirewatch.app.config;

import java.util.List;

/** The configuration cannot be used; the message lists every problem found, one per line. */
public final class ConfigException extends RuntimeException {

    public ConfigException(String source, List<String> problems) {
        super(source + ":\n  - " + String.join("\n  - ", problems));
    }

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
