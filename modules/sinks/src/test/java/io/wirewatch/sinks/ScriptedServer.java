package io.wirewatch.sinks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A loopback HTTP endpoint whose answers the test decides, request by request. It counts a request
 * that arrives while a Retry-After it sent still runs as a violation.
 */
final class ScriptedServer implements AutoCloseable {

    /** What to answer: status, body, extra headers, and how long to stall first. */
    record Answer(int status, String body, Map<String, String> headers, long stallMillis) {
        static Answer of(int status) {
            return new Answer(status, "", Map.of(), 0);
        }
    }

    /** One request as received. */
    record Request(String path, Map<String, List<String>> headers, byte[] body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    private final Function<Request, Answer> script;
    private final List<Request> requests = new ArrayList<>();
    private long quietUntil;
    private int violations;

    ScriptedServer(Function<Request, Answer> script) throws IOException {
        this.script = script;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private void handle(HttpExchange exchange) throws IOException {
        Request request = new Request(exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()),
                exchange.getRequestBody().readAllBytes());
        Answer answer;
        synchronized (this) {
            if (System.nanoTime() < quietUntil) {
                violations++;
            }
            requests.add(request);
            answer = script.apply(request);
            String retryAfter = answer.headers().get("Retry-After");
            if (answer.status() == 429 && retryAfter != null) {
                quietUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(Long.parseLong(retryAfter));
            }
        }
        if (answer.stallMillis() > 0) {
            try {
                Thread.sleep(answer.stallMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        try {
            exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException clientGone) {
            // the client timed out: its loss
        }
    }

    synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    synchronized int violations() {
        return violations;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
