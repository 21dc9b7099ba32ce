package io.wirewatch.poller;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FeedFetcherTest {

    private static final byte[] FEED = LoopbackServer.resource("rss2.xml");

    private final LoopbackServer server = new LoopbackServer();
    private final CountDownLatch release = new CountDownLatch(1);
    private FeedFetcher fetcher = new FeedFetcher(PollerSettings.defaults());

    @AfterEach
    void tearDown() {
        release.countDown();
        fetcher.close();
        server.close();
    }

    @Test
    void etagIsSentBackVerbatimAndAnUnchangedFeedIs304() {
        // Given a server that tags its feed with a weak ETag and honours If-None-Match
        String etag = "W/\"5e1-abc\"";
        server.route("/feed", exchange -> {
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            exchange.getResponseHeaders().set("ETag", etag);
            LoopbackServer.respond(exchange, 200, FEED, "application/rss+xml");
        });

        // When fetching once, then again with the validators received
        FetchResult first = fetcher.fetch(server.url("/feed"), Validators.NONE);
        Validators validators = ((FetchResult.Fetched) first).validators();
        FetchResult second = fetcher.fetch(server.url("/feed"), validators);

        // Then the first is a 200 with the body, the second a 304, and the ETag went back untouched
        assertThat(first).isInstanceOf(FetchResult.Fetched.class);
        assertThat(((FetchResult.Fetched) first).body()).isEqualTo(FEED);
        assertThat(validators.etag()).isEqualTo(etag);
        assertThat(second).isInstanceOf(FetchResult.NotModified.class);
        assertThat(server.requests("/feed").get(0).getFirst("If-None-Match")).isNull();
        assertThat(server.requests("/feed").get(1).getFirst("If-None-Match")).isEqualTo(etag);
    }

    @Test
    void lastModifiedIsSentAsIfModifiedSince() {
        // Given a server that only knows Last-Modified
        String lastModified = "Tue, 02 Jan 2024 09:30:00 GMT";
        server.route("/feed", exchange -> {
            if (lastModified.equals(exchange.getRequestHeaders().getFirst("If-Modified-Since"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            exchange.getResponseHeaders().set("Last-Modified", lastModified);
            LoopbackServer.respond(exchange, 200, FEED, "application/rss+xml");
        });

        // When fetching twice, passing on the validators
        FetchResult.Fetched first = (FetchResult.Fetched) fetcher.fetch(server.url("/feed"), Validators.NONE);
        FetchResult second = fetcher.fetch(server.url("/feed"), first.validators());

        // Then the second fetch is conditional and answered 304
        assertThat(first.validators()).isEqualTo(new Validators(null, lastModified));
        assertThat(second).isInstanceOf(FetchResult.NotModified.class);
    }

    @Test
    void asksForGzipAndDecodesIt() {
        // Given a server that compresses when asked to
        server.route("/feed", exchange -> {
            String accept = exchange.getRequestHeaders().getFirst("Accept-Encoding");
            byte[] body = accept != null && accept.contains("gzip") ? gzip(FEED) : FEED;
            if (body != FEED) {
                exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            }
            LoopbackServer.respond(exchange, 200, body, "application/rss+xml");
        });

        // When fetching
        FetchResult result = fetcher.fetch(server.url("/feed"), Validators.NONE);

        // Then the body is the plain document and the request named us
        assertThat(server.requests("/feed").get(0).getFirst("Accept-Encoding")).isEqualTo("gzip, deflate");
        assertThat(((FetchResult.Fetched) result).body()).isEqualTo(FEED);
        assertThat(server.requests("/feed").get(0).getFirst("User-Agent")).isEqualTo(PollerSettings.USER_AGENT);
    }

    @Test
    void aBodyOverTheCapIsRefusedWhileStreaming() {
        // Given a 1 KB cap and a server streaming 64 KB without Content-Length (chunked)
        fetcher.close();
        fetcher = new FeedFetcher(PollerSettings.defaults().withMaxBodyBytes(1024));
        server.route("/huge", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 64; i++) {
                    out.write(new byte[1024]);
                }
            }
        });
        server.serve("/declared", new byte[4096], "application/rss+xml");

        // When fetching both
        FetchResult streamed = fetcher.fetch(server.url("/huge"), Validators.NONE);
        FetchResult declared = fetcher.fetch(server.url("/declared"), Validators.NONE);

        // Then both fail as too large, with a reason that says so
        assertThat(streamed).isInstanceOfSatisfying(FetchResult.Failed.class,
                f -> assertThat(f.reason()).isEqualTo("body larger than 1024 bytes"));
        assertThat(declared).isInstanceOfSatisfying(FetchResult.Failed.class,
                f -> assertThat(f.reason()).isEqualTo("body larger than 1024 bytes"));
    }

    @Test
    void aGzipBombIsRefusedAfterDecoding() {
        // Given a 1 KB cap and 100 KB of zeros that compress to a few hundred bytes
        fetcher.close();
        fetcher = new FeedFetcher(PollerSettings.defaults().withMaxBodyBytes(1024));
        byte[] bomb = gzip(new byte[100_000]);
        assertThat(bomb.length).isLessThan(1024);
        server.route("/bomb", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            LoopbackServer.respond(exchange, 200, bomb, "application/rss+xml");
        });

        // When fetching
        FetchResult result = fetcher.fetch(server.url("/bomb"), Validators.NONE);

        // Then it is refused as too large
        assertThat(result).isInstanceOfSatisfying(FetchResult.Failed.class,
                f -> assertThat(f.reason()).contains("larger than 1024"));
    }

    @Test
    void aServerThatNeverAnswersTimesOut() {
        // Given a short request timeout and a server that holds the request
        useShortTimeout();
        server.route("/slow", exchange -> await());

        // When fetching
        FetchResult result = fetcher.fetch(server.url("/slow"), Validators.NONE);

        // Then it is a failure without a status
        assertThat(result).isInstanceOfSatisfying(FetchResult.Failed.class, f -> {
            assertThat(f.status()).isZero();
            assertThat(f.reason()).startsWith("timed out");
        });
    }

    @Test
    void aBodyThatStopsHalfwayTimesOutToo() {
        // Given a server that sends headers and half a feed, then stalls
        // (HttpClient's own request timeout stops counting once headers arrived)
        useShortTimeout();
        server.route("/drip", exchange -> {
            exchange.sendResponseHeaders(200, FEED.length);
            OutputStream out = exchange.getResponseBody();
            out.write(Arrays.copyOf(FEED, FEED.length / 2));
            out.flush();
            await();
        });

        // When fetching
        FetchResult result = fetcher.fetch(server.url("/drip"), Validators.NONE);

        // Then the whole-request deadline ends it
        assertThat(result).isInstanceOfSatisfying(FetchResult.Failed.class,
                f -> assertThat(f.reason()).startsWith("timed out"));
    }

    @Test
    void aPermanentRedirectNamesTheNewAddressATemporaryOneDoesNot() {
        // Given a feed that moved for good (301), one that is away for now (302), and one with both hops
        server.route("/old", exchange -> {
            exchange.getResponseHeaders().set("Location", "/new");
            exchange.sendResponseHeaders(301, -1);
        });
        server.route("/away", exchange -> {
            exchange.getResponseHeaders().set("Location", "/new");
            exchange.sendResponseHeaders(302, -1);
        });
        server.route("/mixed", exchange -> {
            exchange.getResponseHeaders().set("Location", "/away");
            exchange.sendResponseHeaders(308, -1);
        });
        server.serve("/new", FEED, "application/rss+xml; charset=utf-8");

        // When fetching each old address
        FetchResult permanent = fetcher.fetch(server.url("/old"), Validators.NONE);
        FetchResult temporary = fetcher.fetch(server.url("/away"), Validators.NONE);
        FetchResult mixed = fetcher.fetch(server.url("/mixed"), Validators.NONE);

        // Then all bodies come from the new address; only the all-permanent chain says the feed moved
        assertThat(permanent).isInstanceOfSatisfying(FetchResult.Fetched.class, f -> {
            assertThat(f.body()).isEqualTo(FEED);
            assertThat(f.finalUri()).isEqualTo(server.url("/new"));
            assertThat(f.movedTo()).isEqualTo(server.url("/new"));
            assertThat(f.contentType()).isEqualTo("application/rss+xml; charset=utf-8");
        });
        assertThat(temporary).isInstanceOfSatisfying(FetchResult.Fetched.class, f -> {
            assertThat(f.finalUri()).isEqualTo(server.url("/new"));
            assertThat(f.movedTo()).isNull();
        });
        assertThat(mixed).isInstanceOfSatisfying(FetchResult.Fetched.class, f -> assertThat(f.movedTo()).isNull());
    }

    @Test
    void aRedirectLoopIsAFailureNotAHang() {
        // Given an address that redirects to itself
        server.route("/loop", exchange -> {
            exchange.getResponseHeaders().set("Location", "/loop");
            exchange.sendResponseHeaders(302, -1);
        });

        // When fetching it
        FetchResult result = fetcher.fetch(server.url("/loop"), Validators.NONE);

        // Then it gives up with a reason
        assertThat(result).isInstanceOfSatisfying(FetchResult.Failed.class,
                f -> assertThat(f.reason()).contains("more than 5 redirects"));
    }

    @Test
    void deflateIsDecodedZlibWrappedOrRaw() {
        // Given servers answering with zlib-wrapped deflate and with raw deflate
        server.route("/zlib", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "deflate");
            LoopbackServer.respond(exchange, 200, deflate(FEED, false), "application/rss+xml");
        });
        server.route("/raw", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "deflate");
            LoopbackServer.respond(exchange, 200, deflate(FEED, true), "application/rss+xml");
        });

        // When fetching both
        // Then both bodies are the plain document
        assertThat(((FetchResult.Fetched) fetcher.fetch(server.url("/zlib"), Validators.NONE)).body()).isEqualTo(FEED);
        assertThat(((FetchResult.Fetched) fetcher.fetch(server.url("/raw"), Validators.NONE)).body()).isEqualTo(FEED);
    }

    @Test
    void cacheControlAndExpiresTellHowLongTheFeedStaysFresh() {
        // Given one server sending max-age, one Expires an hour ahead of its own clock, one no hint
        server.route("/max-age", exchange -> {
            exchange.getResponseHeaders().set("Cache-Control", "public, max-age=900");
            exchange.getResponseHeaders().set("Expires", "Thu, 01 Jan 2037 00:00:00 GMT");
            LoopbackServer.respond(exchange, 200, FEED, "application/rss+xml");
        });
        server.route("/expires", exchange -> {
            exchange.getResponseHeaders().set("Expires", DateTimeFormatter.RFC_1123_DATE_TIME
                    .format(ZonedDateTime.now(ZoneOffset.UTC).plusHours(1)));
            exchange.sendResponseHeaders(304, -1);
        });
        server.serve("/none", FEED, "application/rss+xml");

        // When fetching them
        // Then max-age wins over Expires, Expires counts from the server's own clock, and no hint is null
        assertThat(((FetchResult.Fetched) fetcher.fetch(server.url("/max-age"), Validators.NONE)).freshFor())
                .isEqualTo(Duration.ofMinutes(15));
        assertThat(((FetchResult.NotModified) fetcher.fetch(server.url("/expires"), Validators.NONE)).freshFor())
                .isBetween(Duration.ofMinutes(50), Duration.ofHours(1));
        assertThat(((FetchResult.Fetched) fetcher.fetch(server.url("/none"), Validators.NONE)).freshFor()).isNull();
    }

    @Test
    void serverErrorsAreResultsNotExceptions() {
        // Given a failing server and a rate-limiting one
        server.route("/busy", exchange -> {
            exchange.getResponseHeaders().set("Retry-After", "120");
            exchange.sendResponseHeaders(429, -1);
        });
        server.route("/broken", exchange -> LoopbackServer.respond(exchange, 500, "oops".getBytes(StandardCharsets.UTF_8), "text/plain"));

        // When fetching them
        FetchResult broken = fetcher.fetch(server.url("/broken"), Validators.NONE);
        FetchResult busy = fetcher.fetch(server.url("/busy"), Validators.NONE);

        // Then each is a failure with its status, and Retry-After is kept
        assertThat(broken).isEqualTo(new FetchResult.Failed(500, "HTTP 500", null));
        assertThat(busy).isEqualTo(new FetchResult.Failed(429, "HTTP 429", Duration.ofSeconds(120)));
    }

    @Test
    void aClosedPortIsAFailureWithoutStatus() {
        // Given a port nobody listens on
        URI nowhere;
        try (LoopbackServer gone = new LoopbackServer()) {
            nowhere = gone.url("/feed");
        }

        // When fetching it
        FetchResult result = fetcher.fetch(nowhere, Validators.NONE);

        // Then it is a one-line failure
        assertThat(result).isInstanceOfSatisfying(FetchResult.Failed.class, f -> {
            assertThat(f.status()).isZero();
            assertThat(f.reason()).isNotBlank().doesNotContain("\n");
        });
    }

    @Test
    void retryAfterReadsSecondsAndDates() {
        java.time.Instant now = java.time.Instant.parse("2024-01-01T00:00:00Z");
        assertThat(FeedFetcher.retryAfter("30", now)).isEqualTo(Duration.ofSeconds(30));
        assertThat(FeedFetcher.retryAfter("Mon, 01 Jan 2024 00:02:00 GMT", now)).isEqualTo(Duration.ofMinutes(2));
        assertThat(FeedFetcher.retryAfter("soon", now)).isNull();
    }

    @Test
    void reasonsNeverCarryQueryStrings() {
        assertThat(FeedFetcher.oneLine("failed for https://api.example/feed?key=secret now"))
                .isEqualTo("failed for https://api.example/feed?… now");
    }

    private static byte[] deflate(byte[] data, boolean raw) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, raw);
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    private void useShortTimeout() {
        fetcher.close();
        fetcher = new FeedFetcher(PollerSettings.defaults().withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300)));
    }

    private void await() {
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static byte[] gzip(byte[] plain) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
                out.write(plain);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
