package io.wirewatch.app.bench;

import io.wirewatch.app.config.WirewatchConfig;
import io.wirewatch.broker.EmbeddedKafka;
import io.wirewatch.broker.TopicProvisioner;
import io.wirewatch.model.KafkaConnection;
import io.wirewatch.model.RawArticle;
import io.wirewatch.model.Relation;
import io.wirewatch.model.Topics;
import io.wirewatch.poller.Poller;
import io.wirewatch.poller.PollerSettings;
import io.wirewatch.sinks.AlertDelivery;
import io.wirewatch.topology.StreamsSettings;
import io.wirewatch.topology.TopologySettings;
import io.wirewatch.topology.WirewatchTopology;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.KafkaStreams;

/**
 * One bench run: the broker's own pass-through, then the pipeline (topology with exactly-once and
 * a sink) at saturation, then at a fixed offered rate for latency.
 */
final class BenchRun {

    /**
     * @param articles       articles in the saturation stream, measured
     * @param warmup         articles before them, same stream, not measured: the JIT compiles the
     *                       hot paths meanwhile (it took most of the CPU of a short run otherwise)
     * @param rate           offered articles/s in the latency phase
     * @param latencySeconds length of the latency phase
     * @param corpus         folder or JSON-lines file, null for generated news
     * @param bootstrap      Kafka to use, null for an embedded broker
     * @param feeds          serve the stream as this many feeds and poll them (0: produce directly)
     * @param partitions     partitions of the topics
     * @param threads        stream threads of the topology
     * @param commitInterval how often the topology commits
     * @param timeout        give up on a phase after this long
     */
    record Options(int articles, int warmup, double rate, int latencySeconds, Path corpus, String bootstrap, int feeds,
                   int partitions, int threads, Duration commitInterval, Duration timeout) {
    }

    private final Options options;
    private final TopologySettings judgement;
    private final PrintStream log;

    BenchRun(Options options, TopologySettings judgement, PrintStream log) {
        this.options = options;
        this.judgement = new TopologySettings(judgement.entities(), judgement.topics(), judgement.cluster(),
                judgement.novelty(), options.partitions());
        this.log = log;
    }

    BenchReport run() throws Exception {
        EmbeddedKafka embedded = options.bootstrap() == null ? EmbeddedKafka.startTemporary() : null;
        Path state = Files.createTempDirectory("wirewatch-bench-state-");
        try {
            KafkaConnection kafka = embedded != null ? embedded.connection()
                    : new KafkaConnection(options.bootstrap(), WirewatchConfig.kafkaClientSettings(System.getenv()));
            TopicProvisioner.ensure(kafka, options.partitions(), (short) 1);
            String run = Long.toString(System.currentTimeMillis(), 36);
            // The latency phase needs stories the topology has not seen, or it would time only copies.
            int live = (int) Math.max(1, options.rate() * options.latencySeconds());
            List<BaseArticle> corpus = BenchCorpus.load(options.corpus(), options.warmup() + options.articles() + live, 42);
            int reserved = Math.min(live, corpus.size() / 3);
            List<BaseArticle> bases = corpus.subList(0, corpus.size() - reserved);
            List<BaseArticle> fresh = corpus.subList(corpus.size() - reserved, corpus.size());
            ReplayStream.Replay replay = ReplayStream.of(bases, options.warmup() + options.articles(), 42, Instant.EPOCH,
                    "bench-" + run).endingAt(Instant.now());
            List<RawArticle> stream = replay.articles();
            log.printf("bench: %d articles from %d stories (%d duplicates, %d copies, %d versions made)%n",
                    stream.size(), replay.stories(), replay.duplicates(), replay.copies(), replay.versions());

            List<byte[]> values = stream.stream().map(a -> Topics.RAW_ARTICLES.valueSerde().serializer()
                    .serialize(Topics.RAW_ARTICLES.name(), a)).toList();
            double broker = BrokerBaseline.passThrough(kafka, values, options.partitions(), options.timeout());
            log.printf("bench: broker pass-through %.0f records/s (%.1f KB average)%n", broker,
                    values.stream().mapToInt(v -> v.length).average().orElse(0) / 1024);

            LatencyTrail trail = new LatencyTrail();
            StageCounts counts = new StageCounts(trail);
            DeliveryClock clock = new DeliveryClock(trail);
            String app = "wirewatch-bench-" + run;
            KafkaStreams streams = new KafkaStreams(WirewatchTopology.build(judgement, counts),
                    new StreamsSettings(app, kafka, state, options.threads(), 1, options.commitInterval()).toProperties());
            AlertDelivery delivery = new AlertDelivery(kafka, app + "-sinks", List.of(clock), a -> { });
            Thread sink = new Thread(delivery, "wirewatch-bench-sink");
            try (KafkaProducer<String, RawArticle> producer = producer(kafka)) {
                Saturation saturation;
                if (options.feeds() > 0) {
                    startAndAwaitRunning(streams, sink);
                    try (BenchFeeds feeds = new BenchFeeds(stream, options.feeds());
                         Poller poller = new Poller(feeds.sources(), PollerSettings.defaults()
                                 .withFirstPollCap(stream.size()), kafka)) {
                        Thread polling = new Thread(poller::pollAll, "wirewatch-bench-poll");
                        polling.start();
                        saturation = measureAfterWarmup(counts, clock, stream.size());
                        polling.join();
                    }
                } else {
                    for (RawArticle article : stream) {
                        producer.send(new ProducerRecord<>(Topics.RAW_ARTICLES.name(), article.id(), fetchedNow(article)));
                    }
                    producer.flush();
                    startAndAwaitRunning(streams, sink);
                    saturation = measureAfterWarmup(counts, clock, stream.size());
                }
                double pipeline = saturation.rate();
                ResourceSampler.Usage usage = saturation.usage();
                log.printf("bench: CPU per article by thread (µs): %s%n", perArticle(usage.cpuNanosByThreadGroup(),
                        stream.size() - options.warmup()));
                long alerts = clock.delivered();
                String judged = counts.judged(Relation.NEW) + "/" + counts.judged(Relation.COPY) + "/"
                        + counts.judged(Relation.VERSION) + "/" + counts.judged(Relation.DUPLICATE);
                log.printf("bench: pipeline %.0f articles/s at saturation; judged %s%n", pipeline, judged);
                Map<String, Long> internal = InternalTraffic.of(kafka, app);
                long internalRecords = internal.values().stream().mapToLong(Long::longValue).sum();
                log.printf("bench: internal topics, records and transaction markers written: %s%n", internal);
                BrokerBytes bytes = BrokerBytes.of(kafka, app);
                log.printf("bench: bytes on the broker per article (warm-up included), by topic: %s%n",
                        bytes.byTopic(stream.size()));

                double[] latencies = latencyPhase(fresh.isEmpty() ? bases : fresh, live, run, producer, counts, clock,
                        trail, stream.size());
                log.printf("bench: latency by hop, p50/p99 ms: %s%n", trail.hops());
                delivery.close();
                sink.join(10_000);
                streams.close(Duration.ofSeconds(30));
                return new BenchReport(stream.size() - options.warmup(), options.warmup(), replay.stories(),
                        replay.duplicates() + "/" + replay.copies() + "/" + replay.versions(), judged, alerts, broker,
                        pipeline, saturation.timed(), usage, sizeOf(state), options.rate(),
                        latencies.length, percentile(latencies, 0.50), percentile(latencies, 0.99),
                        latencies.length == 0 ? 0 : latencies[latencies.length - 1], trail.hops(), options.feeds(),
                        options.threads(),
                        internalRecords, bytes.summary(stream.size()));
            } finally {
                delivery.close();
                streams.close(Duration.ofSeconds(30));
            }
        } finally {
            if (embedded != null) {
                embedded.close();
            }
            deleteQuietly(state);
        }
    }

    private static String perArticle(Map<String, Long> nanos, int articles) {
        StringBuilder out = new StringBuilder();
        nanos.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .filter(e -> e.getValue() / 1e3 / articles >= 1)
                .forEach(e -> out.append(out.isEmpty() ? "" : ", ").append(e.getKey()).append(' ')
                        .append(Math.round(e.getValue() / 1e3 / articles)));
        return out.toString();
    }

    private record Saturation(double rate, int timed, ResourceSampler.Usage usage) {
    }

    /** Articles/s and resources from the end of the warm-up to the last article's alerts. */
    private Saturation measureAfterWarmup(StageCounts counts, DeliveryClock clock, int total) throws InterruptedException {
        awaitDone(counts, clock, options.warmup());
        try (ResourceSampler sampler = new ResourceSampler()) {
            long start = System.nanoTime();
            // A short stream can be judged whole within one commit, before the warm-up is seen to end.
            int timed = (int) (total - counts.judged());
            awaitDone(counts, clock, total);
            double rate = timed <= 0 ? Double.NaN : timed / ((System.nanoTime() - start) / 1e9);
            if (timed <= 0) {
                log.println("bench: every article was judged before the warm-up was seen to end: no rate; raise --articles");
            }
            return new Saturation(rate, Math.max(0, timed), sampler.usage());
        }
    }

    /**
     * Fresh stories offered at a fixed rate, each article published when it is sent, as a live
     * feed's would be (the saturation stream ended when the bench started, so time runs on); each
     * alert's time from the send of the article that raised it to the sink.
     */
    private double[] latencyPhase(List<BaseArticle> bases, int count, String run, KafkaProducer<String, RawArticle> producer,
                                  StageCounts counts, DeliveryClock clock, LatencyTrail trail, int before)
            throws Exception {
        List<RawArticle> live = ReplayStream.of(bases, count, 7, Instant.now(), "live-" + run).articles();
        trail.forget();
        long start = System.nanoTime();
        long gap = (long) (1e9 / options.rate());
        for (int i = 0; i < live.size(); i++) {
            long due = start + i * gap;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            RawArticle article = live.get(i);
            trail.sent(article.id(), System.nanoTime());
            producer.send(new ProducerRecord<>(Topics.RAW_ARTICLES.name(), article.id(),
                    ReplayStream.publishedAt(article, Instant.now())));
        }
        producer.flush();
        awaitDone(counts, clock, before + live.size());
        return trail.totalMillis();
    }

    private long startAndAwaitRunning(KafkaStreams streams, Thread sink) throws InterruptedException {
        streams.start();
        sink.start();
        await(() -> streams.state() == KafkaStreams.State.RUNNING, () -> "topology " + streams.state());
        // Kafka Streams balances tasks over threads by count, not by load: which thread holds the
        // single cluster task, and what else it holds, explains the busiest thread's CPU.
        log.printf("bench: active tasks by stream thread: %s%n", streams.metadataForLocalThreads().stream()
                .map(t -> t.threadName().replaceAll(".*-", "") + " " + t.activeTasks().stream()
                        .map(task -> task.taskId().toString()).sorted().toList())
                .sorted().toList());
        return System.nanoTime();
    }

    /** Every article judged and every alert raised so far delivered. */
    private void awaitDone(StageCounts counts, DeliveryClock clock, int articles) throws InterruptedException {
        await(() -> counts.judged() >= articles && clock.delivered() >= counts.raised(),
                () -> "judged " + counts.judged() + " of " + articles + ", delivered " + clock.delivered() + " of "
                        + counts.raised() + " alerts");
    }

    private void await(BooleanSupplier done, Supplier<String> progress) throws InterruptedException {
        long deadline = System.nanoTime() + options.timeout().toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("bench timed out after " + options.timeout().toSeconds() + " s: "
                        + progress.get());
            }
            Thread.sleep(20);
        }
    }

    private static KafkaProducer<String, RawArticle> producer(KafkaConnection kafka) {
        return new KafkaProducer<>(BrokerBaseline.producerSettings(kafka), Topics.RAW_ARTICLES.keySerde().serializer(), Topics.RAW_ARTICLES.valueSerde().serializer());
    }

    private static RawArticle fetchedNow(RawArticle a) {
        return new RawArticle(a.id(), a.feedId(), a.source(), a.url(), a.title(), a.summary(), a.content(), a.published(),
                Instant.now(), a.authors(), a.categories());
    }

    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A temp dir left behind is not worth failing a finished run for.
        }
    }
}
