package io.wirewatch.broker;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.model.KafkaConnection;
import io.wirewatch.model.Topics;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Provisioning without a cluster; the happy paths run against a real broker in EmbeddedKafkaTest. */
class TopicProvisionerTest {

    @Test
    void failsWithAClearErrorWhenNoClusterAnswers() throws IOException {
        // Given an address where nothing listens
        String nowhere;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            nowhere = "127.0.0.1:" + socket.getLocalPort();
        }

        // When provisioning against it / Then it gives up with a message naming the address
        assertThatThrownBy(() -> TopicProvisioner.ensure(KafkaConnection.to(nowhere), Topics.all(), 1, (short) 1, Duration.ofSeconds(2)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(nowhere)
                .hasMessageContaining("did not answer");
    }

    @Test
    void rejectsNonsensicalCounts() {
        // Given / When asking for zero partitions / Then it refuses before contacting anything
        assertThatThrownBy(() -> TopicProvisioner.ensure(KafkaConnection.to("127.0.0.1:1"), List.of(), 0, (short) 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
