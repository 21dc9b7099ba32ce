package io.wirewatch.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The CPU time (not wall time) of {@link FactComparisonBenchmark}'s two cases: on a machine shared
 * with other builds, JMH's wall-clock figures swing by an order of magnitude, while the thread's
 * own CPU time stays close to what one idle core would take. In: the same corpus and gazetteer
 * paths as the benchmark (arguments 1 and 2, defaults as there), and how many rounds (argument 3,
 * default 8). Out: one line per round on stdout, the last rounds being the warm ones; then the
 * least CPU time of the second half of the rounds (the figure least inflated by other work on a
 * shared machine).
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
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        double bestPrepared = Double.MAX_VALUE;
        double bestStored = Double.MAX_VALUE;
        for (int round = 1; round <= rounds; round++) {
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
            double p = (c1 - c0) / 1e3 / prepared;
            double s = (c2 - c1) / 1e3 / stored;
            System.out.printf("round %d: CPU per 40-sentence version vs 500 claims: prepared %.0f us, stored %.0f us%n",
                    round, p, s);
            if (round > rounds / 2) {
                bestPrepared = Math.min(bestPrepared, p);
                bestStored = Math.min(bestStored, s);
            }
        }
        System.out.printf("least of rounds %d-%d: prepared %.0f us, stored %.0f us%n", rounds / 2 + 1, rounds,
                bestPrepared, bestStored);
    }
}
