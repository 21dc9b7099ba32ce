package io.wirewatch.analysis.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.EntityMention;
import io.wirewatch.model.EntityType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultGazetteerTest {

    private final Gazetteer builtIn = DefaultGazetteer.builtIn();

    private List<String> canonical(Gazetteer g, String text) {
        return g.tag(text).stream().map(EntityMention::canonical).toList();
    }

    @Test
    void knowsEveryIsoCountryByItsEnglishName() {
        // Given every country the JDK knows, as written in English
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);

            // When the name alone is tagged
            List<EntityMention> m = builtIn.tag(name);

            // Then it is one place
            assertThat(m).as(name).hasSize(1);
            assertThat(m.get(0).type()).as(name).isEqualTo(EntityType.PLACE);
        }
    }

    @Test
    void shortFormsDemonymsCapitalsAndOrganisations() {
        assertThat(canonical(builtIn, "Ivory Coast, Burma and DR Congo")).containsExactly(
                "Côte d’Ivoire", "Myanmar", "Democratic Republic of the Congo");
        assertThat(canonical(builtIn, "Saint Lucia and Bosnia and Herzegovina"))
                .containsExactly("St. Lucia", "Bosnia and Herzegovina");
        assertThat(canonical(builtIn, "North Korean troops left Pyongyang for Russian bases near Kyiv"))
                .containsExactly("North Korea", "North Korea", "Russia", "Ukraine");
        assertThat(canonical(builtIn, "The IAEA, the WHO and the International Monetary Fund"))
                .containsExactly("International Atomic Energy Agency", "World Health Organization",
                        "International Monetary Fund");
    }

    @Test
    void theConfigurationExtendsAndOverridesTheBuiltIns(@TempDir Path dir) throws Exception {
        // Given a configuration that renames a built-in entity through a shared alias, claims an
        // alias of another, and adds a new one
        Path config = dir.resolve("entities.yaml");
        Files.writeString(config, """
                entities:
                  - name: KCNA
                    type: ORGANIZATION
                    aliases: [Korean Central News Agency, Korea's news agency]
                  - name: Georgia (US state)
                    type: PLACE
                    aliases: [Georgia]
                  - name: Acme Corp
                    type: ORGANIZATION
                """);

        // When the combined gazetteer tags a text
        Gazetteer g = DefaultGazetteer.withConfig(config);

        // Then the configured names win and the built-ins remain
        assertThat(canonical(g, "the Korean Central News Agency, Korea's news agency, Georgia, Acme Corp and Japan"))
                .containsExactly("KCNA", "KCNA", "Georgia (US state)", "Acme Corp", "Japan");
    }
}
