package io.wirewatch.app.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Serves the demo's outlets on a loopback HTTP port, so the demo polls real feeds over real HTTP
 * and needs no internet.
 *
 * <p>In: the bundled demo/outlets.yaml and article texts. Out: {@code GET /<outlet id>/feed.xml}
 * on 127.0.0.1, RSS or Atom as the outlet's format says.
 */
public final class DemoFeeds implements AutoCloseable {

    private static final String RESOURCES = "/demo/";

    private final HttpServer server;
    private final List<DemoOutlet> outlets;
    private final Map<String, String> feeds = new LinkedHashMap<>();

    private DemoFeeds(HttpServer server, List<DemoOutlet> outlets) {
        this.server = server;
        this.outlets = outlets;
    }

    /** Starts serving, with publication times relative to {@code now}. */
    public static DemoFeeds start(Instant now) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            DemoFeeds demo = new DemoFeeds(server, readOutlets());
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            for (DemoOutlet outlet : demo.outlets) {
                demo.feeds.put(outlet.id(), FeedDocument.render(outlet, base, articlesOf(outlet, base, now)));
            }
            server.createContext("/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                String id = path.replaceFirst("^/([^/]+)/feed\\.xml$", "$1");
                String body = demo.feeds.get(id);
                byte[] bytes = body == null ? "no such feed\n".getBytes(StandardCharsets.UTF_8)
                        : body.getBytes(StandardCharsets.UTF_8);
                String type = demo.outlets.stream().filter(o -> o.id().equals(id)).findFirst()
                        .map(o -> "atom".equals(o.format()) ? "application/atom+xml" : "application/rss+xml")
                        .orElse("text/plain");
                exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
                exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            });
            server.start();
            return demo;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve the demo feeds on loopback", e);
        }
    }

    public List<DemoOutlet> outlets() {
        return outlets;
    }

    public String feedUrl(DemoOutlet outlet) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + outlet.id() + "/feed.xml";
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static List<DemoOutlet> readOutlets() throws IOException {
        try (InputStream in = resource("outlets.yaml")) {
            record Manifest(List<DemoOutlet> outlets) {
            }
            return new ObjectMapper(new YAMLFactory()).readValue(in, Manifest.class).outlets();
        }
    }

    private static List<DemoArticle> articlesOf(DemoOutlet outlet, String base, Instant now) throws IOException {
        List<DemoArticle> articles = new ArrayList<>();
        for (DemoOutlet.Item item : outlet.items()) {
            List<String> lines;
            try (InputStream in = resource(item.file())) {
                lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .map(String::strip).filter(l -> !l.isEmpty()).toList();
            }
            articles.add(new DemoArticle(base + "/" + outlet.id() + "/" + item.slug(), lines.get(0),
                    lines.subList(1, lines.size()), now.minus(Duration.ofMinutes(item.publishedMinutesAgo()))));
        }
        return articles;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = DemoFeeds.class.getResourceAsStream(RESOURCES + name);
        if (in == null) {
            throw new IOException("demo resource " + RESOURCES + name + " is missing from the build");
        }
        return in;
    }
}
