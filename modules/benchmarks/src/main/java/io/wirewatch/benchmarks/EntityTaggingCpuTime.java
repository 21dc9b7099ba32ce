package io.wirewatch.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * The articles of {@link EntityTaggingBenchmark} tagged in a loop, timed by the thread's CPU
 * time as well as the wall clock: nothing in, articles per CPU-second and per wall-second out. On
 * a shared machine JMH's wall-clock throughput mostly measures the neighbours; CPU-seconds are
 * what "per core" means. Not a replacement for JMH (no forks, no blackhole), a cross-check.
 *
 * <p>Arguments, all optional: the taggers to time (default all four: gazetteer, gazetteerAndRules,
 * model, gazetteerAndModel), and {@code --rounds N} (default 3; the first warms the JIT up), so a
 * profiler can be attached to one tagger for longer.
 *
 * <pre>
 * java -cp "modules/benchmarks/target/wirewatch-benchmarks.jar:modules/benchmarks/target/lib/*" \
 *   io.wirewatch.benchmarks.EntityTaggingCpuTime [gazetteerAndModel] [--rounds 3]
 * </pre>
 */
public final class EntityTaggingCpuTime {

    private EntityTaggingCpuTime() {
    }

    public static void main(String[] args) {
        List<String> taggers = new ArrayList<>();
        int rounds = 3;
        for (int a = 0; a < args.length; a++) {
            if (args[a].equals("--rounds")) {
                rounds = Integer.parseInt(args[++a]);
            } else {
                taggers.add(args[a]);
            }
        }
        if (taggers.isEmpty()) {
            taggers = List.of("gazetteer", "gazetteerAndRules", "model", "gazetteerAndModel");
        }
        EntityTaggingBenchmark b = new EntityTaggingBenchmark();
        b.setUp();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (String which : taggers) {
            int n = 10_000;
            for (int round = 0; round < rounds; round++) { // the first round warms the JIT up
                long cpu0 = mx.getCurrentThreadCpuTime();
                long wall0 = System.nanoTime();
                int mentions = 0;
                for (int i = 0; i < n; i++) {
                    mentions += switch (which) {
                        case "gazetteer" -> b.gazetteer().size();
                        case "model" -> b.model().size();
                        case "gazetteerAndRules" -> b.gazetteerAndRules().size();
                        case "gazetteerAndModel" -> b.gazetteerAndModel().size();
                        default -> throw new IllegalArgumentException("no tagger " + which);
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
