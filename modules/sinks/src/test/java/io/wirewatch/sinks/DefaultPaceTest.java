package io.wirewatch.sinks;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.AlertType;
import io.wirewatch.sinks.config.AlertsConfig;
import io.wirewatch.sinks.config.Destination;
import io.wirewatch.sinks.config.DestinationConfig;
import io.wirewatch.sinks.config.DestinationType;
import io.wirewatch.sinks.config.RouteConfig;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The shipped pace for Slack is Slack's: one message per second, a short burst allowed. */
class DefaultPaceTest {

    @Test
    void aSlackDestinationWithoutSettingsIsPacedAtOnePerSecond() {
        // Given a Slack destination that names only its URL variable
        DestinationConfig slack = new DestinationConfig("newsroom", DestinationType.SLACK, "SLACK_URL", null,
                null, null, null, null, null, null, null);
        Destination d = new AlertsConfig(List.of(slack), List.of(new RouteConfig("all", List.of("newsroom"),
                List.of(AlertType.values()), null, null, null)))
                .resolve("test", Map.of("SLACK_URL", "https://hooks.slack.com/services/T/B/x")::get)
                .routes().get(0).destination();

        // Then its pace is 1/s with a burst of 3, and piled-up alerts go as a digest past 20
        assertThat(d.ratePerSecond()).isEqualTo(1.0);
        assertThat(d.burst()).isEqualTo(3);
        assertThat(d.digestBacklog()).isEqualTo(20);

        // And a bucket with that pace, asked greedily for a simulated minute, grants 60 + the burst
        AtomicLong clock = new AtomicLong();
        TokenBucket bucket = new TokenBucket(d.ratePerSecond(), d.burst(), clock::get);
        int granted = 0;
        for (long ms = 0; ms <= 60_000; ms += 10) {
            clock.set(ms * 1_000_000);
            while (bucket.tryTake() == 0) {
                granted++;
            }
        }
        assertThat(granted).isEqualTo(63);
    }

    @Test
    void after429TheBurstIsSpentAndTheNextPermitWaitsAFullInterval() {
        AtomicLong clock = new AtomicLong();
        TokenBucket bucket = new TokenBucket(1.0, 3, clock::get);
        bucket.drain();
        assertThat(bucket.tryTake()).isEqualTo(1_000_000_000L);
    }
}
