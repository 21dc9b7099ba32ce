package io.wirewatch.poller;

import io.wirewatch.model.FeedState;
import io.wirewatch.model.RawArticle;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.Producer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the configured feeds and publishes every article it has not published before.
 *
 * <p>In: {@link FeedSource}s, {@link PollerSettings}, a Kafka bootstrap address. Out: new
 * {@code RawArticle}s on {@code wirewatch.articles.raw} (oldest first per poll, key = article id,
 * record time = fetch time) and, after they are acknowledged, each feed's {@link FeedState} on the
 * compacted {@code wirewatch.feed-state}, from which a restarted poller restores its memory.
 *
 * <p>How the app uses it:
 * <pre>{@code
 * try (Poller poller = new Poller(feeds, PollerSettings.defaults(), bootstrap)) {
 *     poller.start();          // restores memory from wirewatch.feed-state, then schedules every feed
 *     ...                      // until shutdown
 * }                            // close(): lets running polls finish, then releases HTTP and Kafka
 * }</pre>
 * Or step by step (tests, {@code wirewatch poll --once}): {@link #restore()}, then {@link #pollAll()}.
 * Both topics must exist (the app provisions them; feed-state compacted).
 *
 * <p>Isolation: a poll never throws; a broken, slow or hostile feed yields a failed
 * {@link PollReport}, is retried later with backoff, and never stops the other feeds. Logs name
 * the feed id and its URL without query string (queries may carry tokens).
 *
 * <p>Delivery: at least once. Memory advances only after the broker acknowledged the articles, so
 * a crash between acknowledgement and the feed-state write re-publishes that poll's articles under
 * the same ids (downstream drops them as duplicates).
 */
public final class Poller implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Poller.class);

    private final List<FeedSource> feeds;
    private final PollerSettings settings;
    private final FeedFetcher fetcher;
    private final FeedParser parser;
    private final Producer<byte[], byte[]> producer;
    private final ArticlePublisher publisher;
    private final FeedStateStore stateStore;
    private final Clock clock;
    private final Map<String, FeedMemory> memories = new ConcurrentHashMap<>();

    private ScheduledThreadPoolExecutor scheduler;
    private volatile boolean restored;
    private volatile boolean closed;

    /**
     * @param feeds            the feeds to poll; ids must be unique
     * @param settings         timeouts, caps, user agent ({@link PollerSettings#defaults()})
     * @param bootstrapServers Kafka bootstrap address, for example {@code localhost:9092}
     */
    public Poller(List<FeedSource> feeds, PollerSettings settings, String bootstrapServers) {
        this(feeds, settings, bootstrapServers, Clock.systemUTC());
    }

    Poller(List<FeedSource> feeds, PollerSettings settings, String bootstrapServers, Clock clock) {
        this.feeds = List.copyOf(feeds);
        this.settings = settings;
        this.clock = clock;
        for (FeedSource feed : this.feeds) {
            if (memories.putIfAbsent(feed.id(), FeedMemory.fresh(feed)) != null) {
                throw new IllegalArgumentException("feed id configured twice: " + feed.id());
            }
        }
        this.fetcher = new FeedFetcher(settings);
        this.parser = new FeedParser(settings);
        this.producer = KafkaClients.producer(bootstrapServers, "wirewatch-poller");
        this.publisher = new ArticlePublisher(producer);
        this.stateStore = new FeedStateStore(producer, bootstrapServers, settings.restoreTimeout());
    }

    public List<FeedSource> feeds() {
        return feeds;
    }

    /**
     * Restores the memory of the configured feeds from {@code wirewatch.feed-state} (read to its
     * end). Call before the first poll; {@link #start()} calls it when nobody did. State of feeds
     * no longer configured is ignored; a feed whose URL changed keeps its ids but not its validators.
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
                memories.put(feed.id(), FeedMemory.restored(feed, state));
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
     * Polls one configured feed: conditional GET, parse, publish what is new (oldest first, capped on
     * the feed's first poll), then save the feed's state. Never throws.
     *
     * @throws IllegalArgumentException when the feed id is not configured
     */
    public PollReport pollOnce(FeedSource feed) {
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
            memory.scheduleAt(now.plus(PollSchedule.nextDelay(feed.pollInterval(), memory.consecutiveErrors(),
                    memory.retryAfter(), settings.maxBackoff())));
            String saveError = saveIfChanged(feed, memory);
            if (saveError != null && report.ok()) {
                report = new PollReport(report.feedId(), report.status(), report.fetched(), report.newItems(),
                        report.published(), report.notModified(), saveError);
            }
            return report;
        }
    }

    private PollReport poll(FeedSource feed, FeedMemory memory, Instant now) {
        FetchResult result = fetcher.fetch(feed.url(), memory.validators());
        if (result instanceof FetchResult.NotModified notModified) {
            memory.recordNotModified(notModified.validators(), now);
            return PollReport.notModified(feed.id());
        }
        if (result instanceof FetchResult.Failed failed) {
            return failure(feed, memory, failed.status(), failed.reason(), failed.retryAfter(), now);
        }
        FetchResult.Fetched fetched = (FetchResult.Fetched) result;
        ParseResult parsed = parser.parse(fetched.body(), fetched.contentType(), feed, fetched.finalUri(), now);
        if (parsed instanceof ParseResult.Failed unparseable) {
            return failure(feed, memory, fetched.status(), unparseable.reason(), null, now);
        }
        List<RawArticle> articles = oldestFirst(((ParseResult.Parsed) parsed).articles());
        List<RawArticle> fresh = articles.stream().filter(a -> !memory.hasPublished(a.id())).toList();
        List<RawArticle> toPublish = fresh;
        if (memory.isFirstPoll() && fresh.size() > settings.firstPollCap()) {
            // The newest only; the rest is remembered as seen below, so it never floods in later either.
            toPublish = fresh.subList(fresh.size() - settings.firstPollCap(), fresh.size());
        }
        try {
            publisher.publish(toPublish);
        } catch (PublishException e) {
            return failure(feed, memory, fetched.status(), e.getMessage(), null, now);
        }
        memory.recordFetched(fetched.validators(), articles.stream().map(RawArticle::id).toList(),
                fetched.status(), now, settings.recentIdsKept());
        LOG.debug("feed {}: {} entries, {} new, {} published", feed.id(), articles.size(), fresh.size(), toPublish.size());
        return new PollReport(feed.id(), fetched.status(), articles.size(), fresh.size(), toPublish.size(), false, null);
    }

    private PollReport failure(FeedSource feed, FeedMemory memory, int status, String reason, Duration retryAfter,
                               Instant now) {
        memory.recordFailure(status, reason, retryAfter, now);
        LOG.warn("feed {} ({}): {} (failure {} in a row)", feed.id(), feed.redactedUrl(), reason,
                memory.consecutiveErrors());
        return PollReport.failed(feed.id(), status, reason);
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

    /**
     * Restores (unless {@link #restore()} was called) and schedules every feed: first poll when its
     * restored next-poll time is due (at most one interval away), then again after its interval, or
     * after a backoff while it fails. Returns at once.
     */
    public synchronized void start() {
        if (closed) {
            throw new IllegalStateException("poller is closed");
        }
        if (scheduler != null) {
            throw new IllegalStateException("poller already started");
        }
        if (!restored) {
            restore();
        }
        AtomicInteger n = new AtomicInteger();
        scheduler = new ScheduledThreadPoolExecutor(settings.schedulerThreads(), r -> {
            Thread t = new Thread(r, "wirewatch-poller-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        scheduler.setRemoveOnCancelPolicy(true);
        for (FeedSource feed : feeds) {
            Instant due = memories.get(feed.id()).nextPoll();
            Duration delay = due == null ? Duration.ZERO : Duration.between(clock.instant(), due);
            schedule(feed, delay.isNegative() ? Duration.ZERO
                    : delay.compareTo(feed.pollInterval()) > 0 ? feed.pollInterval() : delay);
        }
        LOG.info("polling {} feeds", feeds.size());
    }

    private void schedule(FeedSource feed, Duration delay) {
        if (closed) {
            return;
        }
        try {
            scheduler.schedule(() -> runScheduled(feed), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // Shutting down.
        }
    }

    private void runScheduled(FeedSource feed) {
        try {
            pollOnce(feed);
        } catch (Throwable e) {
            LOG.error("feed {}: scheduled poll failed: {}", feed.id(), FeedFetcher.reason(e), e);
        } finally {
            // Re-arm in finally: a periodic task that throws is silently never run again.
            Instant due = memories.get(feed.id()).nextPoll();
            Duration delay = due == null ? feed.pollInterval() : Duration.between(clock.instant(), due);
            schedule(feed, delay.isNegative() ? Duration.ZERO : delay);
        }
    }

    /** Stops scheduling, lets running polls finish (bounded by the request timeout), closes HTTP and Kafka. */
    @Override
    public void close() {
        ScheduledThreadPoolExecutor running;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            running = scheduler;
        }
        if (running != null) {
            running.shutdown();
            try {
                long grace = settings.requestTimeout().plusSeconds(10).toMillis();
                if (!running.awaitTermination(grace, TimeUnit.MILLISECONDS)) {
                    running.shutdownNow();
                }
            } catch (InterruptedException e) {
                running.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
        fetcher.close();
        producer.close(Duration.ofSeconds(10));
    }
}
