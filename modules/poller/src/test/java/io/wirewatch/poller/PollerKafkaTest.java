package io.wirewatch.poller;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.broker.EmbeddedKafka;
import io.wirewatch.broker.TopicProvisioner;
import io.wirewatch.model.FeedState;
import io.wirewatch.model.KafkaConnection;
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
    private static KafkaConnection bootstrap;

    private final LoopbackServer server = new LoopbackServer();
    private final CountDownLatch release = new CountDownLatch(1);
    private final List<Poller> pollers = new ArrayList<>();

    @BeforeAll
    static void startBroker() {
        kafka = EmbeddedKafka.startTemporary();
        bootstrap = kafka.connection();
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
        assertThat(first).isEqualTo(new PollReport("twice", 200, 3, 3, 3, false, null, 0));
        assertThat(second).isEqualTo(new PollReport("twice", 200, 3, 0, 0, false, null, 0));
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
        assertThat(reports.get(2)).isEqualTo(new PollReport("good", 200, 2, 2, 2, false, null, 0));
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
                PollerSettings.defaults().withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300))
                        .withIntervalBounds(Duration.ofMillis(100), Duration.ofMillis(400))
                        .withConcurrency(4, 2, Duration.ZERO));

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

    @Test
    void theFirstPollOfA500ItemFeedDoesNotFlood() {
        // Given a feed of 500 items and the default cap of 100 items per first poll
        FeedSource feed = feed("flood");
        String[] items = new String[500];
        for (int i = 0; i < 500; i++) {
            items[i] = itemAt("f-" + (500 - i), "Item " + (500 - i), Instant.parse("2024-01-01T00:00:00Z").plusSeconds(60L * (500 - i)));
        }
        server.serve("/flood", rss(items), "application/rss+xml");
        Poller poller = poller(List.of(feed), PollerSettings.defaults());

        // When polling it twice
        PollReport first = poller.pollOnce(feed);
        PollReport second = poller.pollOnce(feed);

        // Then the 100 newest are published once, the other 400 are remembered and never published
        assertThat(first.fetched()).isEqualTo(500);
        assertThat(first.published()).isEqualTo(100);
        assertThat(second.published()).isZero();
        assertThat(articlesOf("flood")).extracting(TopicReader.Read::key)
                .hasSize(100).contains("flood:f-500", "flood:f-401").doesNotContain("flood:f-400");
    }

    @Test
    void anEditedItemIsPublishedAgainUnderItsIdAsARevision() {
        // Given a feed whose item was published
        FeedSource feed = feed("edit");
        server.serve("/edit", rss(item("d-1", "Minister resigns", 1)), "application/rss+xml");
        Poller poller = poller(List.of(feed), PollerSettings.defaults());
        poller.pollOnce(feed);

        // When the publisher rewrites the headline, and the feed is then polled unchanged
        server.serve("/edit", rss(item("d-1", "Minister resigns after vote", 1)), "application/rss+xml");
        PollReport edited = poller.pollOnce(feed);
        PollReport unchanged = poller.pollOnce(feed);

        // Then the edit is published once more under the same id, marked as a revision, and not again
        assertThat(edited.newItems()).isZero();
        assertThat(edited.edited()).isEqualTo(1);
        assertThat(edited.published()).isEqualTo(1);
        assertThat(unchanged.published()).isZero();
        List<TopicReader.Read<String, RawArticle>> records = articlesOf("edit");
        assertThat(records).extracting(TopicReader.Read::key).containsExactly("edit:d-1", "edit:d-1");
        assertThat(records).extracting(r -> r.value().title())
                .containsExactly("Minister resigns", "Minister resigns after vote");
        assertThat(records.get(0).headers()).doesNotContainKey(ArticlePublisher.REVISION_HEADER);
        assertThat(records.get(1).headers()).containsEntry(ArticlePublisher.REVISION_HEADER, "edited");
    }

    @Test
    void aRestartAfterAnyNumberOfPollsLosesAndRepeatsNothing() {
        // Given a feed that gains one item per poll and edits one item once, window of 5 items
        FeedSource feed = feed("crash");
        AtomicReference<byte[]> body = new AtomicReference<>();
        server.route("/crash", exchange -> LoopbackServer.respond(exchange, 200, body.get(), "application/rss+xml"));
        int polls = 12;
        int stopAfter = 5;

        // When one poller polls 5 times and is abandoned (never closed), and a new one polls the rest
        Poller first = poller(List.of(feed), PollerSettings.defaults());
        first.restore();
        for (int n = 1; n <= stopAfter; n++) {
            body.set(window(n));
            first.pollOnce(feed);
        }
        // No close(), no goodbye: the new poller starts while the old one is simply abandoned, as after kill -9.
        Poller second = poller(List.of(feed), PollerSettings.defaults());
        second.restore();
        for (int n = stopAfter + 1; n <= polls; n++) {
            body.set(window(n));
            second.pollOnce(feed);
        }

        // Then every item is on the topic exactly once, plus exactly one revision of the edited one
        List<String> keys = articlesOf("crash").stream().map(TopicReader.Read::key).toList();
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= polls; i++) {
            expected.add("crash:c-" + i);
        }
        expected.add("crash:c-7");
        assertThat(keys).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aFeedMovesAfterRepeatedPermanentRedirectsButNotAfterTemporaryOnes() {
        // Given one feed that moved for good and one that is temporarily elsewhere
        FeedSource moved = feed("moved");
        FeedSource away = feed("away");
        server.route("/moved", exchange -> {
            exchange.getResponseHeaders().set("Location", "/moved-here");
            exchange.sendResponseHeaders(301, -1);
        });
        server.route("/away", exchange -> {
            exchange.getResponseHeaders().set("Location", "/away-now");
            exchange.sendResponseHeaders(302, -1);
        });
        server.serve("/moved-here", rss(item("m-1", "One", 1)), "application/rss+xml");
        server.serve("/away-now", rss(item("a-1", "One", 1)), "application/rss+xml");
        Poller poller = poller(List.of(moved, away), PollerSettings.defaults().withRedirectsToMove(3));

        // When both are polled four times
        for (int i = 0; i < 4; i++) {
            poller.pollAll();
        }

        // Then the moved feed is polled at its new address from the fourth poll on, and that is saved;
        // the temporary one keeps its configured address
        assertThat(server.requests("/moved")).hasSize(3);
        assertThat(server.requests("/moved-here")).hasSize(4);
        assertThat(statesOf("moved")).last().satisfies(s -> {
            assertThat(s.url()).isEqualTo(server.url("/moved-here").toString());
            assertThat(s.configuredUrl()).isEqualTo(server.url("/moved").toString());
        });
        assertThat(server.requests("/away")).hasSize(4);
        assertThat(poller.state("away")).get().satisfies(s -> assertThat(s.url()).isEqualTo(server.url("/away").toString()));
    }

    @Test
    void retryAfterPostponesTheNextPollAndRepeatedFailuresMakeAFeedUnhealthy() {
        // Given a rate-limited feed (429, Retry-After 2 hours) and a feed that always fails
        FeedSource limited = feed("limited");
        FeedSource broken = feed("broken");
        server.route("/limited", exchange -> {
            exchange.getResponseHeaders().set("Retry-After", "7200");
            exchange.sendResponseHeaders(429, -1);
        });
        server.route("/broken", exchange -> exchange.sendResponseHeaders(500, -1));
        Poller poller = poller(List.of(limited, broken),
                PollerSettings.defaults().withFailureHandling(Duration.ofHours(1), 3, Duration.ofHours(6)));

        // When polling the first once and the second three times
        Instant before = Instant.now();
        poller.pollOnce(limited);
        for (int i = 0; i < 3; i++) {
            poller.pollOnce(broken);
        }

        // Then the limited feed waits at least what it asked; the broken one is unhealthy, not dropped
        assertThat(poller.state("limited")).get()
                .satisfies(s -> assertThat(s.nextPoll()).isAfterOrEqualTo(before.plus(Duration.ofHours(2))));
        assertThat(poller.stats().unhealthy()).isEqualTo(1);
        assertThat(poller.state("broken")).get().satisfies(s -> {
            assertThat(s.consecutiveErrors()).isEqualTo(3);
            assertThat(s.nextPoll()).isAfter(before.plus(Duration.ofHours(5)));
        });
    }

    // --- helpers ---

    /** Poll n of the crash test: items c-(n-4)..c-n, newest first; from poll 8 on, c-7 has a new title. */
    private static byte[] window(int n) {
        List<String> items = new ArrayList<>();
        for (int i = n; i >= Math.max(1, n - 4); i--) {
            String title = i == 7 && n >= 8 ? "Seven, corrected" : "Item " + i;
            items.add(itemAt("c-" + i, title, Instant.parse("2024-01-01T00:00:00Z").plusSeconds(3600L * i)));
        }
        return rss(items.toArray(String[]::new));
    }

    private static String itemAt(String guid, String title, Instant when) {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(when.atZone(ZoneOffset.UTC));
        return "<item><title>" + title + "</title><guid isPermaLink=\"false\">" + guid + "</guid>"
                + "<link>https://outlet.example/" + guid + "</link><description>About " + title + "</description>"
                + "<pubDate>" + date + "</pubDate></item>";
    }


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
