package io.wirewatch.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The CPU time (not wall time) of {@link FactComparisonBenchmark}'s two cases: on a machine shared
 * with other builds, JMH's wall-clock figures swing by an order of magnitude, while the thread's
 * own CPU time stays close to what one idle core would take. In: the same corpus and gazetteer
 * paths as the benchmark (arguments 1 and 2, defaults as there). Out: one line per round on stdout;
 * the last rounds are the warm ones.
 */
public final class FactComparisonCpuTime {

    private FactComparisonCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        FactComparisonBenchmark b = new FactComparisonBenchmark();
        b.corpus = args.length > 0 ? args[0] : "../shared/corpora/articles-bbc/politics";
        b.entities = args.length > 1 ? args[1] : "config/entities.yaml";
        b.claims = 500;
        b.read();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= 8; round++) {
            int prepared = 300;
            int stored = 20;
            long c0 = cpu.getCurrentThreadCpuTime();
            for (int i = 0; i < prepared; i++) {
                b.versionAgainstPreparedClaims();
            }
            long c1 = cpu.getCurrentThreadCpuTime();
            for (int i = 0; i < stored; i++) {
                b.versionAgainstStoredClaims();
            }
            long c2 = cpu.getCurrentThreadCpuTime();
            System.out.printf("round %d: CPU per 40-sentence version vs 500 claims: prepared %.0f us, stored %.0f us%n",
                    round, (c1 - c0) / 1e3 / prepared, (c2 - c1) / 1e3 / stored);
        }
    }
}
