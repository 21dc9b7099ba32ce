package io.wirewatch.sinks;

import com.sun.net.httpserver.HttpServer;
import io.wirewatch.broker.EmbeddedKafka;
import io.wirewatch.broker.TopicProvisioner;
import io.wirewatch.model.Alert;
import io.wirewatch.model.Json;
import io.wirewatch.model.Topics;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Delivery throughput and latency against a loopback webhook that answers at once, pace lifted
 * (the machinery's own ceiling: Kafka read, HTTP POST, signature, delivered-id record acknowledged
 * per alert). Not a test: run by hand, see docs/benchmarks.md ("Alert delivery").
 *
 * <p>Phase 1: a burst of {@code burst} alerts committed at once; throughput = alerts / time from
 * the first POST to the last. Phase 2: one alert every 20 ms; latency = publish acknowledged to
 * POST received, p50/p90/p99.
 */
public final class DeliveryBench {

    private DeliveryBench() {
    }

    public static void main(String[] args) throws Exception {
        int burst = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int paced = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        Map<String, Long> received = new ConcurrentHashMap<>();
        CountDownLatch[] expected = {new CountDownLatch(burst)};
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String id = Json.mapper().readTree(body).path("alert").path("id").asText();
            received.putIfAbsent(id, System.nanoTime());
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
            expected[0].countDown();
        });
        server.start();
        try (EmbeddedKafka kafka = EmbeddedKafka.startTemporary()) {
            TopicProvisioner.ensure(kafka.connection(), 3, (short) 1);
            var routing = Destinations.webhook("bench", "bench", "http://127.0.0.1:" + server.getAddress().getPort() + "/hook",
                    "bench-secret").routes().get(0);
            var unpaced = new io.wirewatch.sinks.config.Routing(List.of(new io.wirewatch.sinks.config.Routing.Route(
                    routing.destination().withPace(1_000_000, 1_000_000), routing.wanted())));
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
            p.put(ProducerConfig.LINGER_MS_CONFIG, 0);
            try (KafkaProducer<String, Alert> producer = new KafkaProducer<>(p, Topics.ALERTS.keySerde().serializer(),
                    Topics.ALERTS.valueSerde().serializer());
                 RoutedDelivery delivery = new RoutedDelivery(kafka.connection(), "bench", unpaced, System.out,
                         DeliveryListener.NONE).start()) {
                // Phase 1: burst
                for (int i = 0; i < burst; i++) {
                    Alert a = Alerts.numbered("bench", i % 50, i);
                    producer.send(new ProducerRecord<>(Topics.ALERTS.name(), a.storyId(), a));
                }
                producer.flush();
                if (!expected[0].await(300, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("burst not delivered: " + received.size());
                }
                long first = received.values().stream().mapToLong(Long::longValue).min().orElseThrow();
                long last = received.values().stream().mapToLong(Long::longValue).max().orElseThrow();
                double seconds = (last - first) / 1e9;
                System.out.printf("burst: %d alerts delivered in %.2f s from first to last POST: %.0f alerts/s%n",
                        burst, seconds, burst / seconds);

                // Phase 2: paced arrivals, latency
                expected[0] = new CountDownLatch(paced);
                Map<String, Long> sent = new ConcurrentHashMap<>();
                for (int i = 0; i < paced; i++) {
                    Alert a = Alerts.numbered("bench", 1000 + i % 50, i);
                    producer.send(new ProducerRecord<>(Topics.ALERTS.name(), a.storyId(), a)).get();
                    sent.put(a.id(), System.nanoTime());
                    Thread.sleep(20);
                }
                if (!expected[0].await(120, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("paced alerts not delivered");
                }
                List<Double> latencies = new ArrayList<>();
                sent.forEach((id, t) -> latencies.add((received.get(id) - t) / 1e6));
                latencies.sort(Double::compare);
                System.out.printf("latency (publish acknowledged -> POST received), %d alerts one per 20 ms: "
                                + "p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n", paced,
                        pct(latencies, 0.50), pct(latencies, 0.90), pct(latencies, 0.99), latencies.get(latencies.size() - 1));
            }
        } finally {
            server.stop(0);
        }
        System.exit(0);
    }

    private static double pct(List<Double> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
    }
}
