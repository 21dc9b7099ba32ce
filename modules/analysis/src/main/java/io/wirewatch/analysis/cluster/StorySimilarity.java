package io.wirewatch.analysis.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The VERSION tier: how strongly an article belongs to a story, from its profile and the story's
 * summary. Three signals, because each alone fails somewhere:
 * <ul>
 *   <li>TF-IDF cosine of the article's terms against the story centroid: the main signal
 *       (content-word overlap survives rewriting, where shingles do not);</li>
 *   <li>entity overlap, IDF-weighted: share of the article's entity weight the story mentions
 *       too (stories on the same people can still differ, so this only supports);</li>
 *   <li>headline overlap: share of the article's headline terms in the story's headlines.</li>
 * </ul>
 * The weighted sum is scaled down for a story last seen long before (or first seen long after)
 * the article: a day apart costs nothing, a full window 25%.
 */
final class StorySimilarity {

    static final double COSINE_WEIGHT = 0.65;
    static final double ENTITY_WEIGHT = 0.15;
    static final double HEADLINE_WEIGHT = 0.2;
    static final Duration GRACE = Duration.ofHours(24);
    static final double MAX_TIME_PENALTY = 0.25;

    /** The parts of one score, kept for explanations and tuning. */
    record Score(double total, double cosine, double entities, double headline, double timeFactor) {
    }

    private StorySimilarity() {
    }

    static Score score(ArticleProfile a, StorySummary s, Idf idf, Duration window) {
        double cosine = cosine(a, s.centroid(), idf);
        double entities = entityOverlap(a, s, idf);
        double headline = headlineOverlap(a, s);
        double time = timeFactor(a.published(), s, window);
        double total = (COSINE_WEIGHT * cosine + ENTITY_WEIGHT * entities + HEADLINE_WEIGHT * headline) * time;
        return new Score(total, cosine, entities, headline, time);
    }

    static double cosine(ArticleProfile a, Map<String, Double> centroid, Idf idf) {
        if (a.norm() == 0 || centroid.isEmpty()) {
            return 0;
        }
        double dot = 0;
        double storyNorm = 0;
        for (Map.Entry<String, Double> e : centroid.entrySet()) {
            double w = e.getValue() * idf.of(e.getKey());
            storyNorm += w * w;
            Double aw = a.tfidf().get(e.getKey());
            if (aw != null) {
                dot += aw * w;
            }
        }
        return storyNorm == 0 ? 0 : dot / (a.norm() * Math.sqrt(storyNorm));
    }

    static double entityOverlap(ArticleProfile a, StorySummary s, Idf idf) {
        if (a.entities().isEmpty() || s.entities().isEmpty()) {
            return 0;
        }
        Set<String> story = new HashSet<>(s.entities());
        double shared = 0;
        double all = 0;
        for (String e : a.entities()) {
            double w = idf.of(Idf.entityTerm(e));
            all += w;
            if (story.contains(e)) {
                shared += w;
            }
        }
        return all == 0 ? 0 : shared / all;
    }

    static double headlineOverlap(ArticleProfile a, StorySummary s) {
        if (a.headlineTerms().isEmpty() || s.headlineTerms().isEmpty()) {
            return 0;
        }
        Set<String> story = new HashSet<>(s.headlineTerms());
        int shared = 0;
        for (String t : a.headlineTerms()) {
            if (story.contains(t)) {
                shared++;
            }
        }
        return (double) shared / a.headlineTerms().size();
    }

    static double timeFactor(Instant published, StorySummary s, Duration window) {
        long gap;
        if (published.isAfter(s.lastSeen())) {
            gap = Duration.between(s.lastSeen(), published).toMillis();
        } else if (published.isBefore(s.firstSeen())) {
            gap = Duration.between(published, s.firstSeen()).toMillis();
        } else {
            return 1.0;
        }
        long grace = GRACE.toMillis();
        long span = Math.max(1, window.toMillis() - grace);
        if (gap <= grace) {
            return 1.0;
        }
        double over = Math.min(1.0, (double) (gap - grace) / span);
        return 1.0 - MAX_TIME_PENALTY * over;
    }
}
