package io.wirewatch.analysis.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConllCorpusTest {

    @Test
    void readsIob1NamesDocumentsAndSentences(@TempDir Path dir) throws IOException {
        // Given two documents in the CoNLL-2003 format, one with two adjacent names of one type (B-)
        Path file = dir.resolve("x.conll");
        Files.writeString(file, """
                -DOCSTART- -X- -X- O

                EU NNP I-NP I-ORG
                rejects VBZ I-VP O
                German JJ I-NP I-MISC
                call NN I-NP O
                . . O O

                -DOCSTART- -X- -X- O

                Peter NNP I-NP I-PER
                Blackburn NNP I-NP I-PER
                told VBD I-VP O
                Paris NNP I-NP I-LOC
                Lyon NNP I-NP B-LOC
                """);

        // When it is read
        List<ConllCorpus.Document> docs = ConllCorpus.read(file);

        // Then names span their words and B- splits adjacent names
        assertThat(docs).hasSize(2);
        assertThat(docs.get(0).sentences().get(0).names()).containsExactly(
                new ConllCorpus.Name(0, 1, "ORG"), new ConllCorpus.Name(2, 3, "MISC"));
        assertThat(docs.get(1).sentences().get(0).tokens()).containsExactly("Peter", "Blackburn", "told", "Paris", "Lyon");
        assertThat(docs.get(1).sentences().get(0).names()).containsExactly(
                new ConllCorpus.Name(0, 2, "PER"), new ConllCorpus.Name(3, 4, "LOC"), new ConllCorpus.Name(4, 5, "LOC"));
    }

    @Test
    void aLineWithoutATagIsAClearError(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.conll");
        Files.writeString(file, "Peter I-PER\nBlackburn\n");
        assertThatThrownBy(() -> ConllCorpus.read(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("line 2");
    }

    @Test
    void iob2TagsToo() {
        assertThat(ConllCorpus.names(List.of("B-PER", "I-PER", "B-PER", "O", "B-LOC")))
                .containsExactly(new ConllCorpus.Name(0, 2, "PER"), new ConllCorpus.Name(2, 3, "PER"),
                        new ConllCorpus.Name(4, 5, "LOC"));
    }
}
