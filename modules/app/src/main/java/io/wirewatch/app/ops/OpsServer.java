package io.wirewatch.app.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.wirewatch.model.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * The operations endpoints of one wirewatch process, over plain HTTP.
 *
 * <pre>
 * GET /metrics       Prometheus text format: wirewatch's meters, JVM, Kafka clients and Streams
 * GET /health/live   200 while the process serves requests (a hung process fails the probe)
 * GET /health/ready  200 when every part is ready, else 503; JSON body with each part's state
 * </pre>
 */
public final class OpsServer implements AutoCloseable {

    private final HttpServer server;

    private OpsServer(HttpServer server) {
        this.server = server;
    }

    public static OpsServer start(String bind, int port, PrometheusMeterRegistry registry, Readiness readiness) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(bind, port), 0);
            // Scrapes and probes must not queue behind each other on a busy box.
            server.setExecutor(Executors.newFixedThreadPool(2, r -> {
                Thread t = new Thread(r, "wirewatch-ops-http");
                t.setDaemon(true);
                return t;
            }));
            server.createContext("/metrics", exchange -> respond(exchange, 200,
                    "text/plain; version=0.0.4; charset=utf-8", registry.scrape()));
            server.createContext("/health/live", exchange -> respond(exchange, 200, "application/json",
                    "{\"status\":\"UP\"}"));
            server.createContext("/health/ready", exchange -> {
                boolean ready = readiness.ready();
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("status", ready ? "UP" : "DOWN");
                body.put("parts", readiness.states());
                respond(exchange, ready ? 200 : 503, "application/json", Json.write(body));
            });
            server.start();
            return new OpsServer(server);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve /metrics and /health on " + bind + ":" + port, e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        if ("HEAD".equals(exchange.getRequestMethod())) {
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
            return;
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
