package io.wirewatch.poller;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HostGateTest {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    @Test
    void requestsToOneHostAreSpacedByThePolitenessDelay() {
        // Given a gate with one second between requests to a host
        HostGate gate = new HostGate(2, Duration.ofSeconds(1));

        // When three feeds of one host and one of another are due at the same instant
        long a = gate.reserve("news.example", 0);
        long b = gate.reserve("NEWS.example", 0);
        long c = gate.reserve("news.example", 0);
        long other = gate.reserve("wire.example", 0);

        // Then the host's feeds get slots one second apart, and the other host is not held up
        assertThat(a).isZero();
        assertThat(b).isEqualTo(SECOND);
        assertThat(c).isEqualTo(2 * SECOND);
        assertThat(other).isZero();
    }

    @Test
    void aHostAtItsConcurrencyLimitRefusesUntilARequestEnds() {
        // Given a gate allowing two requests per host at once, without delay
        HostGate gate = new HostGate(2, Duration.ZERO);

        // When three requests try to enter
        boolean first = gate.enter("news.example");
        boolean second = gate.enter("news.example");
        boolean third = gate.enter("news.example");
        gate.leave("news.example", 0);
        boolean afterLeave = gate.enter("news.example");

        // Then the third waits for one of the others
        assertThat(first).isTrue();
        assertThat(second).isTrue();
        assertThat(third).isFalse();
        assertThat(afterLeave).isTrue();
    }

    @Test
    void quietHostsAreForgotten() {
        // Given a host polled once, its request finished after its delay
        HostGate gate = new HostGate(1, Duration.ofSeconds(1));
        gate.reserve("news.example", 0);
        gate.enter("news.example");

        // When the request ends two seconds later
        gate.leave("news.example", 2 * SECOND);

        // Then the gate holds nothing for it
        assertThat(gate.hosts()).isZero();
    }
}
