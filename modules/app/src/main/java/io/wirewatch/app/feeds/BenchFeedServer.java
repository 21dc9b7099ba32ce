package io.wirewatch.app.feeds;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.wirewatch.broker.EmbeddedKafka;
import io.wirewatch.broker.TopicProvisioner;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The far side of {@code wirewatch feeds bench}, run in its own JVM so the poller's heap and CPU
 * are measured alone: an embedded Kafka broker plus HTTP servers on {@code hosts} loopback
 * addresses (127.0.1.1, 127.0.1.2, ...: Linux routes all of 127/8 to the loopback interface), each
 * serving {@code feeds / hosts} RSS feeds at {@code /feed/N}.
 *
 * <p>Feed N has ten items and an ETag; it honours If-None-Match with 304. One feed in
 * {@code changeEvery} gains a new item every minute (new ETag, newest item first); the others never
 * change. Prints {@code READY <bootstrap> <port>} on stdout when serving; stops when stdin closes.
 */
public final class BenchFeedServer {

    private BenchFeedServer() {
    }

    public static void main(String[] args) throws Exception {
        int feeds = Integer.parseInt(args[0]);
        int hosts = Integer.parseInt(args[1]);
        int changeEvery = Integer.parseInt(args[2]);
        long start = System.currentTimeMillis();
        try (EmbeddedKafka kafka = EmbeddedKafka.startTemporary()) {
            TopicProvisioner.ensure(kafka.connection(), 3, (short) 1);
            ExecutorService executor = Executors.newFixedThreadPool(8);
            List<HttpServer> servers = new ArrayList<>();
            int port = 0;
            for (int h = 0; h < hosts; h++) {
                HttpServer server = HttpServer.create(new InetSocketAddress(address(h), port), 1024);
                port = server.getAddress().getPort(); // the first picks a free port, the others share it
                server.createContext("/feed/", exchange -> serve(exchange, changeEvery, start));
                server.setExecutor(executor);
                server.start();
                servers.add(server);
            }
            System.out.println("READY " + kafka.bootstrapServers() + " " + port);
            System.out.flush();
            while (System.in.read() >= 0) {
                // Runs until the parent closes our stdin (or dies).
            }
            servers.forEach(s -> s.stop(0));
            executor.shutdownNow();
        }
    }

    /** Host h: 127.0.1.1 .. 127.0.1.250, then 127.0.2.1 ... (never .0 or .255). */
    static String address(int host) {
        return "127.0." + (1 + host / 250) + "." + (1 + host % 250);
    }

    private static void serve(HttpExchange exchange, int changeEvery, long start) throws IOException {
        try (exchange) {
            int n = Integer.parseInt(exchange.getRequestURI().getPath().substring("/feed/".length()));
            long version = n % changeEvery == 0 ? (System.currentTimeMillis() - start) / 60_000 : 0;
            String etag = "\"" + n + "-" + version + "\"";
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            byte[] body = rss(n, version);
            exchange.getResponseHeaders().set("ETag", etag);
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (RuntimeException e) {
            exchange.sendResponseHeaders(400, -1);
        }
    }

    /** Ten items, newest first: items version+9 .. version of feed n, an hour apart. */
    private static byte[] rss(int n, long version) {
        StringBuilder xml = new StringBuilder(4096).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<rss version=\"2.0\"><channel><title>Bench outlet ").append(n)
                .append("</title><link>https://outlet").append(n).append(".example/</link><description>Feed ")
                .append(n).append("</description>");
        for (long i = version + 9; i >= version; i--) {
            xml.append("<item><title>Outlet ").append(n).append(" reports event ").append(i)
                    .append("</title><guid isPermaLink=\"false\">bench-").append(n).append('-').append(i)
                    .append("</guid><link>https://outlet").append(n).append(".example/news/").append(i)
                    .append("</link><pubDate>").append(java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                            Instant.parse("2024-01-01T00:00:00Z").plusSeconds(3600 * i).atZone(java.time.ZoneOffset.UTC)))
                    .append("</pubDate><description>The outlet reports that event ").append(i)
                    .append(" happened, with officials confirming the figures on Tuesday.</description></item>");
        }
        return xml.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
    }
}
