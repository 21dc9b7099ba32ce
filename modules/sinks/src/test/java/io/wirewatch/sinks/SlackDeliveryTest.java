package io.wirewatch.sinks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.model.Alert;
import io.wirewatch.sinks.config.Routing;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Delivery to a stand-in for Slack that enforces its pace and answers 429 past it, through the
 * real path: alerts committed on the embedded broker, read by the destination's worker, posted.
 *
 * <p>Pace: Slack takes about one message per second; at that pace 200 alerts take 200 s. The fake
 * here enforces 20 per second (bursts of 4) and the sink is paced at the same 20 per second and
 * burst, the same ratio as in production (sink pace = Slack's pace). That the shipped default pace
 * is one per second is tested in {@link DefaultPaceTest}.
 */
class SlackDeliveryTest {

    @Test
    void aBurstOf200AlertsIsDeliveredOnceEachWithinThePaceAndInOrderPerStory() throws Exception {
        // Given a fake Slack taking 20 messages/s in bursts of 4, and a sink paced the same, no digest
        try (FakeSlack slack = new FakeSlack(20, 4)) {
            Routing routing = Destinations.slack("burst-slack", "test-burst", slack.url(), 20, 4, 0);
            // And 200 alerts of 20 stories committed at once, the stories interleaved
            List<Alert> alerts = new ArrayList<>();
            for (int n = 0; n < 10; n++) {
                for (int story = 0; story < 20; story++) {
                    alerts.add(Alerts.numbered("test-burst", story, n));
                }
            }
            SharedKafka.publish(alerts);

            // When the sink delivers them
            Recorder recorder = new Recorder();
            try (RoutedDelivery delivery = new RoutedDelivery(SharedKafka.connection(), "burst-test", routing,
                    System.out, recorder).start()) {
                assertThat(recorder.awaitHandled(200, Duration.ofSeconds(120))).as("handled " + recorder.delivered().size())
                        .isTrue();
            }

            // Then Slack posted each alert exactly once
            List<String> posted = slack.postedAlertIds();
            assertThat(posted).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(alerts.stream().map(Alert::id).toList());
            // And each story's alerts in the order they were raised
            for (int story = 0; story < 20; story++) {
                String prefix = "alert-test-burst-" + story + "-";
                int s = story;
                assertThat(posted.stream().filter(id -> id.startsWith(prefix)).toList())
                        .containsExactlyElementsOf(IntStream.range(0, 10).mapToObj(n -> "alert-test-burst-" + s + "-" + n).toList());
            }
            // And the sink kept to the pace: it never came back before a Retry-After ran out, and
            // hardly ever needed one (an unpaced sink would collect about 196 429s here).
            System.out.println("burst of 200: " + slack.rejected() + " answers 429, " + slack.arrivals() + " requests");
            assertThat(slack.violations()).isZero();
            assertThat(slack.rejected()).as("429 answers").isLessThan(10);
        }
    }

    @Test
    void alertsPilingUpPastTheBacklogGoAsOneDigest() throws Exception {
        // Given a fake Slack and a sink that digests more than 5 waiting alerts
        try (FakeSlack slack = new FakeSlack(20, 4)) {
            Routing routing = Destinations.slack("digest-slack", "test-digest", slack.url(), 20, 4, 5);
            // And 30 alerts committed at once (3 stories)
            List<Alert> alerts = new ArrayList<>();
            for (int n = 0; n < 10; n++) {
                for (int story = 0; story < 3; story++) {
                    alerts.add(Alerts.numbered("test-digest", story, n));
                }
            }
            SharedKafka.publish(alerts);

            // When the sink delivers them
            Recorder recorder = new Recorder();
            try (RoutedDelivery delivery = new RoutedDelivery(SharedKafka.connection(), "digest-test", routing,
                    System.out, recorder).start()) {
                assertThat(recorder.awaitHandled(30, Duration.ofSeconds(60))).isTrue();
            }

            // Then far fewer than 30 messages went out, at least one of them a digest
            List<JsonNode> posted = slack.posted();
            assertThat(posted.size()).isLessThan(30);
            List<String> texts = posted.stream().map(m -> m.path("text").asText()).toList();
            assertThat(texts).anyMatch(t -> t.startsWith("wirewatch digest: "));
            // And every alert's headline is in exactly one message
            for (Alert alert : alerts) {
                String link = "|" + alert.headline() + ">";
                assertThat(posted.stream().filter(m -> m.toString().contains(link)).count())
                        .as(alert.headline()).isEqualTo(1);
            }
            assertThat(recorder.delivered()).doesNotHaveDuplicates().hasSize(30);
        }
    }
}
