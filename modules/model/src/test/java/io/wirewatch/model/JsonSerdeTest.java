package io.wirewatch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class JsonSerdeTest {

    @Test
    void alertRoundTripsWithIsoTimesAndWithoutEmptyFigureFields() {
        // Given an alert with one plain claim
        Alert alert = new Alert(Alert.SCHEMA_VERSION, "alert-1", AlertType.NEW_FACTS, "story-a", "Headline",
                "a2", "Outlet B", "http://b/1", Instant.parse("2025-03-21T10:00:00Z"), List.of("Outlet A", "Outlet B"),
                List.of(new AlertEntity("North Korea", EntityType.PLACE, 3)), List.of("korea"),
                List.of(AlertFact.claim("A new claim.", "Outlet B", "a2")));

        // When it is written and read back
        byte[] bytes = Topics.ALERTS.valueSerde().serializer().serialize("t", alert);
        String json = new String(bytes, StandardCharsets.UTF_8);
        Alert back = Topics.ALERTS.valueSerde().deserializer().deserialize("t", bytes);

        // Then the contract's field names and formats hold
        assertThat(json).contains("\"schemaVersion\":1", "\"time\":\"2025-03-21T10:00:00Z\"", "\"type\":\"NEW_FACTS\"");
        assertThat(json).doesNotContain("previousFigure");
        assertThat(back).isEqualTo(alert);
    }

    @Test
    void unknownFieldsFromNewerWritersAreTolerated() {
        String json = "{\"id\":\"x\",\"feedId\":\"f\",\"title\":\"T\",\"addedLater\":42}";
        RawArticle raw = Topics.RAW_ARTICLES.valueSerde().deserializer()
                .deserialize("t", json.getBytes(StandardCharsets.UTF_8));
        assertThat(raw.id()).isEqualTo("x");
        assertThat(raw.authors()).isEmpty();
    }

    @Test
    void garbageFailsWithTheTypeAndTheReason() {
        assertThatThrownBy(() -> Topics.RAW_ARTICLES.valueSerde().deserializer()
                .deserialize("wirewatch.articles.raw", "not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("RawArticle")
                .hasMessageContaining("wirewatch.articles.raw");
    }

    @Test
    void topicNamesUseDotsOnly() {
        assertThat(Topics.all()).extracting(Topic::name).allMatch(n -> n.matches("[a-z.\\-]+") && n.startsWith("wirewatch."));
    }
}
