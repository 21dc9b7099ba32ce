package io.wirewatch.sinks;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.Alert;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sink killed mid-delivery (SIGKILL of its JVM) and restarted on the embedded broker.
 *
 * <p>An HTTP POST and the record that it happened cannot be one atomic step: Slack takes no
 * idempotency key. The window is exactly one message per destination: the one whose POST reached
 * Slack but whose answer the dead sink never read. Everything acknowledged before the kill is in
 * {@code wirewatch.deliveries} and is not posted again, even though the dead sink's offsets were
 * not committed for it.
 */
class KillAndRestartTest {

    @TempDir
    Path dir;

    @Test
    void afterAKillEveryAlertIsPostedOnceExceptTheOneInFlightWhichIsPostedTwice() throws Exception {
        // Given 60 alerts of 20 stories, and a fake Slack that will hold its 25th message unanswered
        List<Alert> alerts = new ArrayList<>();
        for (int n = 0; n < 3; n++) {
            for (int story = 0; story < 20; story++) {
                alerts.add(Alerts.numbered("test-restart", story, n));
            }
        }
        SharedKafka.publish(alerts);
        try (FakeSlack slack = new FakeSlack(200, 20)) {
            slack.holdMessage(25);

            // When a sink in its own JVM delivers until Slack has the 25th message, and is killed
            Process process = startSinkProcess(slack.url());
            try {
                assertThat(slack.held.await(90, TimeUnit.SECONDS)).as(log()).isTrue();
            } finally {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
            List<String> beforeKill = slack.postedAlertIds();
            String inFlight = beforeKill.get(beforeKill.size() - 1);
            assertThat(beforeKill).hasSize(25);

            // And a new sink with the same destination and group takes over
            Recorder recorder = new Recorder();
            Function<String, String> env = Map.of("TEST_SLACK_URL", slack.url())::get;
            try (RoutedDelivery restarted = new RoutedDelivery(SharedKafka.connection(), "restart-test",
                    Destinations.slack("restart-slack", "test-restart", env, 200, 20, 0), System.out, recorder).start()) {
                awaitAllPostedAnd(slack, recorder, inFlight, alerts.size());
            }

            // Then every alert reached Slack, each exactly once but the one in flight at the kill
            Map<String, Long> times = slack.postedAlertIds().stream()
                    .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
            assertThat(times.keySet()).containsExactlyInAnyOrderElementsOf(alerts.stream().map(Alert::id).toList());
            assertThat(times).allSatisfy((id, count) -> assertThat(count).as(id).isEqualTo(id.equals(inFlight) ? 2 : 1));
            // And what the dead sink had delivered was not posted by the new one
            assertThat(recorder.delivered()).doesNotContainAnyElementsOf(beforeKill.subList(0, 24));
            // And each story's alerts were first posted in the order they were raised
            for (int story = 0; story < 20; story++) {
                String prefix = "alert-test-restart-" + story + "-";
                assertThat(new LinkedHashSet<>(slack.postedAlertIds()).stream().filter(id -> id.startsWith(prefix)).toList())
                        .containsExactly(prefix + 0, prefix + 1, prefix + 2);
            }
        }
    }

    private Process startSinkProcess(String slackUrl) throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-cp", classPath, SinkProcess.class.getName(),
                SharedKafka.bootstrap(), "restart-test", "test-restart");
        builder.environment().put("TEST_SLACK_URL", slackUrl);
        builder.redirectErrorStream(true).redirectOutput(dir.resolve("sink.log").toFile());
        return builder.start();
    }

    private String log() throws Exception {
        Path log = dir.resolve("sink.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    private static void awaitAllPostedAnd(FakeSlack slack, Recorder recorder, String inFlight, int total)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            // The in-flight alert was never recorded: the new sink must post it again, then all is done.
            if (new LinkedHashSet<>(slack.postedAlertIds()).size() == total && recorder.delivered().contains(inFlight)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("not all delivered: " + slack.postedAlertIds().size() + " posted, restarted sink "
                + recorder.delivered().size() + " delivered and " + recorder.skipped().size() + " skipped");
    }
}
