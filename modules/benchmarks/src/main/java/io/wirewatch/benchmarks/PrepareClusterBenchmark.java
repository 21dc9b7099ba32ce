package io.wirewatch.benchmarks;

import io.wirewatch.analysis.ArticlePreparer;
import io.wirewatch.analysis.cluster.Assignment;
import io.wirewatch.analysis.cluster.ClusterSettings;
import io.wirewatch.analysis.cluster.InMemoryStoryIndex;
import io.wirewatch.analysis.cluster.StoryClusterer;
import io.wirewatch.analysis.entities.Gazetteer;
import io.wirewatch.analysis.entities.TopicRules;
import io.wirewatch.model.Article;
import io.wirewatch.model.RawArticle;
import io.wirewatch.model.Relation;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Stages 1 and 2 of the topology on one thread: a raw article in, its story out, against a window
 * already holding {@code stories} stories (10k, 100k, 1M). Measures microseconds per article
 * ({@code prepareAndCluster}), and apart from it the cost of making the synthetic article
 * ({@code generate}, to subtract) and of prepare alone ({@code prepare}).
 *
 * <p>The window is filled with {@link StoryClusterer#startStory} (the state a NEW article leaves,
 * without judging a million articles first); measured articles then arrive at the rate that keeps
 * {@code stories} stories in a 72-hour window, so expiry runs during measurement as in
 * production. At set-up it prints the state the topology's stores would hold per story.
 *
 * <p>Run (from the repository root; the 1M case needs about 12 GB of heap):
 * {@code java -cp "modules/benchmarks/target/wirewatch-benchmarks.jar:modules/benchmarks/target/lib/*"
 * org.openjdk.jmh.Main PrepareClusterBenchmark -f 1 -wi 2 -i 3}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms14g", "-Xmx14g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class PrepareClusterBenchmark {

    static final Instant START = Instant.parse("2026-01-05T00:00:00Z");
    static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    static ArticlePreparer preparer() {
        Path entities = Path.of("config/entities.yaml");
        Path topics = Path.of("config/topics.yaml");
        return new ArticlePreparer(Files.isRegularFile(entities) ? Gazetteer.fromYaml(entities) : Gazetteer.empty(),
                Files.isRegularFile(topics) ? TopicRules.fromYaml(topics) : TopicRules.none());
    }

    /** A window of stories and the stream that continues it. */
    @State(Scope.Benchmark)
    public static class Window extends CpuPerArticle {

        @Param({"10000", "100000", "1000000"})
        public int stories;

        ArticlePreparer preparer;
        StoryClusterer clusterer;
        SyntheticNews news;
        Duration step;
        Instant clock;
        final Map<Relation, Long> relations = new EnumMap<>(Relation.class);

        @Setup(Level.Trial)
        public void fill() {
            preparer = preparer();
            ClusterSettings settings = ClusterSettings.defaults();
            InMemoryStoryIndex index = new InMemoryStoryIndex();
            clusterer = new StoryClusterer(settings, index);
            news = new SyntheticNews(stories);
            step = settings.window().dividedBy(stories);
            clock = START;
            for (int i = 0; i < stories; i++) {
                clusterer.startStory(news.prepared("fill-" + i, clock));
                clock = clock.plus(step);
            }
            Runtime rt = Runtime.getRuntime();
            System.gc();
            long heap = rt.totalMemory() - rt.freeMemory();
            long bytes = index.storeBytes(Math.max(1, stories / 5000));
            System.out.printf("%nwindow: %d stories, %d keys, %d terms; store bytes %d (%d per story); "
                            + "heap in use %d MB (%d bytes per story)%n", index.storyCount(), index.keyCount(),
                    index.termCount(), bytes, bytes / stories, heap >> 20, heap / stories);
        }

        RawArticle nextRaw() {
            clock = clock.plus(step);
            return news.raw("live-" + next++, clock);
        }



        @TearDown(Level.Trial)
        public void report() {
            System.out.printf("%nrelations of the measured articles: %s%n", relations);
        }
    }

    /** Synthetic articles only, for {@link #generate} and {@link #prepare}. */
    @State(Scope.Benchmark)
    public static class Stream extends CpuPerArticle {
        final ArticlePreparer preparer = preparer();
        final SyntheticNews news = new SyntheticNews(1);
        Instant clock = START;

        RawArticle nextRaw() {
            clock = clock.plusSeconds(1);
            return news.raw("gen-" + next++, clock);
        }


    }

    @Benchmark
    public Assignment prepareAndCluster(Window w) {
        Article article = w.preparer.prepare(w.nextRaw());
        Assignment a = w.clusterer.assign(article);
        w.relations.merge(a.relation(), 1L, Long::sum);
        return a;
    }

    @Benchmark
    public RawArticle generate(Stream s) {
        return s.nextRaw();
    }

    @Benchmark
    public Article prepare(Stream s) {
        return s.preparer.prepare(s.nextRaw());
    }

    /**
     * Counts articles and the benchmark thread's CPU time per iteration. The machine is shared, so
     * wall time per operation depends on the neighbours; CPU time does not (much), and is printed
     * beside JMH's figure.
     */
    public abstract static class CpuPerArticle {
        long next;
        private long cpuAtStart;
        private long opsAtStart;

        @Setup(Level.Iteration)
        public void startCpuClock() {
            cpuAtStart = THREADS.getCurrentThreadCpuTime();
            opsAtStart = next;
        }

        @TearDown(Level.Iteration)
        public void printCpuPerArticle() {
            long ops = next - opsAtStart;
            if (ops > 0) {
                System.out.printf(" [cpu %.1f us/article over %d articles]", (THREADS.getCurrentThreadCpuTime() - cpuAtStart) / 1e3 / ops, ops);
            }
        }
    }
}
