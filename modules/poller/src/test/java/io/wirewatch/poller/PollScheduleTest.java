package io.wirewatch.poller;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PollScheduleTest {

    private static final Duration FIVE_MIN = Duration.ofMinutes(5);
    private static final Duration HOUR = Duration.ofHours(1);
    private static final PollerSettings SETTINGS = PollerSettings.defaults()
            .withIntervalBounds(Duration.ofMinutes(2), HOUR)
            .withFailureHandling(HOUR, 10, Duration.ofHours(6));

    /** random() = 0.5: jitter factors sit in the middle of their ranges (1.0 healthy, 0.75 backoff). */
    private final PollSchedule middle = new PollSchedule(SETTINGS, () -> 0.5);

    @Test
    void aHealthyFeedWaitsItsIntervalGivenOrTakenTenPercent() {
        // Given the extremes of the random source
        PollSchedule low = new PollSchedule(SETTINGS, () -> 0.0);
        PollSchedule high = new PollSchedule(SETTINGS, () -> 0.999_999);

        // Then the wait is the interval, spread by at most 10% either way
        assertThat(middle.nextDelay(FIVE_MIN, 0, null, null)).isEqualTo(FIVE_MIN);
        assertThat(low.nextDelay(FIVE_MIN, 0, null, null)).isEqualTo(Duration.ofSeconds(270));
        assertThat(high.nextDelay(FIVE_MIN, 0, null, null)).isEqualTo(Duration.ofSeconds(330));
    }

    @Test
    void theIntervalFollowsHowOftenTheFeedChangesWithinItsBounds() {
        // Given a five-minute feed
        // When it changes at every poll, or never
        Duration busy = FIVE_MIN;
        Duration quiet = FIVE_MIN;
        for (int i = 0; i < 30; i++) {
            busy = middle.adapt(busy, true);
            quiet = middle.adapt(quiet, false);
        }

        // Then it is polled more often, then less, but never beyond the bounds
        assertThat(middle.adapt(FIVE_MIN, true)).isLessThan(FIVE_MIN);
        assertThat(middle.adapt(FIVE_MIN, false)).isGreaterThan(FIVE_MIN);
        assertThat(busy).isEqualTo(Duration.ofMinutes(2));
        assertThat(quiet).isEqualTo(HOUR);
    }

    @Test
    void ttlMaxAgeAndExpiresAreAFloorCappedByTheMaximum() {
        // Given server hints of 20 minutes and of two days
        // Then 20 minutes is honoured, two days is capped to the longest interval
        assertThat(middle.nextDelay(FIVE_MIN, 0, null, Duration.ofMinutes(20))).isEqualTo(Duration.ofMinutes(20));
        assertThat(middle.nextDelay(FIVE_MIN, 0, null, Duration.ofDays(2))).isEqualTo(HOUR);
        assertThat(middle.nextDelay(FIVE_MIN, 0, null, Duration.ofMinutes(1))).isEqualTo(FIVE_MIN);
    }

    @Test
    void failuresBackOffExponentiallyWithJitterUpToTheCap() {
        // Given failures in a row; middle jitter keeps 75% of the backoff
        // Then each failure doubles the wait, capped at the maximum backoff
        assertThat(middle.nextDelay(FIVE_MIN, 1, null, null)).isEqualTo(Duration.ofSeconds(225));
        assertThat(middle.nextDelay(FIVE_MIN, 2, null, null)).isEqualTo(Duration.ofSeconds(450));
        assertThat(middle.nextDelay(FIVE_MIN, 3, null, null)).isEqualTo(Duration.ofSeconds(900));
        assertThat(middle.nextDelay(FIVE_MIN, 9, null, null)).isEqualTo(Duration.ofSeconds(2700));
        // And the jitter spreads a failed batch between half and all of the backoff
        assertThat(new PollSchedule(SETTINGS, () -> 0.0).nextDelay(FIVE_MIN, 2, null, null))
                .isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aFeedThatKeepsFailingIsUnhealthyAndTriedRarelyButStillTried() {
        // Given ten failures in a row
        // Then it is unhealthy and due again in six hours, not never
        assertThat(middle.unhealthy(9)).isFalse();
        assertThat(middle.unhealthy(10)).isTrue();
        assertThat(middle.nextDelay(FIVE_MIN, 10, null, null)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void retryAfterIsHonouredWithinADay() {
        // Given a 429 or 503 with Retry-After
        // Then the wait is at least what the server asked, up to a day
        assertThat(middle.nextDelay(FIVE_MIN, 1, Duration.ofMinutes(30), null)).isEqualTo(Duration.ofMinutes(30));
        assertThat(middle.nextDelay(FIVE_MIN, 1, Duration.ofDays(9), null)).isEqualTo(Duration.ofDays(1));
        assertThat(middle.nextDelay(FIVE_MIN, 3, Duration.ofSeconds(5), null)).isEqualTo(Duration.ofSeconds(900));
    }
}
