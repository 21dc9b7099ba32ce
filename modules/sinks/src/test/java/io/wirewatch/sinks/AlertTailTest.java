package io.wirewatch.sinks;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.Alert;
import io.wirewatch.model.AlertType;
import io.wirewatch.model.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code wirewatch tail}'s reading: filters, from the beginning or from now, JSON or text. */
class AlertTailTest {

    @Test
    void fromTheBeginningItPrintsTheWantedAlertsAsJsonLines() {
        // Given a NEW_STORY and two NEW_FACTS of one topic, and an alert of another topic
        SharedKafka.publish(List.of(Alerts.numbered("test-tail", 0, 0), Alerts.numbered("test-tail", 0, 1),
                Alerts.numbered("test-tail-other", 0, 1), Alerts.numbered("test-tail", 0, 2)));

        // When tail reads from the beginning, NEW_FACTS of topic test-tail only, as JSON
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AlertFilter filter = new AlertFilter(Set.of(AlertType.NEW_FACTS), Set.of("test-tail"), Set.of(), 0);
        int printed;
        try (AlertTail tail = new AlertTail(SharedKafka.connection(), filter, true, true)) {
            printed = tail.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), System.err, 2);
        }

        // Then it printed those two, in order, as parseable alerts
        assertThat(printed).isEqualTo(2);
        assertThat(bytes.toString(StandardCharsets.UTF_8).lines().map(l -> Json.read(l, Alert.class).id()).toList())
                .containsExactly("alert-test-tail-0-1", "alert-test-tail-0-2");
    }

    @Test
    void fromNowItPrintsOnlyAlertsThatArriveAfterItStartedInReadableText() {
        // Given an alert already on the topic
        SharedKafka.publish(List.of(Alerts.numbered("test-tail-now", 0, 0)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AlertFilter filter = new AlertFilter(Set.of(), Set.of("test-tail-now"), Set.of(), 0);
        try (AlertTail tail = new AlertTail(SharedKafka.connection(), filter, false, false)) {
            // When another arrives after tail started
            SharedKafka.publish(List.of(Alerts.numbered("test-tail-now", 0, 1)));
            tail.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), System.err, 1);
        }

        // Then only the new one is printed, as text
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).startsWith("== NEW FACTS | Story 0 update 1").contains("alert-test-tail-now-0-1")
                .doesNotContain("alert-test-tail-now-0-0");
    }
}
