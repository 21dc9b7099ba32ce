package io.wirewatch.analysis.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.analysis.Fixtures;
import io.wirewatch.model.EntityMention;
import io.wirewatch.model.EntityType;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The acceptance: the seed versions, tagged with what ships (config, built-ins, model). */
class ShippedEntitiesTest {

    private static final Path CONFIG = Path.of("../../config/entities.yaml");
    private static final NewsEntityTagger SHIPPED = NewsEntityTagger.load(CONFIG);

    private static Map<String, Set<String>> written(List<EntityMention> mentions) {
        return mentions.stream().collect(Collectors.groupingBy(EntityMention::canonical,
                Collectors.mapping(EntityMention::text, Collectors.toSet())));
    }

    private static String body(String resource) {
        String text = Fixtures.resource(resource);
        return text.substring(text.indexOf('\n') + 1);
    }

    @Test
    void everyEntityOfTheSeedsUnderItsCanonicalName() {
        // Given the two seed versions' bodies
        String a = body("seeds/version-a.txt");
        String b = body("seeds/version-b.txt");

        // When the shipped tagger tags them
        Map<String, Set<String>> inA = written(SHIPPED.tag(a));
        Map<String, Set<String>> inB = written(SHIPPED.tag(b));

        // Then every entity of the acceptance list is there, in its written forms
        assertThat(inA.get("Sergei Shoigu")).contains("Sergey Shoigu", "Shoigu");
        assertThat(inB.get("Sergei Shoigu")).contains("Sergei Shoigu", "Mr Shoigu");
        assertThat(inA.get("Kim Jong Un")).contains("Kim Jong Un", "Kim");
        assertThat(inB.get("Kim Jong Un")).contains("Kim Jong Un", "Mr Kim");
        assertThat(inA.get("Vladimir Putin")).contains("Vladimir Putin");
        assertThat(inB.get("Donald Trump")).contains("Donald Trump", "Mr Trump");
        assertThat(inB.get("North Korea")).contains("North Korea", "North Korean", "Pyongyang");
        assertThat(inA.get("South Korea")).contains("South Korea", "South Korean");
        assertThat(inA.get("Russia")).contains("Russia", "Russian");
        assertThat(inB.get("Ukraine")).contains("Ukraine");
        assertThat(inB.get("Moscow")).contains("Moscow");
        assertThat(inB.get("Korean Central News Agency")).contains("Korean Central News Agency", "KCNA");
        assertThat(inA.get("Tass")).isNotEmpty();
        assertThat(inB.get("Security Council of Russia")).contains("security council");
        assertThat(inB.get("Unification Ministry")).isNotEmpty();
    }

    @Test
    void theSameWithoutTheModel() {
        // Given the shipped gazetteer alone (built-ins and config/entities.yaml)
        Gazetteer gazetteer = DefaultGazetteer.withConfig(CONFIG);

        // When it tags the seeds
        Set<String> canonical = new java.util.HashSet<>();
        for (String seed : List.of("seeds/version-a.txt", "seeds/version-b.txt")) {
            gazetteer.tag(body(seed)).forEach(m -> canonical.add(m.canonical()));
        }

        // Then the acceptance list holds without the statistical finder
        assertThat(canonical).contains("Sergei Shoigu", "Kim Jong Un", "Vladimir Putin", "Donald Trump",
                "North Korea", "South Korea", "Russia", "Ukraine", "Moscow", "Korean Central News Agency", "Tass",
                "Security Council of Russia", "Unification Ministry");
    }

    @Test
    void typesOfTheSeedsEntities() {
        // When the shipped tagger tags version B
        List<EntityMention> b = SHIPPED.tag(body("seeds/version-b.txt"));

        // Then people are people, countries places, agencies organisations
        Map<String, Set<EntityType>> types = b.stream().collect(Collectors.groupingBy(EntityMention::canonical,
                Collectors.mapping(EntityMention::type, Collectors.toSet())));
        assertThat(types.get("Sergei Shoigu")).containsExactly(EntityType.PERSON);
        assertThat(types.get("Kim Jong Un")).containsExactly(EntityType.PERSON);
        assertThat(types.get("North Korea")).containsExactly(EntityType.PLACE);
        assertThat(types.get("Korean Central News Agency")).containsExactly(EntityType.ORGANIZATION);
    }

    @Test
    void theShippedTopicsOfTheSeeds() {
        // Given the shipped topic rules and version B's headline and body
        TopicRules topics = TopicRules.fromYaml(Path.of("../../config/topics.yaml"));
        String text = Fixtures.resource("seeds/version-b.txt");

        // When its topics are matched on the shipped tagger's mentions
        List<String> matched = topics.match(text, SHIPPED.tag(body("seeds/version-b.txt")));

        // Then it is about Korea and Russia, the peninsula, the war, missiles, nuclear talks and the ceasefire
        assertThat(matched).containsExactly("korea-russia", "korean-peninsula", "ukraine-war", "missile-tests",
                "nuclear", "ceasefire-talks", "sanctions");
    }
}
