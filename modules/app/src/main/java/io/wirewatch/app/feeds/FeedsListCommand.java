package io.wirewatch.app.feeds;

import io.wirewatch.app.config.FeedConfig;
import io.wirewatch.app.config.WirewatchConfig;
import io.wirewatch.model.FeedState;
import io.wirewatch.model.KafkaConnection;
import io.wirewatch.poller.FeedSource;
import io.wirewatch.poller.FeedStateStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code wirewatch feeds list}: every configured feed with its health, last status, last and next
 * poll and last error, from the poller's memory on {@code wirewatch.feed-state}.
 *
 * <p>In: the config (the feeds) and Kafka (configured bootstrap servers, or the embedded broker
 * of a running {@code wirewatch run} on 127.0.0.1). Out: one line per feed on stdout, tab-separated
 * with a header: id, health (ok, failing N, unhealthy N, never polled), status, last poll, next
 * poll, url (query hidden), last error.
 */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Show each configured feed's health, last status and next poll.")
public final class FeedsListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-c", "--config"}, defaultValue = "config/wirewatch.yaml",
            description = "Configuration file (default: ${DEFAULT-VALUE}).")
    Path config;

    @Option(names = "--bootstrap-servers", description = "Kafka host:port list; default from the config, "
            + "else the embedded broker of a running wirewatch on 127.0.0.1.")
    String bootstrapServers;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        WirewatchConfig settings = WirewatchConfig.load(config);
        KafkaConnection kafka = settings.kafka().connectionBeside(bootstrapServers);
        Map<String, FeedState> states = FeedStateStore.read(kafka, Duration.ofSeconds(20));
        int unhealthyAfter = settings.poller().unhealthyAfter();
        out.println("id\thealth\tstatus\tlast poll\tnext poll\turl\tlast error");
        for (FeedConfig feed : settings.feeds()) {
            FeedState s = states.get(feed.id());
            String url = FeedSource.of(feed.id(), feed.url(), feed.name(), Duration.ofMinutes(1)).redactedUrl();
            if (s == null) {
                out.println(feed.id() + "\tnever polled\t-\t-\t-\t" + url + "\t-");
                continue;
            }
            String health = s.consecutiveErrors() == 0 ? "ok"
                    : (s.consecutiveErrors() >= unhealthyAfter ? "unhealthy " : "failing ") + s.consecutiveErrors();
            String polled = s.url() != null && !s.url().equals(feed.url()) ? redact(s.url()) + " (moved)" : url;
            out.println(feed.id() + "\t" + health + "\t" + (s.lastStatus() == 0 ? "-" : s.lastStatus()) + "\t"
                    + time(s.lastPoll()) + "\t" + time(s.nextPoll()) + "\t" + polled + "\t"
                    + (s.lastError() == null ? "-" : s.lastError()));
        }
        out.flush();
        return 0;
    }

    private static String redact(String url) {
        try {
            return FeedSource.of("x", url, null, Duration.ofMinutes(1)).redactedUrl();
        } catch (RuntimeException e) {
            return "?";
        }
    }

    private static String time(Instant t) {
        return t == null ? "-" : t.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
