package io.wirewatch.app.bench;

import com.sun.net.httpserver.HttpServer;
import io.wirewatch.app.demo.DemoArticle;
import io.wirewatch.app.demo.DemoOutlet;
import io.wirewatch.app.demo.FeedDocument;
import io.wirewatch.model.RawArticle;
import io.wirewatch.poller.FeedSource;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serves the bench stream as many RSS feeds on loopback, so poll mode measures fetching, parsing
 * and publishing too. In: the stream's articles. Out: {@code GET /feed/N.xml}.
 */
final class BenchFeeds implements AutoCloseable {

    private final HttpServer server;
    private final List<FeedSource> sources = new ArrayList<>();

    BenchFeeds(List<RawArticle> articles, int feeds) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        Map<String, byte[]> documents = new ConcurrentHashMap<>();
        for (int f = 0; f < feeds; f++) {
            List<DemoArticle> items = new ArrayList<>();
            for (int i = f; i < articles.size(); i += feeds) {
                RawArticle a = articles.get(i);
                items.add(new DemoArticle(a.url(), a.title(), paragraphs(a.content()), a.published()));
            }
            String id = "bench-feed-" + f;
            DemoOutlet outlet = new DemoOutlet(id, "Bench Outlet " + f, "rss", List.of());
            documents.put("/feed/" + f + ".xml", FeedDocument.render(outlet, base, items).getBytes(StandardCharsets.UTF_8));
            sources.add(FeedSource.of(id, base + "/feed/" + f + ".xml", outlet.name(), Duration.ofMinutes(5)));
        }
        server.createContext("/", exchange -> {
            byte[] body = documents.get(exchange.getRequestURI().getPath());
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
            exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                if (body != null) {
                    out.write(body);
                }
            }
        });
        server.start();
    }

    List<FeedSource> sources() {
        return sources;
    }

    private static List<String> paragraphs(String html) {
        return List.of(html.replace("&lt;", "<").replace("&amp;", "&").split("\\s*</?p>\\s*")).stream()
                .filter(p -> !p.isBlank()).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
