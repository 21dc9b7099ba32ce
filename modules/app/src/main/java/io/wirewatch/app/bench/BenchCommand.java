package io.wirewatch.app.bench;

import io.wirewatch.app.Judgement;
import io.wirewatch.app.config.WirewatchConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code wirewatch bench}: how fast the whole pipeline is on this machine, against what Kafka itself
 * does here with the same records.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure the pipeline end to end (saturation, latency at a fixed rate) against the broker's own pass-through.")
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--articles", defaultValue = "10000", description = "Articles in the saturation stream (default: ${DEFAULT-VALUE}).")
    int articles;

    // Measured on 2 cores: after 1,000 articles the JIT compilers still took 3.3 of the process's
    // 8.7 ms of CPU per article; after 15,000 (22 s) 0.7 of 2.7 ms; after 40,000 (45 s) 0.1 of 1.7 ms.
    @Option(names = "--warmup", defaultValue = "40000", description = "Articles streamed before the measured ones, "
            + "so the JIT has compiled the hot paths (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--rate", defaultValue = "200", description = "Articles/s offered in the latency phase (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--latency-seconds", defaultValue = "30", description = "Length of the latency phase (default: ${DEFAULT-VALUE}).")
    int latencySeconds;

    @Option(names = "--corpus", description = "A folder of .txt articles (first line the headline) or a JSON-lines file "
            + "({title, text}); default: generated news.")
    Path corpus;

    @Option(names = "--feeds", defaultValue = "0", description = "Serve the stream as this many loopback feeds and poll them "
            + "(poll-to-alert); 0 produces it directly (default: ${DEFAULT-VALUE}).")
    int feeds;

    @Option(names = "--partitions", defaultValue = "3", description = "Partitions of the topics (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--threads", description = "Stream threads of the topology (default: streams.threads of the configuration).")
    Integer threads;

    @Option(names = "--bootstrap-servers", description = "Kafka to use; default an embedded broker.")
    String bootstrapServers;

    @Option(names = {"-c", "--config"}, defaultValue = "config/wirewatch.yaml",
            description = "Configuration whose gazetteer, topics and thresholds to use (default: ${DEFAULT-VALUE}).")
    Path config;

    @Option(names = "--report", description = "Also write the figures as a Markdown table to this file.")
    Path report;

    @Option(names = "--timeout", defaultValue = "PT10M", description = "Give up on a phase after this long (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Override
    public Integer call() throws Exception {
        if (articles < 1 || warmup < 0 || rate <= 0 || latencySeconds < 0 || feeds < 0 || partitions < 1) {
            System.err.println("wirewatch bench: --articles, --rate and --partitions must be positive; --warmup, --feeds and --latency-seconds not negative");
            return 2;
        }
        if (corpus != null && !Files.exists(corpus)) {
            System.err.println("wirewatch bench: no corpus at " + corpus);
            return 2;
        }
        if (threads != null && threads < 1) {
            System.err.println("wirewatch bench: --threads must be at least 1");
            return 2;
        }
        WirewatchConfig settings = WirewatchConfig.load(config);
        BenchRun.Options options = new BenchRun.Options(articles, warmup, rate, latencySeconds, corpus, bootstrapServers, feeds,
                partitions, threads == null ? settings.streams().threads() : threads, settings.streams().commitInterval(), timeout);
        BenchReport figures = new BenchRun(options, Judgement.from(settings), System.err).run();
        String table = figures.toMarkdown();
        System.out.println(table);
        if (report != null) {
            Files.writeString(report, table);
        }
        return 0;
    }
}
