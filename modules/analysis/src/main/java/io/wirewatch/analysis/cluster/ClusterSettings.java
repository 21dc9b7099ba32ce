package io.wirewatch.analysis.cluster;

import java.time.Duration;

/**
 * Thresholds of the cluster stage. Defaults are documented in config/wirewatch.yaml and
 * docs/quality.md with the measurements they come from.
 *
 * @param window                   how long a story stays open for new copies and versions
 * @param copyThreshold            estimated shingle Jaccard at or above which an article is a COPY
 * @param versionThreshold         story similarity at or above which a full-text article is a VERSION
 * @param headlineVersionThreshold the same for an article with (almost) no body, whose similarity
 *                                 is weighed differently (see {@code StorySimilarity})
 * @param maxCandidates            at most this many candidate stories are scored per article
 * @param mergeThreshold           IDF-weighted cosine of two stories' centroids at or above which
 *                                 they are merged when one article is a VERSION of both; above 1
 *                                 never merges
 */
public record ClusterSettings(Duration window, double copyThreshold, double versionThreshold,
                              double headlineVersionThreshold, int maxCandidates, double mergeThreshold) {

    public static final double DEFAULT_MERGE_THRESHOLD = 0.3;

    /** Settings with the default {@link #mergeThreshold()}. */
    public ClusterSettings(Duration window, double copyThreshold, double versionThreshold,
                           double headlineVersionThreshold, int maxCandidates) {
        this(window, copyThreshold, versionThreshold, headlineVersionThreshold, maxCandidates, DEFAULT_MERGE_THRESHOLD);
    }

    public static ClusterSettings defaults() {
        return new ClusterSettings(Duration.ofHours(72), 0.5, 0.5, 0.22, 30, DEFAULT_MERGE_THRESHOLD);
    }

    /** The VERSION threshold that applies to an article. */
    double versionThreshold(boolean headlineOnly) {
        return headlineOnly ? headlineVersionThreshold : versionThreshold;
    }
}
