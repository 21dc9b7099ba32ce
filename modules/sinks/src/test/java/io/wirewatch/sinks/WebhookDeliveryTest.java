package io.wirewatch.sinks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.model.Alert;
import io.wirewatch.model.Json;
import io.wirewatch.model.Topics;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;

/**
 * A webhook receiver on loopback that checks every request as docs/alerts.md tells receivers to,
 * and refuses one alert for good: that one lands on wirewatch.dlq with the reason, and neither the
 * URL's token nor the secret shows up in any log line or reason.
 */
class WebhookDeliveryTest {

    private static final String SECRET = "whsec-8c1f0e2d9b7a";
    private static final String TOKEN_PATH = "/hooks/T0042/Xk9TopSecretPathToken";

    @Test
    void signedAlertsVerifyAsTheDocsSayAndARefusedOneGoesToTheDeadLetterTopicWithItsReason() throws Exception {
        // Given a receiver that verifies signatures by the documented recipe, fails each alert once
        // with 503, and refuses the alert of story 1 with a 400 that echoes the request path
        List<String> verdicts = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        try (ScriptedServer receiver = new ScriptedServer(request -> {
            JsonNode body = readTree(request.bodyText());
            String id = body.path("alert").path("id").asText();
            verdicts.add(id + (verifyAsAReceiverWould(request.header("X-Wirewatch-Signature"), request.body()) ? " ok" : " BAD"));
            boolean firstTime = !seen.contains(id);
            seen.add(id);
            if (id.contains("-1-")) {
                return new ScriptedServer.Answer(400, "invalid_payload for " + request.path(), Map.of(), 0);
            }
            return ScriptedServer.Answer.of(firstTime ? 503 : 200);
        })) {
            List<Alert> alerts = List.of(Alerts.numbered("test-hook", 0, 0), Alerts.numbered("test-hook", 1, 0),
                    Alerts.numbered("test-hook", 2, 0));
            SharedKafka.publish(alerts);

            // When the webhook sink delivers them, its log captured
            PrintStream err = System.err;
            ByteArrayOutputStream logged = new ByteArrayOutputStream();
            Recorder recorder = new Recorder();
            System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
            try (RoutedDelivery delivery = new RoutedDelivery(SharedKafka.connection(), "hook-test",
                    Destinations.webhook("hook", "test-hook", receiver.url(TOKEN_PATH), SECRET), System.out, recorder).start()) {
                assertThat(recorder.awaitHandled(3, Duration.ofSeconds(60))).isTrue();
            } finally {
                System.setErr(err);
            }

            // Then every request carried a valid signature
            assertThat(verdicts).isNotEmpty().allMatch(v -> v.endsWith(" ok"));
            // And the two good alerts arrived after one retry each, the refused one was not retried
            assertThat(recorder.delivered()).containsExactlyInAnyOrder(alerts.get(0).id(), alerts.get(2).id());
            assertThat(seen.stream().filter(id -> id.equals(alerts.get(1).id()))).hasSize(1);
            // And the refused alert is on the dead-letter topic, as it was, with why and where
            ConsumerRecord<byte[], byte[]> dead = deadLetterFor(alerts.get(1).id());
            assertThat(header(dead, Topics.DLQ_REASON_HEADER)).contains("HTTP 400").contains("invalid_payload");
            assertThat(header(dead, Topics.DLQ_STAGE_HEADER)).isEqualTo("sink:hook");
            assertThat(header(dead, Topics.DLQ_TOPIC_HEADER)).isEqualTo(Topics.ALERTS.name());
            assertThat(Json.read(new String(dead.value(), StandardCharsets.UTF_8), Alert.class)).isEqualTo(alerts.get(1));
            // And no secret leaked into a reason or the log
            String everything = logged.toString(StandardCharsets.UTF_8) + String.join("\n", recorder.reasons)
                    + header(dead, Topics.DLQ_REASON_HEADER);
            assertThat(everything).contains("hook").doesNotContain("Xk9TopSecretPathToken").doesNotContain(SECRET);
        }
    }

    @Test
    void aTamperedBodyOrAStaleTimestampFailsVerification() {
        byte[] body = "{\"kind\":\"alert\"}".getBytes(StandardCharsets.UTF_8);
        Instant now = Instant.parse("2026-01-01T12:00:00Z");
        String header = WebhookSignature.header(SECRET, body, now);
        assertThat(WebhookSignature.verify(SECRET, header, body, now, WebhookSignature.DEFAULT_TOLERANCE)).isTrue();
        assertThat(WebhookSignature.verify(SECRET, header, "{\"kind\":\"digest\"}".getBytes(StandardCharsets.UTF_8), now,
                WebhookSignature.DEFAULT_TOLERANCE)).isFalse();
        assertThat(WebhookSignature.verify("other", header, body, now, WebhookSignature.DEFAULT_TOLERANCE)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, header, body, now.plus(Duration.ofMinutes(6)),
                WebhookSignature.DEFAULT_TOLERANCE)).isFalse();
    }

    /** The recipe of docs/alerts.md, written independently of WebhookSignature. */
    private static boolean verifyAsAReceiverWould(String header, byte[] rawBody) {
        try {
            String t = null;
            String v1 = null;
            for (String part : header.split(",")) {
                if (part.startsWith("t=")) {
                    t = part.substring(2);
                } else if (part.startsWith("v1=")) {
                    v1 = part.substring(3);
                }
            }
            if (Math.abs(Instant.now().getEpochSecond() - Long.parseLong(t)) > 300) {
                return false;
            }
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((t + ".").getBytes(StandardCharsets.UTF_8));
            String expected = HexFormat.of().formatHex(mac.doFinal(rawBody));
            return java.security.MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                    v1.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            return false;
        }
    }

    private static JsonNode readTree(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ConsumerRecord<byte[], byte[]> deadLetterFor(String alertId) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafka.bootstrap());
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.DLQ.name()).stream()
                    .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (new String(r.value(), StandardCharsets.UTF_8).contains(alertId)) {
                        return r;
                    }
                }
            }
        }
        throw new AssertionError("no dead letter for " + alertId);
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
