package io.wirewatch.poller;

import io.wirewatch.model.FeedState;
import io.wirewatch.model.KafkaConnection;
import io.wirewatch.model.RawArticle;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.DoubleSupplier;
import org.apache.kafka.clients.producer.Producer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the configured feeds and publishes every article it has not published before, and again
 * every article whose text was edited since.
 *
 * <p>In: {@link FeedSource}s, {@link PollerSettings}, a Kafka bootstrap address. Out: new and
 * edited {@code RawArticle}s on {@code wirewatch.articles.raw} (oldest first per poll, key =
 * article id, record time = fetch time; an edit keeps its article's id and carries the header
 * {@code wirewatch.revision: edited}) and, after they are acknowledged, each feed's
 * {@link FeedState} on the compacted {@code wirewatch.feed-state}, from which a restarted poller
 * restores its memory.
 *
 * <p>How the app uses it:
 * <pre>{@code
 * try (Poller poller = new Poller(feeds, PollerSettings.defaults(), bootstrap)) {
 *     poller.start();          // restores memory from wirewatch.feed-state, then schedules every feed
 *     ...                      // until shutdown
 * }                            // close(): lets running polls finish, then releases HTTP and Kafka
 * }</pre>
 * Or step by step (tests, the demo): {@link #restore()}, then {@link #pollAll()}; these polls run on
 * the caller's thread and bypass the per-host gate (the caller decides the pace).
 * Both topics must exist (the app provisions them; feed-state compacted).
 *
 * <p>Scheduling: one timer thread keeps every feed's next due time ({@link PollSchedule}); when a
 * feed is due it reserves a start slot at its host ({@link HostGate}: politeness delay and
 * per-host concurrency) and then runs on one of {@code workers} threads. Nothing waits on a busy
 * host: its feeds are simply due a little later.
 *
 * <p>Isolation: a poll never throws; a broken, slow or hostile feed yields a failed
 * {@link PollReport}, is retried later with backoff, becomes unhealthy (logged, tried rarely)
 * when it keeps failing, and never stops the other feeds. Logs name the feed id and its URL
 * without query string (queries may carry tokens).
 *
 * <p>Delivery: at least once. Memory advances only after the broker acknowledged the articles, so
 * a crash between acknowledgement and the feed-state write re-publishes that poll's articles under
 * the same ids (downstream drops them as duplicates).
 */
public final class Poller implements AutoCloseable {

    private volatile PollListener listener = PollListener.NONE;

    private static final Logger LOG = LoggerFactory.getLogger(Poller.class);

    private final List<FeedSource> feeds;
    private final PollerSettings settings;
    private final FeedFetcher fetcher;
    private final FeedParser parser;
    private final Producer<byte[], byte[]> producer;
    private final ArticlePublisher publisher;
    private final FeedStateStore stateStore;
    private final Clock clock;
    private final PollSchedule schedule;
    private final HostGate gate;
    private final Map<String, FeedMemory> memories = new ConcurrentHashMap<>();
    private final Set<String> unhealthy = ConcurrentHashMap.newKeySet();
    private final LongAdder polls = new LongAdder();
    private final LongAdder notModified = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final LongAdder published = new LongAdder();
    private final LongAdder edited = new LongAdder();

    private ScheduledThreadPoolExecutor timer;
    private ThreadPoolExecutor workers;
    private volatile boolean restored;
    private volatile boolean closed;

    /**
     * @param feeds            the feeds to poll; ids must be unique
     * @param settings         timeouts, caps, user agent ({@link PollerSettings#defaults()})
     * @param kafka            the Kafka cluster the articles go to
     */
    public Poller(List<FeedSource> feeds, PollerSettings settings, KafkaConnection kafka) {
        this(feeds, settings, kafka, Clock.systemUTC(), () -> ThreadLocalRandom.current().nextDouble());
    }

    Poller(List<FeedSource> feeds, PollerSettings settings, KafkaConnection kafka, Clock clock,
           DoubleSupplier random) {
        this.feeds = List.copyOf(feeds);
        this.settings = settings;
        this.clock = clock;
        for (FeedSource feed : this.feeds) {
            if (memories.putIfAbsent(feed.id(), FeedMemory.fresh(feed)) != null) {
                throw new IllegalArgumentException("feed id configured twice: " + feed.id());
            }
        }
        this.schedule = new PollSchedule(settings, random);
        this.gate = new HostGate(settings.perHostConcurrency(), settings.politenessDelay());
        this.fetcher = new FeedFetcher(settings);
        this.parser = new FeedParser(settings);
        this.producer = KafkaClients.producer(kafka, "wirewatch-poller");
        this.publisher = new ArticlePublisher(producer);
        this.stateStore = new FeedStateStore(producer, kafka, settings.restoreTimeout());
    }

    public List<FeedSource> feeds() {
        return feeds;
    }

    /**
     * Restores the memory of the configured feeds from {@code wirewatch.feed-state} (read to its
     * end). Call before the first poll; {@link #start()} calls it when nobody did. State of feeds
     * no longer configured is ignored; a feed whose configured URL changed keeps its ids but not its
     * validators nor a remembered redirect.
     *
     * @return how many configured feeds had a saved state
     * @throws IllegalStateException when the topic cannot be read to its end in time
     */
    public int restore() {
        Map<String, FeedState> saved = stateStore.restore();
        int count = 0;
        for (FeedSource feed : feeds) {
            FeedState state = saved.get(feed.id());
            if (state != null) {
                FeedMemory memory = FeedMemory.restored(feed, state);
                memories.put(feed.id(), memory);
                if (schedule.unhealthy(memory.consecutiveErrors())) {
                    unhealthy.add(feed.id());
                }
                count++;
            }
        }
        restored = true;
        LOG.info("restored the memory of {} of {} feeds", count, feeds.size());
        return count;
    }

    /** Polls every configured feed once, one after the other; one report per feed, in config order. */
    public List<PollReport> pollAll() {
        List<PollReport> reports = new ArrayList<>(feeds.size());
        for (FeedSource feed : feeds) {
            reports.add(pollOnce(feed));
        }
        return reports;
    }

    /**
     * Polls one configured feed: conditional GET, parse, publish what is new or edited (oldest
     * first, new ones capped on the feed's first poll), then plan the next poll and save the feed's
     * state. Never throws.
     *
     * @throws IllegalArgumentException when the feed id is not configured
     */
    public PollReport pollOnce(FeedSource feed) {
        long started = System.nanoTime();
        FeedMemory memory = memories.get(feed.id());
        if (memory == null) {
            throw new IllegalArgumentException("not a configured feed: " + feed.id());
        }
        // One poll per feed at a time (a scheduled poll and a manual one must not interleave).
        synchronized (memory) {
            Instant now = clock.instant();
            PollReport report;
            try {
                report = poll(feed, memory, now);
            } catch (RuntimeException e) {
                // A bug, not a feed problem; still, this feed only.
                String reason = "internal error: " + FeedFetcher.reason(e);
                LOG.error("feed {} ({}): {}", feed.id(), feed.redactedUrl(), reason, e);
                memory.recordFailure(0, reason, null, now);
                report = PollReport.failed(feed.id(), 0, reason);
            }
            memory.scheduleAt(now.plus(schedule.nextDelay(memory.interval(), memory.consecutiveErrors(),
                    memory.retryAfter(), memory.serverHint())));
            noteHealth(feed, memory);
            String saveError = saveIfChanged(feed, memory);
            if (saveError != null && report.ok()) {
                report = report.withError(saveError);
            }
            count(report);
            listener.polled(feed, report, Duration.ofNanos(System.nanoTime() - started));
            return report;
        }
    }

    private PollReport poll(FeedSource feed, FeedMemory memory, Instant now) {
        FetchResult result = fetcher.fetch(memory.url(), memory.validators());
        if (result instanceof FetchResult.NotModified notModified) {
            follow(feed, memory, notModified.movedTo());
            memory.recordNotModified(notModified.validators(), now);
            memory.hint(notModified.freshFor());
            memory.adaptInterval(schedule.adapt(memory.interval(), false), false, now);
            return PollReport.notModified(feed.id());
        }
        if (result instanceof FetchResult.Failed failure) {
            return failure(feed, memory, failure.status(), failure.reason(), failure.retryAfter(), now);
        }
        FetchResult.Fetched fetched = (FetchResult.Fetched) result;
        ParseResult parsed = parser.parse(fetched.body(), fetched.contentType(), feed, fetched.finalUri(), now);
        if (parsed instanceof ParseResult.Failed unparseable) {
            return failure(feed, memory, fetched.status(), unparseable.reason(), null, now);
        }
        ParseResult.Parsed document = (ParseResult.Parsed) parsed;
        List<RawArticle> articles = oldestFirst(document.articles());
        Map<String, String> current = new LinkedHashMap<>();
        List<RawArticle> fresh = new ArrayList<>();
        Set<String> edits = new HashSet<>();
        for (RawArticle article : articles) {
            String fingerprint = ArticleIdentity.fingerprint(article);
            current.put(article.id(), fingerprint);
            switch (memory.novelty(article.id(), fingerprint)) {
                case NEW -> fresh.add(article);
                case EDITED -> edits.add(article.id());
                case KNOWN -> { }
            }
        }
        Set<String> keepNew = new HashSet<>();
        int start = memory.isFirstPoll() && fresh.size() > settings.firstPollCap()
                ? fresh.size() - settings.firstPollCap() : 0;
        // The newest only; the rest is remembered as seen below, so it never floods in later either.
        for (RawArticle article : fresh.subList(start, fresh.size())) {
            keepNew.add(article.id());
        }
        List<RawArticle> toPublish = articles.stream()
                .filter(a -> keepNew.contains(a.id()) || edits.contains(a.id())).toList();
        try {
            publisher.publish(toPublish, current, edits);
        } catch (PublishException e) {
            return failure(feed, memory, fetched.status(), e.getMessage(), null, now);
        }
        follow(feed, memory, fetched.movedTo());
        memory.recordFetched(fetched.validators(), current, fetched.status(), now, settings.recentIdsKept());
        memory.hint(longer(document.ttl(), fetched.freshFor()));
        boolean changed = !fresh.isEmpty() || !edits.isEmpty();
        memory.adaptInterval(schedule.adapt(memory.interval(), changed), changed, now);
        LOG.debug("feed {}: {} entries, {} new, {} edited, {} published", feed.id(), articles.size(), fresh.size(),
                edits.size(), toPublish.size());
        return new PollReport(feed.id(), fetched.status(), articles.size(), fresh.size(), toPublish.size(), false,
                null, edits.size());
    }

    private void follow(FeedSource feed, FeedMemory memory, URI movedTo) {
        URI before = memory.url();
        if (memory.noteRedirect(movedTo, settings.redirectsToMove())) {
            LOG.info("feed {}: moved permanently from {} to {} (redirected {} polls in a row)", feed.id(),
                    FeedSource.redact(before), FeedSource.redact(memory.url()), settings.redirectsToMove());
        }
    }

    private static Duration longer(Duration a, Duration b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) >= 0 ? a : b;
    }

    private PollReport failure(FeedSource feed, FeedMemory memory, int status, String reason, Duration retryAfter,
                               Instant now) {
        memory.recordFailure(status, reason, retryAfter, now);
        LOG.warn("feed {} ({}): {} (failure {} in a row)", feed.id(), FeedSource.redact(memory.url()), reason,
                memory.consecutiveErrors());
        return PollReport.failed(feed.id(), status, reason);
    }

    /** Logs the transitions only: an unhealthy feed is said once, and again when it recovers. */
    private void noteHealth(FeedSource feed, FeedMemory memory) {
        if (schedule.unhealthy(memory.consecutiveErrors())) {
            if (unhealthy.add(feed.id())) {
                LOG.warn("feed {} ({}) is unhealthy after {} failures in a row; tried every {} until it recovers",
                        feed.id(), FeedSource.redact(memory.url()), memory.consecutiveErrors(),
                        settings.unhealthyInterval());
            }
        } else if (unhealthy.remove(feed.id())) {
            LOG.info("feed {} recovered", feed.id());
        }
    }

    private void count(PollReport report) {
        polls.increment();
        if (report.notModified()) {
            notModified.increment();
        }
        if (!report.ok()) {
            failed.increment();
        }
        published.add(report.published());
        edited.add(report.edited());
    }

    /**
     * Unique ids, oldest first: feeds list newest first, so document order is reversed, then a
     * stable sort by published time (undated items carry the fetch time and come last).
     */
    static List<RawArticle> oldestFirst(List<RawArticle> articles) {
        Map<String, RawArticle> unique = new LinkedHashMap<>();
        for (RawArticle article : articles) {
            unique.putIfAbsent(article.id(), article); // a feed listing one item twice publishes it once
        }
        List<RawArticle> ordered = new ArrayList<>(unique.values());
        Collections.reverse(ordered);
        ordered.sort(Comparator.comparing(RawArticle::published));
        return ordered;
    }

    /** Persists the memory when it changed; returns a reason when Kafka refused, else null. */
    private String saveIfChanged(FeedSource feed, FeedMemory memory) {
        if (!memory.changedSinceSave()) {
            return null;
        }
        FeedState state = memory.snapshot();
        try {
            stateStore.save(state);
            memory.markSaved(state);
            return null;
        } catch (PublishException e) {
            // Memory in this process is right; only a restart before the next successful save would repeat articles.
            LOG.warn("feed {}: {}", feed.id(), e.getMessage());
            return e.getMessage();
        }
    }

    /** The current memory of one feed, for health endpoints and tests. */
    public Optional<FeedState> state(String feedId) {
        FeedMemory memory = memories.get(feedId);
        if (memory == null) {
            return Optional.empty();
        }
        synchronized (memory) {
            return Optional.of(memory.snapshot());
        }
    }

    /** The poller's Kafka producer metrics, a live view safe to read from any thread (metrics). */
    public java.util.Map<org.apache.kafka.common.MetricName, ? extends org.apache.kafka.common.Metric> kafkaMetrics() {
        return producer.metrics();
    }

    /** Tells {@code listener} of every poll from now on (metrics). */
    public void onPoll(PollListener listener) {
        this.listener = listener == null ? PollListener.NONE : listener;
    }

    /** Counters since this poller was created. */
    public PollerStats stats() {
        return new PollerStats(polls.sum(), notModified.sum(), failed.sum(), published.sum(), edited.sum(),
                unhealthy.size());
    }

    /**
     * Restores (unless {@link #restore()} was called) and schedules every feed: first poll when its
     * restored next-poll time is due (at most one interval away), then as {@link PollSchedule}
     * says. Returns at once.
     */
    public synchronized void start() {
        if (closed) {
            throw new IllegalStateException("poller is closed");
        }
        if (timer != null) {
            throw new IllegalStateException("poller already started");
        }
        if (!restored) {
            restore();
        }
        timer = new ScheduledThreadPoolExecutor(1, daemon("wirewatch-poller-timer"));
        timer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        timer.setRemoveOnCancelPolicy(true);
        // Unbounded queue: at most one task per feed is ever queued (a feed is re-armed only after its poll).
        workers = new ThreadPoolExecutor(settings.workers(), settings.workers(), 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), daemon("wirewatch-poller"));
        for (FeedSource feed : feeds) {
            FeedMemory memory = memories.get(feed.id());
            Instant due = memory.nextPoll();
            Duration delay = due == null ? Duration.ZERO : Duration.between(clock.instant(), due);
            schedule(feed, delay.isNegative() ? Duration.ZERO
                    : delay.compareTo(memory.interval()) > 0 ? memory.interval() : delay);
        }
        LOG.info("polling {} feeds with {} workers, at most {} per host, {} between requests to one host",
                feeds.size(), settings.workers(), settings.perHostConcurrency(), settings.politenessDelay());
    }

    private static java.util.concurrent.ThreadFactory daemon(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private void schedule(FeedSource feed, Duration delay) {
        scheduleNanos(feed, delay.toNanos(), () -> due(feed));
    }

    private void scheduleNanos(FeedSource feed, long nanos, Runnable task) {
        if (closed) {
            return;
        }
        try {
            timer.schedule(task, Math.max(0, nanos), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            // Shutting down.
        }
    }

    /** On the timer thread: the feed is due; wait for its host's next start slot. */
    private void due(FeedSource feed) {
        String host = memories.get(feed.id()).url().getHost();
        long wait = gate.reserve(host, System.nanoTime());
        if (wait > 0) {
            scheduleNanos(feed, wait, () -> atSlot(feed, host));
        } else {
            atSlot(feed, host);
        }
    }

    /** On the timer thread: the host's slot has come; start the poll unless the host is at its limit. */
    private void atSlot(FeedSource feed, String host) {
        if (!gate.enter(host)) {
            due(feed);
            return;
        }
        try {
            workers.execute(() -> runScheduled(feed, host));
        } catch (RejectedExecutionException e) {
            gate.leave(host, System.nanoTime()); // shutting down
        }
    }

    private void runScheduled(FeedSource feed, String host) {
        try {
            pollOnce(feed);
        } catch (Throwable e) {
            LOG.error("feed {}: scheduled poll failed: {}", feed.id(), FeedFetcher.reason(e), e);
        } finally {
            gate.leave(host, System.nanoTime());
            // Re-arm in finally: a periodic task that throws is silently never run again.
            Instant due = memories.get(feed.id()).nextPoll();
            Duration delay = due == null ? feed.pollInterval() : Duration.between(clock.instant(), due);
            schedule(feed, delay.isNegative() ? Duration.ZERO : delay);
        }
    }

    /** Stops scheduling, lets running polls finish (bounded by the request timeout), closes HTTP and Kafka. */
    @Override
    public void close() {
        ScheduledThreadPoolExecutor runningTimer;
        ThreadPoolExecutor runningWorkers;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            runningTimer = timer;
            runningWorkers = workers;
        }
        if (runningTimer != null) {
            runningTimer.shutdownNow();
            runningWorkers.shutdown();
            try {
                long grace = settings.requestTimeout().plusSeconds(10).toMillis();
                // Queued polls are dropped; running ones finish, so their state is saved.
                runningWorkers.getQueue().clear();
                if (!runningWorkers.awaitTermination(grace, TimeUnit.MILLISECONDS)) {
                    runningWorkers.shutdownNow();
                }
            } catch (InterruptedException e) {
                runningWorkers.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
        fetcher.close();
        producer.close(Duration.ofSeconds(10));
    }
}
