package io.wirewatch.app.config;

import io.wirewatch.analysis.cluster.ClusterSettings;
import java.time.Duration;
import java.util.List;

/**
 * Thresholds of the cluster stage; missing values take {@link ClusterSettings#defaults()}.
 *
 * @param window           how long a story stays open (default 72 hours)
 * @param copyThreshold    estimated shingle Jaccard for a COPY
 * @param versionThreshold story similarity for a VERSION (full text)
 * @param headlineVersionThreshold story similarity for a VERSION (headline only, no body)
 * @param maxCandidates    candidate stories scored per article
 * @param mergeThreshold   centroid similarity at which two stories one article joins are merged
 */
public record ClusteringSection(Duration window, Double copyThreshold, Double versionThreshold,
                                Double headlineVersionThreshold, Integer maxCandidates, Double mergeThreshold) {

    public ClusterSettings toSettings() {
        ClusterSettings d = ClusterSettings.defaults();
        return new ClusterSettings(window == null ? d.window() : window,
                copyThreshold == null ? d.copyThreshold() : copyThreshold,
                versionThreshold == null ? d.versionThreshold() : versionThreshold,
                headlineVersionThreshold == null ? d.headlineVersionThreshold() : headlineVersionThreshold,
                maxCandidates == null ? d.maxCandidates() : maxCandidates,
                mergeThreshold == null ? d.mergeThreshold() : mergeThreshold);
    }

    void check(List<String> problems) {
        ClusterSettings s = toSettings();
        if (s.window().isNegative() || s.window().isZero()) {
            problems.add("clustering.window must be positive, was " + s.window());
        }
        if (s.copyThreshold() <= 0 || s.copyThreshold() > 1) {
            problems.add("clustering.copyThreshold must be in (0, 1], was " + s.copyThreshold());
        }
        if (s.versionThreshold() <= 0 || s.versionThreshold() > 1) {
            problems.add("clustering.versionThreshold must be in (0, 1], was " + s.versionThreshold());
        }
        if (s.headlineVersionThreshold() <= 0 || s.headlineVersionThreshold() > 1) {
            problems.add("clustering.headlineVersionThreshold must be in (0, 1], was " + s.headlineVersionThreshold());
        }
        if (s.mergeThreshold() <= 0) {
            problems.add("clustering.mergeThreshold must be positive (above 1 never merges), was " + s.mergeThreshold());
        }
        if (s.maxCandidates() < 1) {
            problems.add("clustering.maxCandidates must be at least 1, was " + s.maxCandidates());
        }
    }
}
