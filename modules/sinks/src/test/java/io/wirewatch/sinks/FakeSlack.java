package io.wirewatch.sinks;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.wirewatch.model.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A loopback stand-in for a Slack incoming webhook that enforces its pace as Slack does: a token
 * bucket of {@code rate} per second with {@code burst} at once; past it, 429 with
 * {@code Retry-After: 1}. A request arriving while a Retry-After it announced still runs is a
 * violation (the client ignored it) and is counted.
 *
 * <p>It keeps every message it accepted (posted), in order. It can hold one request unanswered
 * (already posted, as Slack would have) to stand for a sender killed mid-delivery.
 */
final class FakeSlack implements AutoCloseable {

    private static final Pattern ALERT_ID = Pattern.compile("alert-[A-Za-z0-9-]+");

    private final HttpServer server;
    private final double ratePerNano;
    private final double capacity;
    private double tokens;
    private long last = System.nanoTime();
    private long quietUntil;
    private final List<JsonNode> posted = new ArrayList<>();
    private int rejected;
    private int violations;
    private final AtomicInteger arrivals = new AtomicInteger();
    private volatile int holdAt = -1;
    final CountDownLatch held = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    FakeSlack(double ratePerSecond, int burst) throws IOException {
        this.ratePerNano = ratePerSecond / 1e9;
        this.capacity = burst;
        this.tokens = burst;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/services/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    /** The webhook URL; its path stands for Slack's secret token. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/services/T0001/B0001/s3cr3tT0ken";
    }

    /** The {@code n}th accepted message (1-based) is posted but never answered until close. */
    void holdMessage(int n) {
        holdAt = n;
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        arrivals.incrementAndGet();
        boolean hold = false;
        synchronized (this) {
            long now = System.nanoTime();
            tokens = Math.min(capacity, tokens + (now - last) * ratePerNano);
            last = now;
            if (now < quietUntil) {
                violations++;
                rejected++;
                respond(exchange, 429, "rate_limited");
                return;
            }
            if (tokens < 1) {
                rejected++;
                quietUntil = now + TimeUnit.SECONDS.toNanos(1);
                exchange.getResponseHeaders().add("Retry-After", "1");
                respond(exchange, 429, "rate_limited");
                return;
            }
            tokens -= 1;
            posted.add(Json.mapper().readTree(body));
            hold = posted.size() == holdAt;
        }
        if (hold) {
            held.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        respond(exchange, 200, "ok");
    }

    private static void respond(HttpExchange exchange, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    synchronized List<JsonNode> posted() {
        return List.copyOf(posted);
    }

    /** Alert ids in the order their messages were posted (a digest contributes all of its own). */
    synchronized List<String> postedAlertIds() {
        List<String> ids = new ArrayList<>();
        for (JsonNode message : posted) {
            Matcher m = ALERT_ID.matcher(message.toString());
            while (m.find()) {
                ids.add(m.group());
            }
        }
        return ids;
    }

    synchronized int rejected() {
        return rejected;
    }

    synchronized int violations() {
        return violations;
    }

    int arrivals() {
        return arrivals.get();
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
    }
}
