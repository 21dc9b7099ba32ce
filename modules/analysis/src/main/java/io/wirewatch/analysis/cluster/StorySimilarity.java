package io.wirewatch.analysis.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The VERSION tier: how strongly an article belongs to a story, from its profile and the story's
 * summary. Four signals, because each alone fails somewhere:
 * <ul>
 *   <li>TF-IDF cosine of the article's terms against the story centroid: the main signal for
 *       full texts (content-word overlap survives rewriting, where shingles do not);</li>
 *   <li>entity overlap, IDF-weighted: share of the article's entity weight the story mentions
 *       too (stories on the same people can still differ, so this only supports);</li>
 *   <li>headline overlap: share of the article's headline terms in the story's headlines;</li>
 *   <li>anchor coverage: share of the story's {@value StorySummary#ANCHORS} heaviest terms
 *       (IDF-weighted) the article names. A headline names a story by one or two rare words
 *       ("Snowden", "Titanfall") and little else, so its cosine with a story of a hundred
 *       headlines is small even when it plainly belongs.</li>
 * </ul>
 * Full texts and headline-only articles get different weights ({@link Weights}), each tuned on
 * real data (docs/quality.md). The weighted sum is scaled down for a story last seen long before
 * (or first seen long after) the article: a day apart costs nothing, a full window 25%.
 *
 * <p>Cost: the story side is precomputed in its summary (IDF-weighted norm, anchors), so a
 * candidate costs one centroid lookup per article term, not one document-frequency lookup per
 * story term.
 */
final class StorySimilarity {

    /**
     * Weights of the four signals; each set sums to 1.
     */
    record Weights(double cosine, double entities, double headline, double anchors) {
    }

    /** Full texts: content words decide (the seed pair scores 0.57-0.64, a same-entity other event 0.30-0.33). */
    static final Weights FULL_TEXT = new Weights(0.65, 0.15, 0.2, 0.0);
    /** Headlines and teasers: the story's anchor words decide (tuned on stories-uci-dev). */
    static final Weights HEADLINE_ONLY = new Weights(0.3, 0.1, 0.1, 0.5);

    static final Duration GRACE = Duration.ofHours(24);
    static final double MAX_TIME_PENALTY = 0.25;

    /** The parts of one score, kept for explanations and tuning. */
    record Score(double total, double cosine, double entities, double headline, double anchors, double timeFactor) {
    }

    private StorySimilarity() {
    }

    static Score score(ArticleProfile a, StorySummary s, Idf idf, Duration window) {
        Weights w = a.headlineOnly() ? HEADLINE_ONLY : FULL_TEXT;
        double cosine = cosine(a, s, idf);
        double entities = entityOverlap(a, s);
        double headline = headlineOverlap(a, s);
        double anchors = w.anchors() == 0 ? 0 : anchorCoverage(a, s, idf);
        double time = timeFactor(a.published(), s, window);
        double total = (w.cosine() * cosine + w.entities() * entities + w.headline() * headline
                + w.anchors() * anchors) * time;
        return new Score(total, cosine, entities, headline, anchors, time);
    }

    /**
     * Cosine of the article's TF-IDF vector with the story centroid weighted by IDF. The dot
     * product uses today's IDF of the shared terms; the story's norm is the one stored at its
     * last update (IDF moves slowly; recomputing it would cost a lookup per story term).
     *
     * <p>The centroid's arrays are walked and each term looked up among the article's by its
     * stored id (a long compared for the usual miss, the term's string untouched), rather than
     * each article term looked up in the centroid map (a string comparison per probe); the shared
     * terms are then summed in the article's term order, the order the products were always
     * added in.
     */
    static double cosine(ArticleProfile a, StorySummary s, Idf idf) {
        Centroid centroid = s.centroidVector();
        if (a.norm() == 0 || centroid.isEmpty()) {
            return 0;
        }
        double storyNorm = s.norm() > 0 ? s.norm() : norm(centroid, idf);
        double[] weights = a.vectorWeights();
        double[] idfs = a.vectorIdf();
        TermPositions positions = a.positions();
        double[] shared = new double[weights.length];
        boolean any = false;
        for (int j = 0, n = centroid.size(); j < n; j++) {
            int i = positions.of(centroid.id(j));
            if (i >= 0) {
                shared[i] = centroid.weight(j);
                any = true;
            }
        }
        if (!any) {
            return 0;
        }
        double dot = 0;
        for (int i = 0; i < weights.length; i++) {
            if (shared[i] != 0) {
                dot += weights[i] * shared[i] * idfs[i];
            }
        }
        return storyNorm == 0 ? 0 : Math.min(1.0, dot / (a.norm() * storyNorm));
    }

    /**
     * IDF-weighted cosine of two stories' centroids: whether two stories are about the same
     * thing, judged on everything their articles said rather than on one article.
     */
    static double storyCosine(StorySummary a, StorySummary b, Idf idf) {
        Centroid small = a.centroid().size() <= b.centroid().size() ? a.centroidVector() : b.centroidVector();
        Centroid large = small == a.centroid() ? b.centroidVector() : a.centroidVector();
        double normA = a.norm() > 0 ? a.norm() : norm(a.centroidVector(), idf);
        double normB = b.norm() > 0 ? b.norm() : norm(b.centroidVector(), idf);
        if (normA == 0 || normB == 0) {
            return 0;
        }
        double dot = 0;
        for (int j = 0; j < small.size(); j++) {
            int other = large.positionOf(small.id(j));
            if (other >= 0) {
                double w = idf.of(small.id(j));
                dot += small.weight(j) * large.weight(other) * w * w;
            }
        }
        return Math.min(1.0, dot / (normA * normB));
    }

    private static double norm(Centroid centroid, Idf idf) {
        double sum = 0;
        for (int j = 0; j < centroid.size(); j++) {
            double w = centroid.weight(j) * idf.of(centroid.id(j));
            sum += w * w;
        }
        return Math.sqrt(sum);
    }

    static double anchorCoverage(ArticleProfile a, StorySummary s, Idf idf) {
        double all = 0;
        double shared = 0;
        for (String t : s.anchors()) {
            Double c = s.centroid().get(t);
            if (c == null) {
                continue;
            }
            double w = c * idf.of(t);
            all += w;
            if (a.hasVectorTerm(t)) {
                shared += w;
            }
        }
        return all == 0 ? 0 : shared / all;
    }

    static double entityOverlap(ArticleProfile a, StorySummary s) {
        List<String> story = s.entities();
        if (a.entities().isEmpty() || story.isEmpty()) {
            return 0;
        }
        double shared = 0;
        double all = 0;
        List<String> entities = a.entities();
        double[] entityIdf = a.entityIdf();
        for (int i = 0; i < entities.size(); i++) {
            double w = entityIdf[i];
            all += w;
            if (contains(story, entities.get(i))) {
                shared += w;
            }
        }
        return all == 0 ? 0 : shared / all;
    }

    static double headlineOverlap(ArticleProfile a, StorySummary s) {
        List<String> story = s.headlineTerms();
        if (a.headlineTerms().isEmpty() || story.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String t : a.headlineTerms()) {
            if (contains(story, t)) {
                shared++;
            }
        }
        return (double) shared / a.headlineTerms().size();
    }

    /** {@code List.contains}: a summary's lists are {@link HashedTerms}, which settle a miss from their hash codes. */
    private static boolean contains(List<String> strings, String s) {
        return strings.contains(s);
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
