package io.wirewatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void eachRoleRunsItsOwnPart() {
        assertThat(Role.POLLER.polls()).isTrue();
        assertThat(Role.POLLER.judges()).isFalse();
        assertThat(Role.TOPOLOGY.judges()).isTrue();
        assertThat(Role.TOPOLOGY.delivers()).isFalse();
        assertThat(Role.SINKS.delivers()).isTrue();
        assertThat(Role.ALL.polls() && Role.ALL.judges() && Role.ALL.delivers()).isTrue();
    }

    @Test
    void aSingleRoleWithoutSharedKafkaIsAConfigurationErrorNotAPrivateBroker() {
        // Given no Kafka configured (the shipped config uses the embedded broker)
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int code;
        try {
            // When a poller-only process starts
            code = Main.execute("run", "--role", "poller", "--config", "../../config/wirewatch.yaml");
        } finally {
            System.setErr(err);
        }

        // Then it refuses with a clear reason, since its articles would reach no topology
        assertThat(code).isEqualTo(2);
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("--role poller", "needs a shared Kafka");
    }

    @Test
    void anUnknownRoleIsRejectedWithTheChoices() {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.execute("run", "--role", "judge");
        } finally {
            System.setErr(err);
        }
        assertThat(code).isEqualTo(2);
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("ALL, POLLER, TOPOLOGY, SINKS");
    }
}
