package io.wirewatch.app.feeds;

import io.wirewatch.model.KafkaConnection;
import io.wirewatch.poller.FeedSource;
import io.wirewatch.poller.Poller;
import io.wirewatch.poller.PollerSettings;
import io.wirewatch.poller.PollerStats;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code wirewatch feeds bench}: how many feeds one poller polls per minute, and at what heap and
 * CPU, against loopback publishers.
 *
 * <p>In: the number of feeds and hosts, how many feeds change, the interval, warm-up and measured
 * durations. Out: a report on stdout (feeds polled per minute, 304 share, articles published,
 * failures, CPU cores used, heap used after GC and at peak, GC time). The publishers and the Kafka
 * broker run in a child JVM ({@link BenchFeedServer}) so only the poller is measured; run this JVM
 * with the heap to test, e.g. {@code WIREWATCH_JAVA_OPTS=-Xmx256m}. Every feed's interval is fixed
 * (min = max = interval) so the rate measured is the configured one, not an adapted one.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark the poller against loopback feeds (broker and publishers in a child JVM).")
public final class PollerBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--feeds", defaultValue = "10000", description = "Feeds (default: ${DEFAULT-VALUE}).")
    int feeds;

    @Option(names = "--hosts", defaultValue = "250", description = "Loopback hosts serving them (default: ${DEFAULT-VALUE}).")
    int hosts;

    @Option(names = "--change-every", defaultValue = "20",
            description = "One feed in N gains an item every minute (default: ${DEFAULT-VALUE}).")
    int changeEvery;

    @Option(names = "--interval", defaultValue = "PT1M", description = "Poll interval of every feed (default: ${DEFAULT-VALUE}).")
    Duration interval;

    @Option(names = "--warmup", defaultValue = "PT1M30S",
            description = "Time before measuring: first polls publish every feed's items (default: ${DEFAULT-VALUE}).")
    Duration warmup;

    @Option(names = "--measure", defaultValue = "PT2M", description = "Measured time (default: ${DEFAULT-VALUE}).")
    Duration measure;

    @Option(names = "--workers", defaultValue = "64", description = "Poller workers (default: ${DEFAULT-VALUE}).")
    int workers;

    @Option(names = "--politeness", defaultValue = "PT1S",
            description = "Least time between requests to one host (default: ${DEFAULT-VALUE}).")
    Duration politeness;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (hosts < 1 || hosts > 250 * 250 || feeds < 1 || changeEvery < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--feeds and --change-every must be positive, --hosts between 1 and 62500");
        }
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), BenchFeedServer.class.getName(),
                String.valueOf(feeds), String.valueOf(hosts), String.valueOf(changeEvery))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            String ready = lines.readLine();
            if (ready == null || !ready.startsWith("READY ")) {
                throw new IllegalStateException("the bench server did not start: " + ready);
            }
            String[] parts = ready.split(" ");
            KafkaConnection kafka = KafkaConnection.to(parts[1]);
            int port = Integer.parseInt(parts[2]);
            List<FeedSource> sources = new ArrayList<>(feeds);
            for (int n = 0; n < feeds; n++) {
                URI url = URI.create("http://" + BenchFeedServer.address(n % hosts) + ":" + port + "/feed/" + n);
                sources.add(new FeedSource("bench-" + n, url, "Bench " + n, interval));
            }
            PollerSettings settings = PollerSettings.defaults()
                    .withIntervalBounds(interval, interval)
                    .withConcurrency(workers, 2, politeness);
            out.printf("feeds %d on %d hosts, one in %d changes per minute, interval %s, workers %d, politeness %s, max heap %d MB%n",
                    feeds, hosts, changeEvery, interval, workers, politeness, Runtime.getRuntime().maxMemory() >> 20);
            out.flush();
            try (Poller poller = new Poller(sources, settings, kafka)) {
                poller.start();
                Thread.sleep(warmup.toMillis());
                PollerStats before = poller.stats();
                long cpuBefore = processCpuNanos();
                long gcBefore = gcMillis();
                resetPeaks();
                long t0 = System.nanoTime();
                Thread.sleep(measure.toMillis());
                PollerStats after = poller.stats();
                double minutes = (System.nanoTime() - t0) / 60e9;
                double cores = (processCpuNanos() - cpuBefore) / ((System.nanoTime() - t0) * 1.0);
                long gc = gcMillis() - gcBefore;
                long peak = peakHeapBytes();
                System.gc();
                long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                long polls = after.polls() - before.polls();
                out.printf("feeds polled per minute: %.0f (%d polls in %.2f min)%n", polls / minutes, polls, minutes);
                out.printf("  304 Not Modified: %.1f%%, failed: %d, articles published: %d (%.0f per minute)%n",
                        100.0 * (after.notModified() - before.notModified()) / Math.max(1, polls),
                        after.failed() - before.failed(), after.published() - before.published(),
                        (after.published() - before.published()) / minutes);
                out.printf("  CPU: %.2f cores (process, poller JVM only); GC: %d ms in %.2f min%n", cores, gc, minutes);
                out.printf("  heap: %d MB live after GC, %d MB peak during the measurement, of %d MB max%n",
                        live >> 20, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
                out.printf("  since start: %d polls, %d published, %d failed, %d unhealthy%n", after.polls(),
                        after.published(), after.failed(), after.unhealthy());
                out.flush();
            }
        } finally {
            server.getOutputStream().close();
            if (!server.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                server.destroy();
            }
        }
        return 0;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks: an upper bound of the peak heap (pools peak at different times). */
    private static long peakHeapBytes() {
        long total = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                total += pool.getPeakUsage().getUsed();
            }
        }
        return total;
    }
}
