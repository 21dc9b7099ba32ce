package io.wirewatch.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Two builds of {@link PrepareClusterBenchmark} measured against each other in one JVM, under the
 * same load: two directories, each holding a benchmark jar and its {@code lib/} (as
 * {@code modules/benchmarks/target} has them), in; CPU microseconds per article of each build,
 * batch by batch, out.
 *
 * <p>Why: on a machine shared with other builds the load changes from minute to minute, and the
 * CPU time per article of one JMH run against another differed by 2x with no code changed. Here
 * each build runs in its own class loader (nothing shared but the JVM), the two alternate in
 * batches of a few hundred articles, and each batch is timed by the thread's CPU clock, so both
 * see the same neighbours. Both process the same synthetic stream (same seeds).
 *
 * <p>Run: {@code java -Xmx4g -cp modules/benchmarks/target/wirewatch-benchmarks.jar
 * io.wirewatch.benchmarks.OldAgainstNew OLD_DIR NEW_DIR prepareAndCluster|prepare [stories]
 * [seconds]}; the first third of the time is warm-up.
 */
public final class OldAgainstNew {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int BATCH = 200;

    /** One build's benchmark, ready to run articles. */
    private static final class Build {
        final String name;
        final Object benchmark;
        final Object state;
        final Method step;
        long cpu;
        long articles;

        Build(String name, Path dir, String method, int stories) throws Exception {
            this.name = name;
            List<URL> urls = new ArrayList<>();
            urls.add(dir.resolve("wirewatch-benchmarks.jar").toUri().toURL());
            try (Stream<Path> jars = Files.list(dir.resolve("lib"))) {
                for (Path jar : jars.sorted().toList()) {
                    urls.add(jar.toUri().toURL());
                }
            }
            ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
            Class<?> type = loader.loadClass("io.wirewatch.benchmarks.PrepareClusterBenchmark");
            benchmark = type.getConstructor().newInstance();
            boolean window = method.equals("prepareAndCluster");
            Class<?> stateType = loader.loadClass("io.wirewatch.benchmarks.PrepareClusterBenchmark$"
                    + (window ? "Window" : "Stream"));
            state = stateType.getConstructor().newInstance();
            if (window) {
                stateType.getField("stories").setInt(state, stories);
                stateType.getMethod("fill").invoke(state);
            }
            step = type.getMethod(method, stateType);
        }

        /** Runs one batch; counts its CPU time if {@code measured}. */
        void batch(boolean measured) throws Exception {
            long start = THREADS.getCurrentThreadCpuTime();
            for (int i = 0; i < BATCH; i++) {
                step.invoke(benchmark, state);
            }
            if (measured) {
                cpu += THREADS.getCurrentThreadCpuTime() - start;
                articles += BATCH;
            }
        }
    }

    private OldAgainstNew() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: OldAgainstNew OLD_DIR NEW_DIR prepareAndCluster|prepare [stories] [seconds]");
            System.exit(2);
        }
        String method = args[2];
        int stories = args.length > 3 ? Integer.parseInt(args[3]) : 10_000;
        long seconds = args.length > 4 ? Long.parseLong(args[4]) : 120;
        Build old = new Build("old", Path.of(args[0]), method, stories);
        Build current = new Build("new", Path.of(args[1]), method, stories);
        long warmUntil = System.nanoTime() + seconds * 1_000_000_000L / 3;
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long reportEvery = 10_000_000_000L;
        long nextReport = warmUntil + reportEvery;
        boolean oldFirst = true;
        while (System.nanoTime() < end) {
            boolean measured = System.nanoTime() >= warmUntil;
            // Alternate which goes first, so neither always follows the other's cache footprint.
            Build first = oldFirst ? old : current;
            Build second = oldFirst ? current : old;
            first.batch(measured);
            second.batch(measured);
            oldFirst = !oldFirst;
            if (measured && System.nanoTime() >= nextReport) {
                report(old, current);
                nextReport += reportEvery;
            }
        }
        System.out.print("final: ");
        report(old, current);
    }

    private static void report(Build old, Build current) throws IOException {
        double o = old.cpu / 1e3 / Math.max(1, old.articles);
        double n = current.cpu / 1e3 / Math.max(1, current.articles);
        System.out.printf("%s %.1f us/article (%d articles), %s %.1f us/article (%d), new/old %.3f%n",
                old.name, o, old.articles, current.name, n, current.articles, n / o);
    }
}
