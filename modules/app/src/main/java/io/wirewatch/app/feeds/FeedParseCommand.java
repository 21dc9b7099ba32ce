package io.wirewatch.app.feeds;

import io.wirewatch.poller.FeedFetcher;
import io.wirewatch.poller.PollerSettings;
import io.wirewatch.poller.UnreadableFeedException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code wirewatch feed parse [--content-type T] FILE|URL...}: prints each input's normalised
 * parse as one JSON line, in input order ({@link ParsedFeedJson}).
 *
 * <p>In: files or http(s) URLs. Out: one line per input on stdout; exit status 1 when any input
 * could not be read or parsed (its line then says why), else 0. Inputs are parsed in parallel
 * (thousands of files take seconds), output stays in input order.
 */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Parse feed documents (RSS, Atom, JSON Feed) and print each as one JSON line.")
public final class FeedParseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--content-type", paramLabel = "TYPE",
            description = "Content-Type to assume for every input, e.g. \"text/xml; charset=ISO-8859-1\".")
    String contentType;

    @Parameters(arity = "1..*", paramLabel = "FILE|URL", description = "Feed files or http(s) URLs.")
    List<String> inputs;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String[] lines = new String[inputs.size()];
        boolean[] failed = new boolean[inputs.size()];
        try (FeedFetcher fetcher = new FeedFetcher(PollerSettings.defaults())) {
            IntStream.range(0, inputs.size()).parallel().forEach(i -> {
                String input = inputs.get(i);
                try {
                    lines[i] = ParsedFeedJson.of(input, FeedInput.read(input, contentType, fetcher));
                } catch (UnreadableFeedException e) {
                    lines[i] = ParsedFeedJson.error(input, e.getMessage());
                    failed[i] = true;
                } catch (RuntimeException e) {
                    lines[i] = ParsedFeedJson.error(input, "internal error: " + e);
                    failed[i] = true;
                }
            });
        }
        boolean anyFailed = false;
        for (int i = 0; i < lines.length; i++) {
            out.println(lines[i]);
            anyFailed |= failed[i];
        }
        out.flush();
        return anyFailed ? 1 : 0;
    }
}
