package io.wirewatch.model;

import java.util.Map;

/**
 * Compact fingerprints of an article, enough to judge copies and versions without its text.
 *
 * @param contentHash hex digest of the normalised text: equal means DUPLICATE
 * @param minHash     MinHash of word shingles: estimates verbatim overlap (COPY tier)
 * @param terms       content-word counts (stop words removed, normalised): story tier
 */
public record Signature(String contentHash, int[] minHash, Map<String, Integer> terms) {

    public Signature {
        minHash = minHash == null ? new int[0] : minHash;
        terms = terms == null ? Map.of() : Map.copyOf(terms);
    }
}
