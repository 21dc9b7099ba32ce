package io.wirewatch.app;

import io.wirewatch.app.config.ConfigException;
import io.wirewatch.app.bench.BenchCommand;
import io.wirewatch.app.eval.EvalCommand;
import io.wirewatch.app.feeds.FeedCommand;
import io.wirewatch.app.feeds.FeedsCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code wirewatch} command. Each subcommand wires configuration and lifecycle only; the
 * work happens in the poller, the topology and the sinks.
 */
@Command(name = "wirewatch", mixinStandardHelpOptions = true, version = "wirewatch 0.1.0",
        description = "Event-stream news monitor: feeds to Kafka, copies and versions to stories, new facts to alerts.",
        subcommands = {
                DemoCommand.class,
                RunCommand.class,
                TailCommand.class,
                EvalCommand.class,
                BenchCommand.class,
                FeedCommand.class,
                FeedsCommand.class,
                CommandLine.HelpCommand.class,
        })
public final class Main {

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    static int execute(String... args) {
        CommandLine cli = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof ConfigException) {
                commandLine.getErr().println("wirewatch: configuration error: " + e.getMessage());
                return 2;
            }
            commandLine.getErr().println("wirewatch: " + e);
            return 1;
        });
        return cli.execute(args);
    }
}
