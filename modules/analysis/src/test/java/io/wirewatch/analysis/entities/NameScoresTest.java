package io.wirewatch.analysis.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameScoresTest {

    @Test
    void countsOnlyNamesWithTheRightWordsAndType() {
        // Given a gold document with a person, a place and an organisation
        ConllCorpus.Document doc = new ConllCorpus.Document(List.of(
                new ConllCorpus.Sentence(List.of("Putin", "visited", "Paris", "and", "Acme", "Corp", "."),
                        List.of(new ConllCorpus.Name(0, 1, "PER"), new ConllCorpus.Name(2, 3, "LOC"),
                                new ConllCorpus.Name(4, 6, "ORG")))));
        // and a gazetteer that knows Putin, calls Paris a person and knows only "Acme"
        Gazetteer tagger = Gazetteer.fromYaml(new ByteArrayInputStream("""
                entities:
                  - {name: Vladimir Putin, type: PERSON, aliases: [Putin]}
                  - {name: Paris Hilton, type: PERSON, aliases: [Paris]}
                  - {name: Acme, type: ORGANIZATION}
                """.getBytes(StandardCharsets.UTF_8)));

        // When it is scored
        NameScores scores = new NameScores().score(List.of(doc), tagger);

        // Then PER has one right and one wrong, LOC one missed, ORG one wrong-edged and one missed
        assertThat(scores.byType().get("PER")).isEqualTo(new NameScores.Count(1, 1, 0));
        assertThat(scores.byType().get("LOC")).isEqualTo(new NameScores.Count(0, 0, 1));
        assertThat(scores.byType().get("ORG")).isEqualTo(new NameScores.Count(0, 1, 1));
        assertThat(scores.overall().precision()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(scores.overall().recall()).isCloseTo(1 / 3.0, within(1e-9));
    }
}
