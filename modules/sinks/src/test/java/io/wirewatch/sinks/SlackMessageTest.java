package io.wirewatch.sinks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.model.Alert;
import io.wirewatch.model.AlertFact;
import io.wirewatch.model.AlertType;
import io.wirewatch.model.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SlackMessageTest {

    private static JsonNode parse(String json) throws Exception {
        return Json.mapper().readTree(json);
    }

    @Test
    void anAlertIsAHeadlineLinkedToItsSourceFactsAsBulletsAndContextWithAFallbackText() throws Exception {
        // When a NEW_FACTS alert becomes a Slack message
        JsonNode message = parse(SlackMessage.of(Alerts.newFacts("alert-1", "story-1")));

        // Then it has a fallback text and the blocks
        assertThat(message.path("text").asText()).isEqualTo("NEW FACTS: Russian official visits Pyongyang (Global Dispatch)");
        JsonNode blocks = message.path("blocks");
        assertThat(blocks.get(0).path("text").path("text").asText())
                .startsWith("*NEW FACTS* · <https://global-dispatch.example/b-1|Russian official visits Pyongyang>")
                .contains("_Global Dispatch · 2025-03-21 10:00 UTC_");
        assertThat(blocks.get(1).path("text").path("text").asText())
                .isEqualTo("• North Korea has been supplying a vast amount of conventional weapons to Russia.");
        String context = blocks.get(2).path("elements").toString();
        assertThat(context).contains("*Also reported by:* Eastern Ledger", "*Entities:* North Korea, Sergei Shoigu",
                "*Topics:* korea-russia", "story-1 · alert-1");
    }

    @Test
    void feedTextCannotInjectMarkupOrMentionsAndLinksStayWhole() throws Exception {
        // Given a headline and a fact with Slack's control characters, and a URL with | and &
        Alert alert = new Alert(1, "alert-x", AlertType.NEW_STORY, "story-x", "Q&A: <!channel> says 2 > 1",
                "a", "R&D <Times>", "https://x.example/a?b=1&c=2|3", Instant.parse("2025-01-01T00:00:00Z"),
                List.of("R&D <Times>"), List.of(), List.of(), List.of(AlertFact.claim("<@U123> & co > all", "R&D", "a")));

        // When it becomes a Slack message
        JsonNode message = parse(SlackMessage.of(alert));

        // Then & < > are escaped everywhere, and the link's own | and & cannot break it
        String head = message.path("blocks").get(0).path("text").path("text").asText();
        assertThat(head).contains("<https://x.example/a?b=1&amp;c=2%7C3|Q&amp;A: &lt;!channel&gt; says 2 &gt; 1>")
                .contains("R&amp;D &lt;Times&gt;");
        assertThat(message.path("blocks").get(1).path("text").path("text").asText()).isEqualTo("• &lt;@U123&gt; &amp; co &gt; all");
        assertThat(message.path("text").asText()).doesNotContain("<").doesNotContain(">");
    }

    @Test
    void everySectionStaysWithinSlacksLimitWithManyLongFacts() throws Exception {
        // Given an alert with 40 facts of 900 characters full of ampersands
        List<AlertFact> facts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            facts.add(AlertFact.claim("&".repeat(900), "S", "a"));
        }
        Alert alert = new Alert(1, "alert-big", AlertType.NEW_FACTS, "story-big", "&".repeat(5000), "a", "S",
                "https://s.example/a", null, List.of("S"), List.of(), List.of(), facts);

        // When it becomes a Slack message
        JsonNode message = parse(SlackMessage.of(alert));

        // Then no section nor the fallback text passes 3000 characters, and no escape is cut in half
        assertThat(message.path("text").asText().length()).isLessThanOrEqualTo(3000);
        for (JsonNode block : message.path("blocks")) {
            String text = block.path("text").path("text").asText();
            assertThat(text.length()).isLessThanOrEqualTo(3000);
            assertThat(text.replace("&amp;", "")).doesNotContain("&");
        }
        assertThat(message.path("blocks").get(1).path("text").path("text").asText()).endsWith("more_");
    }

    @Test
    void aDigestListsEachAlertOnOneLineWithinTheLimits() throws Exception {
        List<Alert> alerts = IntStream.range(0, 600).mapToObj(i -> Alerts.numbered("d", i, 1)).toList();
        JsonNode message = parse(SlackMessage.digest(alerts));
        assertThat(message.path("text").asText()).isEqualTo("wirewatch digest: 600 alerts");
        assertThat(message.path("blocks").size()).isLessThanOrEqualTo(50);
        int lines = 0;
        for (JsonNode block : message.path("blocks")) {
            String text = block.path("text").path("text").asText();
            assertThat(text.length()).isLessThanOrEqualTo(3000);
            lines += (int) text.lines().filter(l -> l.startsWith("• ")).count();
        }
        String last = message.path("blocks").get(message.path("blocks").size() - 1).path("text").path("text").asText();
        assertThat(last).isEqualTo("_… and " + (600 - lines) + " more on the Kafka topic wirewatch.alerts._");
    }
}
