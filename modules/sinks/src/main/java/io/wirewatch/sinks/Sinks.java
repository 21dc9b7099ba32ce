package io.wirewatch.sinks;

import io.wirewatch.sinks.config.Destination;
import java.io.PrintStream;

/** Chooses the sink class for a configured destination. */
public final class Sinks {

    private Sinks() {
    }

    public static AlertSink create(Destination destination, PrintStream console) {
        return create(destination, console, DeliveryListener.NONE);
    }

    /** The sink for a destination, telling {@code listener} of its retries. */
    public static AlertSink create(Destination destination, PrintStream console, DeliveryListener listener) {
        return switch (destination.type()) {
            case SLACK -> new SlackSink(destination, listener);
            case WEBHOOK -> new WebhookSink(destination, listener);
            case CONSOLE -> new ConsoleSink(console, destination.json());
        };
    }
}
