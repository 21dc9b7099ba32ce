package io.wirewatch.model;

import java.util.Map;

/**
 * Compact fingerprints of an article, enough to judge copies and versions without its text.
 *
 * @param contentHash hex digest of the normalised text: equal means DUPLICATE
 * @param minHash     MinHash of word shingles: estimates verbatim overlap (COPY tier)
 * @param terms       content-word counts (stop words removed, normalised): story tier; held as
 *                    {@link SignatureTerms} (arrays with each term's id), written to JSON as any map
 */
public record Signature(String contentHash, int[] minHash, Map<String, Integer> terms) {

    public Signature {
        minHash = minHash == null ? new int[0] : minHash;
        terms = SignatureTerms.of(terms);
    }

    /** The terms as arrays with their ids (the same entries as {@link #terms()}). */
    public SignatureTerms termArrays() {
        return (SignatureTerms) terms;
    }
}
