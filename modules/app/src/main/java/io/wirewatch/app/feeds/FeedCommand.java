package io.wirewatch.app.feeds;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code wirewatch feed}: tools for one feed document at a time. */
@Command(name = "feed", mixinStandardHelpOptions = true, description = "Look at feed documents.",
        subcommands = {FeedParseCommand.class})
public final class FeedCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
