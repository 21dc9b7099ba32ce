package io.wirewatch.analysis.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * When one article is a VERSION of several stories, whether those stories are one: an online
 * clusterer that never merges splits a story whose first articles were diverse into fragments
 * (a talk's quotes in one story, the reactions to it in another), and each later article can only
 * join one of them. Two stories the same article belongs to, whose centroids also agree (IDF-weighted
 * cosine at or above {@link ClusterSettings#mergeThreshold()}), are merged. The article alone is
 * not enough: a headline naming two people can be a VERSION of a story about each.
 *
 * <p>In: the best-scoring story and every story that scored at or above the VERSION threshold.
 * Out: the survivor (the largest of the merged stories, then the oldest, then the smallest id, so
 * the outcome is deterministic and the story people already follow keeps its id) and the stories
 * it absorbs, if any.
 *
 * @param survivor the story the article joins
 * @param absorbed the stories merged into it, empty when nothing merges
 */
record StoryMerge(StorySummary survivor, List<StorySummary> absorbed) {

    static final Comparator<StorySummary> SURVIVOR_FIRST = Comparator.comparingInt(StorySummary::size).reversed()
            .thenComparing(StorySummary::firstSeen).thenComparing(StorySummary::id);

    static StoryMerge of(StorySummary best, List<StorySummary> claimants, Idf idf, double mergeThreshold) {
        List<StorySummary> group = new ArrayList<>(claimants.size());
        group.add(best);
        for (StorySummary s : claimants) {
            if (!s.id().equals(best.id()) && StorySimilarity.storyCosine(best, s, idf) >= mergeThreshold) {
                group.add(s);
            }
        }
        if (group.size() == 1) {
            return new StoryMerge(best, List.of());
        }
        group.sort(SURVIVOR_FIRST);
        return new StoryMerge(group.get(0), List.copyOf(group.subList(1, group.size())));
    }
}
