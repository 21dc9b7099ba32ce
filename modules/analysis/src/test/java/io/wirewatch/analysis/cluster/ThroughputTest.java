package io.wirewatch.analysis.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.analysis.ArticlePreparer;
import io.wirewatch.analysis.Fixtures;
import io.wirewatch.model.Article;
import io.wirewatch.model.Relation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Prints how fast preparation and clustering run on synthetic articles (sentences of the
 * fixtures shuffled with random filler words, so most are distinct stories). Prints, never asserts
 * a time: the numbers are for the report, the assertions only check the run is sane.
 */
class ThroughputTest {

    @Test
    void printsThroughput() {
        ArticlePreparer preparer = Fixtures.preparer();
        List<String> sentences = new ArrayList<>();
        for (String r : List.of("seeds/version-a.txt", "seeds/version-b.txt", "articles/rate-decision.txt",
                "articles/missile-launch.txt")) {
            Fixtures.resource(r).lines().filter(l -> l.length() > 40).forEach(sentences::add);
        }
        Random random = new Random(42);
        int n = 3000;
        List<Article> prepared = new ArrayList<>(n);
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            StringBuilder body = new StringBuilder();
            for (int s = 0; s < 12; s++) {
                body.append(sentences.get(random.nextInt(sentences.size()))).append(' ');
                for (int w = 0; w < 8; w++) {
                    body.append("word").append(random.nextInt(5000)).append(' ');
                }
                body.append(".\n");
            }
            prepared.add(preparer.prepare(Fixtures.raw("syn-" + i, "Headline " + random.nextInt(100_000),
                    body.toString(), Fixtures.T0.plusSeconds(i * 20L))));
        }
        long t1 = System.nanoTime();
        StoryClusterer clusterer = new StoryClusterer(ClusterSettings.defaults(), new InMemoryStoryIndex());
        Map<Relation, Integer> relations = new EnumMap<>(Relation.class);
        for (Article a : prepared) {
            relations.merge(clusterer.assign(a).relation(), 1, Integer::sum);
        }
        long t2 = System.nanoTime();
        System.out.printf("prepare: %.0f articles/s, cluster: %.0f articles/s (%d articles, %s)%n",
                n / ((t1 - t0) / 1e9), n / ((t2 - t1) / 1e9), n, relations);
        assertThat(relations.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(n);
    }
}
