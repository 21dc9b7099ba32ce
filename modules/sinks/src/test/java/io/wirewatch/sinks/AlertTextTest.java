package io.wirewatch.sinks;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.Alert;
import io.wirewatch.model.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AlertTextTest {

    @Test
    void newFactsReadAsHeadlineSourcesAndOneLinePerClaim() {
        String text = AlertText.format(Alerts.newFacts("alert-1", "story-1"));
        assertThat(text).startsWith("== NEW FACTS | Russian official visits Pyongyang\n")
                .contains("Global Dispatch | 2025-03-21 10:00 UTC | story-1 | alert-1")
                .contains("also reported by: Eastern Ledger\n")
                .contains("   + North Korea has been supplying a vast amount of conventional weapons to Russia.\n")
                .contains("entities: North Korea (5), Sergei Shoigu (3)")
                .contains("topics: korea-russia")
                .endsWith("https://global-dispatch.example/b-1\n");
    }

    @Test
    void aChangedFigureShowsOldAndNewAndWhoHadTheOld() {
        String text = AlertText.format(Alerts.figureChanged());
        assertThat(text).contains("== FIGURE CHANGED | Troops sent")
                .contains("~ 15,000 (was 10,000-12,000, Eastern Ledger): About 15,000 troops were sent.");
    }

    @Test
    void theJsonConsoleWritesOneParseableAlertPerLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsoleSink sink = new ConsoleSink(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
        sink.deliver(Alerts.newFacts("alert-1", "story-1"));
        sink.deliver(Alerts.figureChanged());
        var lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(Json.read(lines.get(1), Alert.class)).isEqualTo(Alerts.figureChanged());
    }
}
