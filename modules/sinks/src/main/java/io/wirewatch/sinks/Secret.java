package io.wirewatch.sinks;

/**
 * A value read from the environment that must never reach a log, an exception or a toString: a
 * webhook URL (Slack's carries its token) or an HMAC secret.
 *
 * <p>In: the environment variable's name and value. Out: the value, only through {@link #reveal()}.
 */
public final class Secret {

    private final String envName;
    private final String value;

    public Secret(String envName, String value) {
        this.envName = envName;
        this.value = value;
    }

    /** The environment variable it came from: safe to name in messages. */
    public String envName() {
        return envName;
    }

    public String reveal() {
        return value;
    }

    /** Removes the secret from a text that may have picked it up (an HTTP client's exception message). */
    public String redact(String text) {
        if (text == null || value == null || value.isEmpty()) {
            return text;
        }
        String out = text.replace(value, toString());
        // A client may quote only the path, and the path is where Slack keeps the token.
        try {
            String path = java.net.URI.create(value).getRawPath();
            if (path != null && path.length() > 1) {
                out = out.replace(path, "/<redacted>");
            }
        } catch (IllegalArgumentException notAUri) {
            // an HMAC secret, not a URL: the plain replacement above is all there is
        }
        return out;
    }

    @Override
    public String toString() {
        return "${" + envName + "}";
    }
}
