package io.wirewatch.sinks.config;

/** Kinds of destination; each is one sink class. */
public enum DestinationType {
    /** A Slack incoming webhook: Block Kit messages, about one per second. */
    SLACK,
    /** Any HTTPS endpoint: the alert as JSON, signed with HMAC-SHA256. */
    WEBHOOK,
    /** Standard output. */
    CONSOLE
}
