package io.wirewatch.sinks;

import io.wirewatch.model.Alert;
import io.wirewatch.model.Json;
import java.io.PrintStream;

/**
 * Prints alerts to a terminal, readable ({@link AlertText}) or as one JSON object per line.
 *
 * <p>In: alerts. Out: text on the given stream.
 */
public final class ConsoleSink implements AlertSink {

    private final PrintStream out;
    private final boolean json;

    public ConsoleSink(PrintStream out, boolean json) {
        this.out = out;
        this.json = json;
    }

    @Override
    public String name() {
        return "console";
    }

    @Override
    public synchronized void deliver(Alert alert) {
        out.println(json ? Json.write(alert) : AlertText.format(alert));
        out.flush();
    }
}
