package io.wirewatch.app.config;

/**
 * The console sink.
 *
 * @param enabled print alerts on standard output
 * @param json    one JSON object per line instead of readable text
 */
public record ConsoleSection(Boolean enabled, Boolean json) {

    public ConsoleSection {
        enabled = enabled == null || enabled;
        json = json != null && json;
    }

    public static ConsoleSection defaults() {
        return new ConsoleSection(null, null);
    }
}
