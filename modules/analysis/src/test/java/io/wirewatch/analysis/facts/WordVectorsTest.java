package io.wirewatch.analysis.facts;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.analysis.entities.Gazetteer;
import org.junit.jupiter.api.Test;

class WordVectorsTest {

    private final WordVectors vectors = WordVectors.shipped();

    private double cosine(String a, String b) {
        return WordVectors.cosine(vectors.of(a).vector(), vectors.of(b).vector());
    }

    @Test
    void wordsForTheSameThingAreCloserThanUnrelatedWords() {
        assertThat(cosine("rose", "increased")).isGreaterThan(cosine("rose", "parliament"));
        assertThat(cosine("troops", "soldiers")).isGreaterThan(cosine("troops", "profits"));
        assertThat(vectors.of("rose").units()).hasSize(vectors.dims());
    }

    @Test
    void aWordOutsideTheVocabularyIsMadeOfItsPiecesAndAccentsAreDropped() {
        // Given words the vocabulary has only in pieces, or only without their accent
        WordVectors.Word pieces = vectors.of("denuclearisation");
        WordVectors.Word accented = vectors.of("café");

        // Then each still has a unit vector
        assertThat(pieces).isNotNull();
        assertThat(WordVectors.dot(pieces.vector(), pieces.vector())).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(cosine("café", "cafe")).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(accented.weight()).isBetween(0.0, 1.0);
        // And the commonest words weigh least
        assertThat(vectors.of("the").weight()).isLessThan(vectors.of("ceasefire").weight());
    }

    @Test
    void aRestatementInOtherWordsSharesMoreMeaningThanAnotherClaim() {
        ClaimSimilarity similarity = new ClaimSimilarity(Gazetteer.empty(), Restatements.FITTED);
        ClaimSimilarity.Claim known = similarity.claim("Consumer prices rose sharply in March.", null);
        ClaimSimilarity.Claim restated = similarity.claim("The cost of living increased steeply last month.", null);
        ClaimSimilarity.Claim other = similarity.claim("The football club sacked its manager.", null);

        assertThat(restated.meaning().similarity(known.meaning()))
                .isGreaterThan(other.meaning().similarity(known.meaning()));
    }
}
