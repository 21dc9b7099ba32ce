package io.wirewatch.analysis.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.EntityMention;
import io.wirewatch.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class StatisticalNamesTest {

    private static final StatisticalNames SHIPPED = StatisticalNames.shipped();

    private static final List<String> TEXTS = List.of(
            "Maria Kowalczyk, a farmer from the village of Zablocie, said the harvest was ruined.",
            "Shares of Deutsche Bank rose sharply in Frankfurt on Tuesday after its chief executive, Christian Sewing, "
                    + "spoke to reporters about the results.",
            "The Red Cross said aid reached Goma.\nLEICESTERSHIRE BEAT SURREY AT THE OVAL",
            "Prime Minister Narendra Modi met officials of the Reserve Bank of India in New Delhi.");

    @Test
    void findsPeoplePlacesAndOrganisationsWithOffsetsIntoTheText() {
        String text = TEXTS.get(1);
        List<EntityMention> m = SHIPPED.tag(text);
        assertThat(m).extracting(EntityMention::text, EntityMention::type).contains(
                org.assertj.core.groups.Tuple.tuple("Deutsche Bank", EntityType.ORGANIZATION),
                org.assertj.core.groups.Tuple.tuple("Frankfurt", EntityType.PLACE),
                org.assertj.core.groups.Tuple.tuple("Christian Sewing", EntityType.PERSON));
        m.forEach(x -> assertThat(text.substring(x.start(), x.end())).isEqualTo(x.text()));
    }

    @Test
    void aNameAcrossALineBreakGetsATidyCanonicalName() {
        assertThat(StatisticalNames.tidy("Korea\n  Development Institute")).isEqualTo("Korea Development Institute");
        assertThat(StatisticalNames.tidy("Kim Jong Un")).isEqualTo("Kim Jong Un");
    }

    @Test
    void threadsSharingTheFinderGetWhatOneThreadGets() throws Exception {
        // Given what one thread finds in each text
        List<List<EntityMention>> alone = new ArrayList<>();
        for (String t : TEXTS) {
            alone.add(SHIPPED.tag(t));
        }

        // When four threads tag the texts many times over, interleaved
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                int offset = thread;
                runs.add(pool.submit(() -> {
                    boolean same = true;
                    for (int i = 0; i < 200; i++) {
                        int k = (i + offset) % TEXTS.size();
                        same &= SHIPPED.tag(TEXTS.get(k)).equals(alone.get(k));
                    }
                    return same;
                }));
            }

            // Then every result equals the single thread's
            for (Future<Boolean> run : runs) {
                assertThat(run.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
