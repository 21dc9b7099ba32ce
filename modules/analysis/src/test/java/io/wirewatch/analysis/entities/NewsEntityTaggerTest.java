package io.wirewatch.analysis.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.EntityMention;
import io.wirewatch.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewsEntityTaggerTest {

    private static final NewsEntityTagger TAGGER =
            new NewsEntityTagger(DefaultGazetteer.builtIn(), StatisticalNames.shipped());

    @Test
    void discoversUnknownPeoplePlacesAndOrganisationsAndTiesShortFormsToThem() {
        // Given a text about people and an institute no gazetteer lists
        String text = "Maria Kowalczyk, a farmer from the village of Zabłocie, said the harvest was ruined. "
                + "Kowalczyk added that the Korea Development Institute (KDI) had warned of it. KDI economists agreed.";

        // When it is tagged
        List<EntityMention> m = TAGGER.tag(text);

        // Then the found names carry their own canonical names, and later short forms the full ones
        assertThat(m).extracting(EntityMention::text, EntityMention::canonical, EntityMention::type).contains(
                org.assertj.core.groups.Tuple.tuple("Maria Kowalczyk", "Maria Kowalczyk", EntityType.PERSON),
                org.assertj.core.groups.Tuple.tuple("Kowalczyk", "Maria Kowalczyk", EntityType.PERSON),
                org.assertj.core.groups.Tuple.tuple("Korea Development Institute", "Korea Development Institute",
                        EntityType.ORGANIZATION),
                org.assertj.core.groups.Tuple.tuple("KDI", "Korea Development Institute", EntityType.ORGANIZATION));
        assertThat(m).filteredOn(x -> x.text().equals("KDI")).hasSize(2);
        m.forEach(x -> assertThat(text.substring(x.start(), x.end())).isEqualTo(x.text()));
    }

    @Test
    void tagsTokensReadOnceAsItTagsTheText() {
        // Given the test articles' texts and a few of names, each read once by the tokenizer
        List<String> texts = new java.util.ArrayList<>(List.of(
                "Maria Kowalczyk, a farmer from the village of Zabłocie, said the harvest was ruined. KDI agreed.",
                "Shares of Japan Airlines fell on Monday. Russian troops joined US-led drills.", ""));
        for (String name : List.of("missile-launch.txt", "rate-decision.txt", "version-c.txt")) {
            java.io.InputStream in = getClass().getResourceAsStream("/articles/" + name);
            if (in != null) {
                try (in) {
                    texts.add(io.wirewatch.analysis.text.HtmlCleaner.clean(new String(in.readAllBytes(),
                            java.nio.charset.StandardCharsets.UTF_8)));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }
        assertThat(texts).hasSize(6);
        for (String text : texts) {
            io.wirewatch.analysis.text.Tokenizer.Tokens tokens = new io.wirewatch.analysis.text.Tokenizer.Tokens().read(text);

            // Then tagging the tokens gives what tagging the text gives, for the full tagger and the gazetteer
            assertThat(TAGGER.tag(text, tokens)).isEqualTo(TAGGER.tag(text));
            assertThat(DefaultGazetteer.builtIn().tag(text, tokens)).isEqualTo(DefaultGazetteer.builtIn().tag(text));
        }
    }

    @Test
    void knownNamesWinOverlapsUnlessTheFoundNameIsALongerOrganisation() {
        // Given a known country inside a company's name, and a known country in "US-led"
        String text = "Shares of Japan Airlines fell on Monday. Russian troops joined US-led drills.";

        // When it is tagged
        List<EntityMention> m = TAGGER.tag(text);

        // Then the company is whole, the demonym alone is the country, "US" stays the country
        assertThat(m).extracting(EntityMention::text).containsExactly("Japan Airlines", "Russian", "US");
        assertThat(m.get(0).type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(m).filteredOn(x -> x.text().equals("Russian")).extracting(EntityMention::canonical)
                .containsOnly("Russia");
        assertThat(m).filteredOn(x -> x.text().equals("US")).extracting(EntityMention::canonical)
                .containsOnly("United States");
        for (int i = 1; i < m.size(); i++) {
            assertThat(m.get(i).start()).isGreaterThanOrEqualTo(m.get(i - 1).end());
        }
    }

    @Test
    void capitalisedLabelsAreNotNamesUnlessTheTextConfirmsThem() {
        // Given a list item opening with a capitalised label
        String text = "Key points of the day.\n5. Mutual Benefits: experts suspect the deal helps both sides.";

        // When it is tagged
        List<EntityMention> m = TAGGER.tag(text);

        // Then the label is no entity
        assertThat(m).extracting(EntityMention::text).doesNotContain("Mutual Benefits");
    }

    @Test
    void withoutAFinderItIsTheGazetteer() {
        NewsEntityTagger gazetteerOnly = new NewsEntityTagger(DefaultGazetteer.builtIn(), null);
        assertThat(gazetteerOnly.tag("Maria Kowalczyk flew to Japan.")).extracting(EntityMention::canonical)
                .containsExactly("Japan");
        assertThat(gazetteerOnly.tag("")).isEmpty();
    }

    @Test
    void theEntitiesFileCanSwitchTheNameFinderOff(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        // Given an entities file that switches the name finder off, and one with a bad setting
        java.nio.file.Path off = dir.resolve("off.yaml");
        java.nio.file.Files.writeString(off, "nameFinder: false\nentities:\n  - {name: Acme, type: ORGANIZATION}\n");
        java.nio.file.Path bad = dir.resolve("bad.yaml");
        java.nio.file.Files.writeString(bad, "nameFinder: sometimes\nentities: []\n");

        // Then known names and the rules' finds are tagged, and the bad setting is a clear error
        assertThat(NewsEntityTagger.load(off).tag("Later Maria Kowalczyk said she joined Acme in Japan."))
                .extracting(EntityMention::canonical, EntityMention::type).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Maria Kowalczyk", EntityType.PERSON),
                        org.assertj.core.groups.Tuple.tuple("Acme", EntityType.ORGANIZATION),
                        org.assertj.core.groups.Tuple.tuple("Japan", EntityType.PLACE));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> NewsEntityTagger.load(bad))
                .hasMessageContaining("nameFinder must be true or false");
    }
}
