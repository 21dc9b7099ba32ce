package io.wirewatch.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.Alert;
import io.wirewatch.model.AlertType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatencyTrailTest {

    private static Alert alert(String id, String namedArticle) {
        return new Alert(Alert.SCHEMA_VERSION, id, AlertType.NEW_FACTS, "story-1", "Headline", namedArticle, "Outlet",
                null, Instant.EPOCH, List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void heldNewsIsTimedFromTheArticleThatRaisedItNotFromTheOneItNames() throws Exception {
        // Given two timed articles of one story; the first one's news is held by the cool-down
        LatencyTrail trail = new LatencyTrail();
        trail.sent("a1", System.nanoTime());
        trail.passed(LatencyTrail.Point.CLUSTERED, "a1");
        Thread.sleep(30);
        trail.sent("a2", System.nanoTime());
        trail.passed(LatencyTrail.Point.CLUSTERED, "a2");

        // When the second article raises the held news (the alert still names the first) and it is delivered
        Alert held = alert("alert-held", "a1");
        trail.raised(held, "a2");
        trail.delivered(held);

        // Then one latency is counted, from a2's send: shorter than the 30 ms a1 waited before a2 existed
        double[] total = trail.totalMillis();
        assertThat(total).hasSize(1);
        assertThat(total[0]).isLessThan(30);
    }

    @Test
    void onlyCompleteTrailsOfTimedArticlesCount() {
        // Given a timed article whose alert never arrives, and an alert of an article not timed
        LatencyTrail trail = new LatencyTrail();
        trail.sent("timed", System.nanoTime());
        trail.passed(LatencyTrail.Point.CLUSTERED, "timed");
        trail.raised(alert("alert-other", "untimed"), "untimed");
        trail.delivered(alert("alert-other", "untimed"));
        // When the bench reads the latencies
        // Then none is counted, and the hops say so rather than fail
        assertThat(trail.totalMillis()).isEmpty();
        assertThat(trail.hops()).contains("sent to clustered 0/0");
    }

    @Test
    void aDuplicatePassingTheClusterStageAgainKeepsTheFirstPassage() throws Exception {
        // Given a timed article clustered, then its exact duplicate clustered later
        LatencyTrail trail = new LatencyTrail();
        trail.sent("a", System.nanoTime());
        trail.passed(LatencyTrail.Point.CLUSTERED, "a");
        Thread.sleep(40);
        trail.passed(LatencyTrail.Point.CLUSTERED, "a");
        // When its alert is raised and delivered at once
        Alert alert = alert("alert-a", "a");
        trail.raised(alert, "a");
        trail.delivered(alert);
        // Then the hop from clustered to raised spans the 40 ms since the first passage
        assertThat(trail.between(LatencyTrail.Point.CLUSTERED, LatencyTrail.Point.RAISED)[0]).isGreaterThanOrEqualTo(40);
    }
}
