package io.wirewatch.sinks;

import io.wirewatch.sinks.config.Destination;
import java.io.PrintStream;

/** Chooses the sink class for a configured destination. */
public final class Sinks {

    private Sinks() {
    }

    public static AlertSink create(Destination destination, PrintStream console) {
        return switch (destination.type()) {
            case SLACK -> new SlackSink(destination);
            case WEBHOOK -> new WebhookSink(destination);
            case CONSOLE -> new ConsoleSink(console, destination.json());
        };
    }
}
