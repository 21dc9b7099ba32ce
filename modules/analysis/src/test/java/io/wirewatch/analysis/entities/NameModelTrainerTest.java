package io.wirewatch.analysis.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.EntityMention;
import io.wirewatch.model.EntityType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NameModelTrainerTest {

    /** People after "Mr" or before "said", places after "in", organisations ending in "Bank". */
    private static final String CORPUS = """
            -DOCSTART- -X- -X- O

            Mr X I-PER
            Okafor X I-PER
            arrived X O
            in X O
            Lagos X I-LOC
            . X O

            Adeyemi X I-PER
            said X O
            the X O
            Zenith X I-ORG
            Bank X I-ORG
            grew X O
            . X O

            -DOCSTART- -X- -X- O

            Mr X O
            Haruto X I-PER
            Sato X I-PER
            flew X O
            to X O
            Osaka X I-LOC
            . X O

            Tanaka X I-PER
            said X O
            Mizuho X I-ORG
            Bank X I-ORG
            lent X O
            more X O
            in X O
            Kyoto X I-LOC
            . X O
            """;

    @Test
    void learnsNamesFromATinyCorpusAndFindsNewOnesByTheirCues(@TempDir Path dir) throws IOException {
        // Given a tiny CoNLL corpus (with Mr outside the name in one document, inside in the other)
        Path conll = dir.resolve("tiny.conll");
        Files.writeString(conll, CORPUS.replace("Mr X I-PER", "Mr X O"));

        // When a finder is trained on it, with no gazetteer
        StatisticalNames finder = new NameModelTrainer(20, 12, null).trainFinder(ConllCorpus.read(conll));

        // Then it tags what it was taught, and new names by the same cues
        List<EntityMention> seen = finder.tag("Tanaka said Mizuho Bank lent more in Kyoto.");
        assertThat(seen).extracting(EntityMention::text, EntityMention::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Tanaka", EntityType.PERSON),
                org.assertj.core.groups.Tuple.tuple("Mizuho Bank", EntityType.ORGANIZATION),
                org.assertj.core.groups.Tuple.tuple("Kyoto", EntityType.PLACE));
        List<EntityMention> fresh = finder.tag("Mr Dlamini arrived in Durban.");
        assertThat(fresh).extracting(EntityMention::text, EntityMention::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Dlamini", EntityType.PERSON),
                org.assertj.core.groups.Tuple.tuple("Durban", EntityType.PLACE));
    }

    @Test
    void theSameCorpusGivesTheSameModelAndTheFileReadsBackAsItWasWritten(@TempDir Path dir) throws IOException {
        // Given a tiny corpus trained twice, and the model written and read back
        Path conll = dir.resolve("tiny.conll");
        Files.writeString(conll, CORPUS);
        NameModelTrainer trainer = new NameModelTrainer(5, 12, null);
        Path a = dir.resolve("a.wwnf");
        Path b = dir.resolve("b.wwnf");
        trainer.train(conll, a);
        trainer.train(conll, b);
        NameModel trained = trainer.train(ConllCorpus.read(conll)).fixed();
        NameModel read = NameModel.read(a);

        // Then training is deterministic, and the read model scores exactly as the trained one
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        assertThat(read.bits()).isEqualTo(12);
        int[] features = {NameFeatures.of(2, 7), NameFeatures.of(7, 3), NameFeatures.of(1, 0)};
        float[] expected = new float[NameLabels.COUNT];
        float[] actual = new float[NameLabels.COUNT];
        trained.sum(features, features.length, expected, 0);
        read.sum(features, features.length, actual, 0);
        assertThat(actual).containsExactly(expected);
        float[] any = new float[NameLabels.COUNT];
        for (int f = 0; f < 4096; f++) {
            read.add(NameFeatures.of(2, f), any, 0);
        }
        assertThat(any).as("a trained model has nonzero weights").isNotEqualTo(new float[NameLabels.COUNT]);
    }

    @Test
    void aFileThatIsNoModelIsAClearError(@TempDir Path dir) throws IOException {
        Path junk = dir.resolve("junk.wwnf");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(junk))) {
            out.write(new byte[64]);
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> NameModel.read(junk))
                .hasMessageContaining("not a wirewatch name model");
    }
}
