package io.wirewatch.sinks.config;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.wirewatch.sinks.Secret;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * One destination in config/alerts.yaml, as written. Missing values take defaults that depend on
 * the type (Slack is paced at its documented one message per second); {@link #resolve} reads the
 * secrets from the environment and reports every problem.
 */
public record DestinationConfig(
        @JsonPropertyDescription("unique name: letters, digits, '.', '_', '-'; part of consumer group and delivery keys")
        String name,
        @JsonPropertyDescription("slack, webhook or console")
        DestinationType type,
        @JsonPropertyDescription("name of the environment variable holding the URL (slack, webhook)")
        String urlEnv,
        @JsonPropertyDescription("name of the environment variable holding the HMAC-SHA256 secret (webhook)")
        String secretEnv,
        @JsonPropertyDescription("messages per second at most (slack 1, webhook 5)")
        Double ratePerSecond,
        @JsonPropertyDescription("messages that may go at once before the rate applies (slack 3, webhook 10)")
        Integer burst,
        @JsonPropertyDescription("more waiting alerts than this are sent as one digest; 0 never (slack 20, webhook 0)")
        Integer digestBacklog,
        @JsonPropertyDescription("time a request may take before it counts as failed (PT10S)")
        Duration timeout,
        @JsonPropertyDescription("attempts on 5xx, I/O errors and timeouts before the alert goes to wirewatch.dlq (8)")
        Integer maxAttempts,
        @JsonPropertyDescription("longest wait between two attempts; waits double from 1 s up to it (PT1M)")
        Duration maxBackoff,
        @JsonPropertyDescription("console only: JSON lines instead of readable text (false)")
        Boolean json) {

    /** The destination with its secrets read and defaults applied; null when it has problems (then listed). */
    Destination resolve(String where, Function<String, String> env, List<String> problems) {
        int before = problems.size();
        if (name == null || !name.matches("[A-Za-z0-9._-]+")) {
            problems.add(where + ".name must be letters, digits, '.', '_' or '-', was '" + name + "'");
        }
        if (type == null) {
            problems.add(where + ".type must be slack, webhook or console");
            return null;
        }
        boolean http = type != DestinationType.CONSOLE;
        Secret url = null;
        Secret secret = null;
        if (http) {
            url = fromEnv(where + ".urlEnv", urlEnv, env, problems);
            if (url != null && !url.reveal().matches("(?i)https?://[^\\s]+")) {
                // Never quote the value: a Slack webhook URL is a credential.
                problems.add(where + ": the value of " + urlEnv + " is not an http(s) URL");
            }
        }
        if (type == DestinationType.WEBHOOK) {
            secret = fromEnv(where + ".secretEnv", secretEnv, env, problems);
        }
        double rate = ratePerSecond != null ? ratePerSecond : type == DestinationType.SLACK ? 1.0 : 5.0;
        int burstSize = burst != null ? burst : type == DestinationType.SLACK ? 3 : 10;
        int digest = digestBacklog != null ? digestBacklog : type == DestinationType.SLACK ? 20 : 0;
        Duration requestTimeout = timeout != null ? timeout : Duration.ofSeconds(10);
        int attempts = maxAttempts != null ? maxAttempts : 8;
        Duration backoff = maxBackoff != null ? maxBackoff : Duration.ofMinutes(1);
        if (!(rate > 0)) {
            problems.add(where + ".ratePerSecond must be positive, was " + rate);
        }
        if (burstSize < 1) {
            problems.add(where + ".burst must be at least 1, was " + burstSize);
        }
        if (digest < 0 || digest == 1) {
            problems.add(where + ".digestBacklog must be 0 (never) or at least 2, was " + digest);
        }
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            problems.add(where + ".timeout must be positive, was " + requestTimeout);
        }
        if (attempts < 1) {
            problems.add(where + ".maxAttempts must be at least 1, was " + attempts);
        }
        if (backoff.toMillis() < 1) {
            problems.add(where + ".maxBackoff must be positive, was " + backoff);
        }
        if (problems.size() > before) {
            return null;
        }
        return new Destination(name, type, url, secret, rate, burstSize, digest, requestTimeout, attempts, backoff,
                json != null && json);
    }

    private static Secret fromEnv(String field, String envName, Function<String, String> env, List<String> problems) {
        if (envName == null || envName.isBlank()) {
            problems.add(field + " must name an environment variable (secrets never live in the file)");
            return null;
        }
        if (!envName.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            problems.add(field + " must be an environment variable's name, was not (a value pasted here by mistake?)");
            return null;
        }
        String value = env.apply(envName);
        if (value == null || value.isBlank()) {
            problems.add(field + ": environment variable " + envName + " is not set");
            return null;
        }
        return new Secret(envName, value.trim());
    }
}
