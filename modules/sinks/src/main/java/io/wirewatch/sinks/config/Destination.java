package io.wirewatch.sinks.config;

import io.wirewatch.sinks.Secret;
import java.time.Duration;

/**
 * A destination ready to use: defaults applied, secrets read from the environment.
 *
 * @param name          unique name; delivery records and the consumer group carry it
 * @param type          which sink class serves it
 * @param url           the endpoint (slack, webhook), never printed
 * @param secret        the HMAC-SHA256 key (webhook), never printed
 * @param ratePerSecond pace of messages
 * @param burst         messages allowed at once before the pace applies
 * @param digestBacklog more waiting alerts than this go as one digest; 0 never
 * @param timeout       per request
 * @param maxAttempts   attempts on 5xx, I/O errors and timeouts before the dead-letter topic
 * @param maxBackoff    longest wait between attempts
 * @param json          console: JSON lines
 */
public record Destination(String name, DestinationType type, Secret url, Secret secret, double ratePerSecond,
                          int burst, int digestBacklog, Duration timeout, int maxAttempts, Duration maxBackoff,
                          boolean json) {

    public Destination withPace(double rate, int burstSize) {
        return new Destination(name, type, url, secret, rate, burstSize, digestBacklog, timeout, maxAttempts,
                maxBackoff, json);
    }

    public Destination withDigestBacklog(int backlog) {
        return new Destination(name, type, url, secret, ratePerSecond, burst, backlog, timeout, maxAttempts,
                maxBackoff, json);
    }

    public Destination withRetries(int attempts, Duration backoff, Duration requestTimeout) {
        return new Destination(name, type, url, secret, ratePerSecond, burst, digestBacklog, requestTimeout, attempts,
                backoff, json);
    }
}
