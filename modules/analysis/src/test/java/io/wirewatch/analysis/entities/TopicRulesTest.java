package io.wirewatch.analysis.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.analysis.Fixtures;
import io.wirewatch.model.EntityMention;
import io.wirewatch.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicRulesTest {

    private final TopicRules rules = Fixtures.topics();

    private static EntityMention m(String canonical) {
        return new EntityMention(canonical, canonical, EntityType.PLACE, 0, 1);
    }

    @Test
    void entitiesMustAllBeMentionedAndAnyKeywordMatches() {
        assertThat(rules.match("Talks went on.", List.of(m("North Korea"), m("Russia")))).containsExactly("korea-russia");
        assertThat(rules.match("Talks went on.", List.of(m("North Korea")))).isEmpty();
        assertThat(rules.match("A MISSILE was fired.", List.of())).containsExactly("missile-tests");
        assertThat(rules.match("They will test launch it.", List.of())).containsExactly("missile-tests");
        assertThat(rules.match("Missiles flew.", List.of(m("North Korea"))))
                .containsExactly("missile-tests", "korea-missiles");
        assertThat(rules.match("Interest rates held; anti-missile", List.of())).containsExactly("missile-tests", "central-banks");
        assertThat(rules.match("Interest groups rated it.", List.of())).isEmpty();
    }

    @Test
    void noneMatchesNothing() {
        assertThat(TopicRules.none().match("missile", List.of(m("Russia")))).isEmpty();
    }
}
