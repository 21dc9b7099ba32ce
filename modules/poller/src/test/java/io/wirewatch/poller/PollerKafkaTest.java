package io.wirewatch.poller;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.broker.EmbeddedKafka;
import io.wirewatch.broker.TopicProvisioner;
import io.wirewatch.model.FeedState;
import io.wirewatch.model.RawArticle;
import io.wirewatch.model.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The poller end to end: loopback HTTP feeds in, a real (embedded KRaft) Kafka broker out. Each
 * test uses its own feed ids, so the tests share one broker and read only their own records.
 */
class PollerKafkaTest {

    private static EmbeddedKafka kafka;
    private static String bootstrap;

    private final LoopbackServer server = new LoopbackServer();
    private final CountDownLatch release = new CountDownLatch(1);
    private final List<Poller> pollers = new ArrayList<>();

    @BeforeAll
    static void startBroker() {
        kafka = EmbeddedKafka.startTemporary();
        bootstrap = kafka.bootstrapServers();
        TopicProvisioner.ensure(bootstrap, 3, (short) 1);
    }

    @AfterAll
    static void stopBroker() {
        if (kafka != null) {
            kafka.close();
        }
    }

    @AfterEach
    void tearDown() {
        release.countDown();
        pollers.forEach(Poller::close);
        server.close();
    }

    @Test
    void pollingTwicePublishesEachItemOnceOldestFirstStampedWithTheFetchTime() {
        // Given a feed of three items dated years ago, listed newest first, served without validators
        FeedSource feed = feed("twice");
        server.serve("/twice", rss(item("t-3", "Third", 3), item("t-2", "Second", 2), item("t-1", "First", 1)),
                "application/rss+xml");
        Poller poller = poller(List.of(feed), PollerSettings.defaults());

        // When polling it twice
        Instant before = Instant.now();
        PollReport first = poller.pollOnce(feed);
        Instant after = Instant.now();
        PollReport second = poller.pollOnce(feed);

        // Then each item is published once, oldest first, and the second poll publishes nothing
        assertThat(first).isEqualTo(new PollReport("twice", 200, 3, 3, 3, false, null));
        assertThat(second).isEqualTo(new PollReport("twice", 200, 3, 0, 0, false, null));
        List<TopicReader.Read<String, RawArticle>> records = articlesOf("twice");
        assertThat(records).extracting(TopicReader.Read::key).containsExactlyInAnyOrder("twice:t-1", "twice:t-2", "twice:t-3");
        // And the record time is the fetch time, the feed's date stays in the value
        assertThat(records).allSatisfy(r -> {
            assertThat(r.timestamp()).isBetween(before.toEpochMilli(), after.toEpochMilli());
            assertThat(r.value().published()).isBefore(Instant.parse("2010-01-01T00:00:00Z"));
            assertThat(r.key()).isEqualTo(r.value().id());
        });
        // And the memory (written in publication order) lists them oldest first
        assertThat(poller.state("twice")).get().extracting(FeedState::recentIds)
                .isEqualTo(List.of("twice:t-1", "twice:t-2", "twice:t-3"));
    }

    @Test
    void anUnchangedFeedIsFetchedConditionallyAndPublishesNothing() {
        // Given a feed with an ETag that honours If-None-Match
        FeedSource feed = feed("etag");
        byte[] body = rss(item("e-1", "Only", 1));
        server.route("/etag", exchange -> {
            if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            exchange.getResponseHeaders().set("ETag", "\"v1\"");
            LoopbackServer.respond(exchange, 200, body, "application/rss+xml");
        });
        Poller poller = poller(List.of(feed), PollerSettings.defaults());

        // When polling twice
        poller.pollOnce(feed);
        PollReport second = poller.pollOnce(feed);

        // Then the second poll is a 304 and the item is on the topic once
        assertThat(second.notModified()).isTrue();
        assertThat(articlesOf("etag")).hasSize(1);
    }

    @Test
    void aChangedFeedPublishesOnlyTheNewItem() {
        // Given a feed that was polled with two items
        FeedSource feed = feed("changed");
        server.serve("/changed", rss(item("c-2", "Two", 2), item("c-1", "One", 1)), "application/rss+xml");
        Poller poller = poller(List.of(feed), PollerSettings.defaults());
        poller.pollOnce(feed);

        // When a third item appears and the feed is polled again
        server.serve("/changed", rss(item("c-3", "Three", 3), item("c-2", "Two", 2), item("c-1", "One", 1)),
                "application/rss+xml");
        PollReport report = poller.pollOnce(feed);

        // Then only the new item is published
        assertThat(report.newItems()).isEqualTo(1);
        assertThat(report.published()).isEqualTo(1);
        assertThat(articlesOf("changed")).extracting(TopicReader.Read::key)
                .containsExactlyInAnyOrder("changed:c-1", "changed:c-2", "changed:c-3");
    }

    @Test
    void aRestartedPollerRestoresItsMemoryFromFeedState() {
        // Given a poller that published a feed's two items, then stopped
        FeedSource feed = feed("restart");
        server.route("/restart", exchange -> {
            exchange.getResponseHeaders().set("ETag", "\"r1\"");
            LoopbackServer.respond(exchange, 200, rss(item("r-2", "Two", 2), item("r-1", "One", 1)), "application/rss+xml");
        });
        Poller before = poller(List.of(feed), PollerSettings.defaults());
        before.pollOnce(feed);
        before.close();

        // When a new poller on the same broker restores and polls the same feed (which still answers 200)
        Poller after = poller(List.of(feed), PollerSettings.defaults());
        int restored = after.restore();
        PollReport report = after.pollOnce(feed);

        // Then it remembered: nothing is published twice, and it sent the ETag it had saved
        assertThat(restored).isEqualTo(1);
        assertThat(report.published()).isZero();
        assertThat(articlesOf("restart")).hasSize(2);
        assertThat(server.requests("/restart").get(1).getFirst("If-None-Match")).isEqualTo("\"r1\"");
        // And the saved state carries the ids
        FeedState saved = statesOf("restart").get(statesOf("restart").size() - 1);
        assertThat(saved.recentIds()).containsExactly("restart:r-1", "restart:r-2");
    }

    @Test
    void aFeedServingGarbageDoesNotStopTheOthers() {
        // Given a garbage feed, a hanging feed and a good one, in that order
        FeedSource garbage = feed("garbage");
        FeedSource hanging = feed("hanging");
        FeedSource good = feed("good");
        server.serve("/garbage", "<html><body>Gateway error".getBytes(StandardCharsets.UTF_8), "text/html");
        server.route("/hanging", exchange -> awaitRelease());
        server.serve("/good", rss(item("g-2", "Two", 2), item("g-1", "One", 1)), "application/rss+xml");
        Poller poller = poller(List.of(garbage, hanging, good),
                PollerSettings.defaults().withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(500)));

        // When polling all
        List<PollReport> reports = poller.pollAll();

        // Then the broken ones report their reasons and the good one is published
        assertThat(reports).extracting(PollReport::feedId).containsExactly("garbage", "hanging", "good");
        assertThat(reports.get(0).error()).startsWith("broken XML");
        assertThat(reports.get(1).error()).startsWith("timed out");
        assertThat(reports.get(2)).isEqualTo(new PollReport("good", 200, 2, 2, 2, false, null));
        assertThat(articlesOf("good")).hasSize(2);
        assertThat(articlesOf("garbage")).isEmpty();
        // And the failures are remembered durably
        assertThat(statesOf("garbage")).last().satisfies(s -> {
            assertThat(s.consecutiveErrors()).isEqualTo(1);
            assertThat(s.lastError()).startsWith("broken XML");
        });
    }

    @Test
    void theFirstPollOfABigFeedIsCapped() {
        // Given a first-poll cap of 2 and a feed of 5 items
        FeedSource feed = feed("capped");
        server.serve("/capped", rss(item("k-5", "Five", 5), item("k-4", "Four", 4), item("k-3", "Three", 3),
                item("k-2", "Two", 2), item("k-1", "One", 1)), "application/rss+xml");
        Poller poller = poller(List.of(feed), PollerSettings.defaults().withFirstPollCap(2));

        // When polling twice
        PollReport first = poller.pollOnce(feed);
        PollReport second = poller.pollOnce(feed);

        // Then only the two newest are published, and the held-back ones never come later
        assertThat(first.newItems()).isEqualTo(5);
        assertThat(first.published()).isEqualTo(2);
        assertThat(second.published()).isZero();
        assertThat(articlesOf("capped")).extracting(TopicReader.Read::key)
                .containsExactlyInAnyOrder("capped:k-4", "capped:k-5");
    }

    @Test
    void startPollsEveryFeedOnItsScheduleDespiteAHangingOne() throws InterruptedException {
        // Given a hanging feed and a good feed, both due every 200 ms
        FeedSource hanging = new FeedSource("sched-hang", server.url("/sched-hang"), "Hang", Duration.ofMillis(200));
        FeedSource good = new FeedSource("sched-good", server.url("/sched-good"), "Good", Duration.ofMillis(200));
        server.route("/sched-hang", exchange -> awaitRelease());
        AtomicReference<byte[]> body = new AtomicReference<>(rss(item("s-1", "One", 1)));
        server.route("/sched-good", exchange -> LoopbackServer.respond(exchange, 200, body.get(), "application/rss+xml"));
        Poller poller = poller(List.of(hanging, good),
                PollerSettings.defaults().withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300)));

        // When started, and the good feed gains an item after its first polls
        poller.start();
        awaitRequests("/sched-good", 2);
        body.set(rss(item("s-2", "Two", 2), item("s-1", "One", 1)));
        int seen = server.requests("/sched-good").size();
        awaitRequests("/sched-good", seen + 2);

        // Then the good feed kept being polled, published each item once, and the hanging one was retried
        assertThat(articlesOf("sched-good")).extracting(TopicReader.Read::key)
                .containsExactlyInAnyOrder("sched-good:s-1", "sched-good:s-2");
        awaitRequests("/sched-hang", 2);
        assertThat(poller.state("sched-hang")).get().satisfies(s -> assertThat(s.consecutiveErrors()).isPositive());
    }

    // --- helpers ---

    private Poller poller(List<FeedSource> feeds, PollerSettings settings) {
        Poller poller = new Poller(feeds, settings, bootstrap);
        pollers.add(poller);
        return poller;
    }

    private FeedSource feed(String id) {
        return new FeedSource(id, server.url("/" + id), "Outlet " + id, Duration.ofMinutes(5));
    }

    private static List<TopicReader.Read<String, RawArticle>> articlesOf(String feedId) {
        return TopicReader.readAll(bootstrap, Topics.RAW_ARTICLES).stream()
                .filter(r -> r.value().feedId().equals(feedId)).toList();
    }

    private static List<FeedState> statesOf(String feedId) {
        return TopicReader.readAll(bootstrap, Topics.FEED_STATE).stream()
                .filter(r -> r.key().equals(feedId)).map(TopicReader.Read::value).toList();
    }

    /** Waits (bounded) for the server to have seen {@code count} requests on a path. */
    private void awaitRequests(String path, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (server.requests(path).size() < count) {
            assertThat(System.nanoTime()).as("waiting for %d requests on %s", count, path).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private void awaitRelease() {
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String item(String guid, String title, int year) {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                Instant.parse("200" + year + "-06-01T12:00:00Z").atZone(ZoneOffset.UTC));
        return "<item><title>" + title + "</title><guid isPermaLink=\"false\">" + guid + "</guid>"
                + "<link>https://outlet.example/" + guid + "</link><description>About " + title + "</description>"
                + "<pubDate>" + date + "</pubDate></item>";
    }

    private static byte[] rss(String... items) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Outlet</title>"
                + "<link>https://outlet.example/</link><description>News</description>" + String.join("", items)
                + "</channel></rss>").getBytes(StandardCharsets.UTF_8);
    }
}
