package io.wirewatch.analysis.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.analysis.Fixtures;
import io.wirewatch.model.Article;
import io.wirewatch.model.EntityMention;
import io.wirewatch.model.EntityType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private static Gazetteer of(String yaml) {
        return Gazetteer.fromYaml(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void findsEveryEntityOfTheSeedsUnderItsCanonicalName() {
        Article a = Fixtures.seedA();
        Article b = Fixtures.seedB();
        Set<String> canonical = new java.util.HashSet<>();
        for (Article x : List.of(a, b)) {
            x.entities().forEach(m -> canonical.add(m.canonical()));
        }
        assertThat(canonical).contains("Sergei Shoigu", "Kim Jong Un", "Vladimir Putin", "Donald Trump", "North Korea",
                "South Korea", "Russia", "Ukraine", "Moscow", "KCNA", "Tass", "Security Council", "Unification Ministry");
        Map<String, Set<String>> written = b.entities().stream().collect(Collectors.groupingBy(EntityMention::canonical,
                Collectors.mapping(EntityMention::text, Collectors.toSet())));
        assertThat(written.get("Sergei Shoigu")).contains("Sergei Shoigu", "Mr Shoigu");
        assertThat(written.get("Kim Jong Un")).contains("Kim Jong Un", "Mr Kim");
        assertThat(written.get("North Korea")).contains("North Korea", "North Korean", "Pyongyang");
        assertThat(written.get("KCNA")).contains("Korean Central News Agency", "KCNA");
        assertThat(written.get("Security Council")).contains("Security Council", "security council");
        Map<String, Set<String>> writtenA = a.entities().stream().collect(Collectors.groupingBy(EntityMention::canonical,
                Collectors.mapping(EntityMention::text, Collectors.toSet())));
        assertThat(writtenA.get("Sergei Shoigu")).contains("Sergey Shoigu", "Shoigu");
        assertThat(writtenA.get("Russia")).contains("Russia", "Russian");
        assertThat(b.entities()).filteredOn(m -> m.canonical().equals("Sergei Shoigu"))
                .allMatch(m -> m.type() == EntityType.PERSON);
    }

    @Test
    void possessivesCurlyApostrophesDiacriticsAndHyphens() {
        Gazetteer g = of("""
                entities:
                  - name: Russia
                    type: PLACE
                  - name: Kim Jong Un
                    type: PERSON
                    aliases: [Mr Kim]
                  - name: Zelensky
                    type: PERSON
                    aliases: [Volodymyr Zelenskyy]
                  - name: São Paulo
                    type: PLACE
                """);
        String text = "Russia’s army and Russia's navy; Kim Jong-un met Mr. Kim; VOLODYMYR ZELENSKYY; Sao Paulo";
        List<EntityMention> m = g.tag(text);
        assertThat(m).extracting(EntityMention::text)
                .containsExactly("Russia", "Russia", "Kim Jong-un", "Mr. Kim", "VOLODYMYR ZELENSKYY", "Sao Paulo");
        assertThat(m).extracting(EntityMention::canonical)
                .containsExactly("Russia", "Russia", "Kim Jong Un", "Kim Jong Un", "Zelensky", "São Paulo");
        m.forEach(x -> assertThat(text.substring(x.start(), x.end())).isEqualTo(x.text()));
    }

    @Test
    void singleWordAliasesNeedACapitalAndTheLongestMatchWins() {
        Gazetteer g = of("""
                entities:
                  - name: Turkey
                    type: PLACE
                  - name: Korea
                    type: PLACE
                  - name: North Korea
                    type: PLACE
                    aliases: [north korean]
                  - name: Security Council
                    type: ORGANIZATION
                """);
        List<EntityMention> m = g.tag("We ate turkey in Turkey. North Korean and Korea; the UN security council met.");
        assertThat(m).extracting(EntityMention::canonical)
                .containsExactly("Turkey", "North Korea", "Korea", "Security Council");
        assertThat(m.get(0).start()).isEqualTo(17);
    }

    @Test
    void emptyAndUnknownTypes() {
        assertThat(Gazetteer.empty().tag("Russia")).isEmpty();
        Gazetteer g = of("entities:\n  - name: Acme\n    type: COMPANY\n  - name: Moscow\n");
        assertThat(g.size()).isEqualTo(2);
        assertThat(g.tag("Acme in Moscow")).extracting(EntityMention::type)
                .containsExactly(EntityType.OTHER, EntityType.OTHER);
    }

    @Test
    void surnamesAndCourtesyTitlesOnlyAfterAFullMention() {
        // Given people known by their full names only
        Gazetteer g = of("""
                entities:
                  - name: Kim Jong Un
                    type: PERSON
                  - name: Kim Yo Jong
                    type: PERSON
                  - name: Sergei Shoigu
                    type: PERSON
                    aliases: [Sergey Shoigu]
                """);

        // When a text uses short forms before and after the full names
        String text = "Kim arrived. Shoigu too. Then Kim Jong Un met Sergey Shoigu; Mr Shoigu and Kim's aide spoke. "
                + "Later Kim Yo Jong spoke, and Kim left with Dr. Shoigu. Ms Kim stayed; kim is lower case.";
        List<EntityMention> m = g.tag(text);

        // Then the short forms count only once the person was named, for the latest one named
        assertThat(m).extracting(EntityMention::text).containsExactly("Kim Jong Un", "Sergey Shoigu", "Mr Shoigu",
                "Kim", "Kim Yo Jong", "Kim", "Dr. Shoigu", "Ms Kim");
        assertThat(m).extracting(EntityMention::canonical).containsExactly("Kim Jong Un", "Sergei Shoigu",
                "Sergei Shoigu", "Kim Jong Un", "Kim Yo Jong", "Kim Yo Jong", "Sergei Shoigu", "Kim Yo Jong");
        m.forEach(x -> assertThat(text.substring(x.start(), x.end())).isEqualTo(x.text()));
    }
}
