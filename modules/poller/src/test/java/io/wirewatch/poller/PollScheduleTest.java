package io.wirewatch.poller;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PollScheduleTest {

    private static final Duration FIVE_MIN = Duration.ofMinutes(5);
    private static final Duration HOUR = Duration.ofHours(1);

    @Test
    void aHealthyFeedWaitsItsInterval() {
        assertThat(PollSchedule.nextDelay(FIVE_MIN, 0, null, HOUR)).isEqualTo(FIVE_MIN);
    }

    @Test
    void failuresDoubleTheWaitUpToTheCap() {
        assertThat(PollSchedule.nextDelay(FIVE_MIN, 1, null, HOUR)).isEqualTo(FIVE_MIN);
        assertThat(PollSchedule.nextDelay(FIVE_MIN, 2, null, HOUR)).isEqualTo(Duration.ofMinutes(10));
        assertThat(PollSchedule.nextDelay(FIVE_MIN, 3, null, HOUR)).isEqualTo(Duration.ofMinutes(20));
        assertThat(PollSchedule.nextDelay(FIVE_MIN, 50, null, HOUR)).isEqualTo(HOUR);
        assertThat(PollSchedule.nextDelay(Duration.ofHours(2), 5, null, HOUR)).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void retryAfterIsHonouredWithinADay() {
        assertThat(PollSchedule.nextDelay(FIVE_MIN, 1, Duration.ofMinutes(30), HOUR)).isEqualTo(Duration.ofMinutes(30));
        assertThat(PollSchedule.nextDelay(FIVE_MIN, 1, Duration.ofDays(9), HOUR)).isEqualTo(Duration.ofDays(1));
        assertThat(PollSchedule.nextDelay(FIVE_MIN, 3, Duration.ofSeconds(5), HOUR)).isEqualTo(Duration.ofMinutes(20));
    }
}
