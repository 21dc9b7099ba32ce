package io.wirewatch.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The articles of {@link EntityTaggingBenchmark} tagged in a loop, timed by the thread's CPU
 * time as well as the wall clock: nothing in, articles per CPU-second and per wall-second out. On
 * a shared machine JMH's wall-clock throughput mostly measures the neighbours; CPU-seconds are
 * what "per core" means. Not a replacement for JMH (no forks, no blackhole), a cross-check.
 *
 * <pre>
 * java -cp "modules/benchmarks/target/wirewatch-benchmarks.jar:modules/benchmarks/target/lib/*" \
 *   io.wirewatch.benchmarks.EntityTaggingCpuTime
 * </pre>
 */
public final class EntityTaggingCpuTime {

    private EntityTaggingCpuTime() {
    }

    public static void main(String[] args) {
        EntityTaggingBenchmark b = new EntityTaggingBenchmark();
        b.setUp();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (String which : new String[] {"gazetteer", "gazetteerAndRules", "model", "gazetteerAndModel"}) {
            int n = 10_000;
            for (int round = 0; round < 3; round++) { // the first round warms the JIT up
                long cpu0 = mx.getCurrentThreadCpuTime();
                long wall0 = System.nanoTime();
                int mentions = 0;
                for (int i = 0; i < n; i++) {
                    mentions += switch (which) {
                        case "gazetteer" -> b.gazetteer().size();
                        case "model" -> b.model().size();
                        case "gazetteerAndRules" -> b.gazetteerAndRules().size();
                        default -> b.gazetteerAndModel().size();
                    };
                }
                double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
                double wall = (System.nanoTime() - wall0) / 1e9;
                System.out.printf("%s round %d: %.0f articles and %.0f mentions per CPU-second, %.0f articles per "
                        + "wall-second%n", which, round, n / cpu, mentions / cpu, n / wall);
            }
        }
    }
}
