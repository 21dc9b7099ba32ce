package io.wirewatch.app.feeds;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code wirewatch feeds}: the configured feeds: import, list, and the poller benchmark. */
@Command(name = "feeds", mixinStandardHelpOptions = true, description = "Manage and inspect the polled feeds.",
        subcommands = {FeedsImportCommand.class, FeedsListCommand.class, PollerBenchCommand.class})
public final class FeedsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
