package io.wirewatch.sinks;

import io.wirewatch.model.Alert;
import io.wirewatch.model.AlertEntity;
import io.wirewatch.model.AlertFact;
import io.wirewatch.model.AlertType;
import io.wirewatch.model.EntityType;
import java.time.Instant;
import java.util.List;

/** Alerts the sink tests share. */
final class Alerts {

    private Alerts() {
    }

    static Alert newFacts(String id, String story) {
        return new Alert(Alert.SCHEMA_VERSION, id, AlertType.NEW_FACTS, story, "Russian official visits Pyongyang",
                "b-1", "Global Dispatch", "https://global-dispatch.example/b-1", Instant.parse("2025-03-21T10:00:00Z"),
                List.of("Eastern Ledger", "Global Dispatch"),
                List.of(new AlertEntity("North Korea", EntityType.PLACE, 5), new AlertEntity("Sergei Shoigu", EntityType.PERSON, 3)),
                List.of("korea-russia"),
                List.of(AlertFact.claim("North Korea has been supplying a vast amount of conventional weapons to Russia.",
                        "Global Dispatch", "b-1")));
    }

    /**
     * The {@code n}th alert of story {@code story}, tagged with {@code topic} so one test's route
     * picks only its own alerts; the headline carries both numbers.
     */
    static Alert numbered(String topic, int story, int n) {
        String storyId = "story-" + topic + "-" + story;
        return new Alert(Alert.SCHEMA_VERSION, "alert-" + topic + "-" + story + "-" + n,
                n == 0 ? AlertType.NEW_STORY : AlertType.NEW_FACTS, storyId, "Story " + story + " update " + n,
                "a-" + story + "-" + n, "Outlet " + (n % 3), "https://outlet.example/" + story + "/" + n,
                Instant.parse("2025-03-21T10:00:00Z").plusSeconds(n), List.of("Outlet 0", "Outlet 1"),
                List.of(new AlertEntity("North Korea", EntityType.PLACE, 2)), List.of(topic),
                List.of(AlertFact.claim("Claim " + n + " of story " + story + ".", "Outlet " + (n % 3), "a-" + story + "-" + n)));
    }

    static Alert figureChanged() {
        return new Alert(Alert.SCHEMA_VERSION, "alert-fig", AlertType.FIGURE_CHANGED, "story-1", "Troops sent",
                "c-1", "Third Outlet", null, Instant.parse("2025-03-22T10:00:00Z"), List.of("Eastern Ledger", "Third Outlet"),
                List.of(), List.of(),
                List.of(new AlertFact("About 15,000 troops were sent.", "Third Outlet", "c-1", "15,000", "10,000-12,000",
                        "10,000-12,000 troops were sent last fall.", "Eastern Ledger")));
    }
}
