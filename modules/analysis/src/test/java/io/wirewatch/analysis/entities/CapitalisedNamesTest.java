package io.wirewatch.analysis.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.wirewatch.model.EntityMention;
import io.wirewatch.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class CapitalisedNamesTest {

    private final CapitalisedNames rules = new CapitalisedNames();

    @Test
    void capitalisedRunsTypedByTheirCues() {
        // Given running text with a person, a ministry, a place and sentence-initial capitals
        String text = "The talks ended. Officials met Mr Olek Brzęk in Gdańsk, and the Ministry of Digital Affairs "
                + "said nothing. Meanwhile Brzęk left. Analysts doubt it.";

        // When the rules tag it
        List<EntityMention> m = rules.tag(text);

        // Then the names are found and typed, and "The", "Officials", "Meanwhile", "Analysts" are not names
        assertThat(m).extracting(EntityMention::text, EntityMention::type).containsExactly(
                tuple("Olek Brzęk", EntityType.PERSON),
                tuple("Gdańsk", EntityType.PLACE),
                tuple("Ministry of Digital Affairs", EntityType.ORGANIZATION),
                tuple("Brzęk", EntityType.OTHER));
        m.forEach(x -> assertThat(text.substring(x.start(), x.end())).isEqualTo(x.text()));
    }

    @Test
    void headlinesAreSkipped() {
        assertThat(rules.tag("Top Official Meets Leader In Surprise Visit To Capital\nNothing else.")).isEmpty();
        assertThat(rules.tag("")).isEmpty();
    }
}
