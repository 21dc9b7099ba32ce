package io.wirewatch.analysis.cluster;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the cluster stage remembers of one story: a compact, bounded summary, never article text.
 * Stored as JSON in a state store ({@code Json.serde(StorySummary.class)}), so every field is a
 * plain JSON value.
 *
 * @param id            the story id
 * @param headline      the headline of the story's first article
 * @param firstSeen     publication time of its earliest article
 * @param lastSeen      publication time of its latest article
 * @param size          how many articles joined it (duplicates not counted)
 * @param centroid      mean of the members' unit term vectors (sublinear term frequency, no
 *                      IDF: IDF is applied when scoring, with the document frequencies of the
 *                      moment), pruned to the {@value #CENTROID_TERMS} terms that weigh most;
 *                      held as a {@link Centroid} (arrays), written to JSON as any map
 * @param headlineTerms terms of the members' headlines, at most {@value #HEADLINE_TERMS}
 * @param entities      canonical names of the entities its articles mention, at most
 *                      {@value #ENTITIES}, most mentioned first
 * @param members       fingerprints of its first article and its latest ones, at most
 *                      {@value #MEMBERS}, for the COPY tier
 * @param norm          L2 norm of the centroid weighted by IDF, as of the last update: scoring
 *                      then needs the IDF of the article's terms only, not of the story's
 * @param anchors       the {@value #ANCHORS} centroid terms that weigh most with IDF, heaviest
 *                      first, as of the last update: what a headline must name to belong
 * @param mergedInto    null while the story is live; once it was found to be part of another
 *                      story and {@linkplain #absorb absorbed} by it, that story's id: the
 *                      clusterer then routes whatever would join this story to the survivor
 */
public record StorySummary(
        String id,
        String headline,
        Instant firstSeen,
        Instant lastSeen,
        int size,
        Map<String, Double> centroid,
        List<String> headlineTerms,
        List<String> entities,
        List<Member> members,
        double norm,
        List<String> anchors,
        String mergedInto) {

    public static final int CENTROID_TERMS = 100;
    public static final int ANCHORS = 5;
    public static final int HEADLINE_TERMS = 40;
    public static final int ENTITIES = 40;
    public static final int MEMBERS = 16;

    /**
     * One article's copy fingerprint.
     *
     * @param articleId the article
     * @param minHash   its shingle MinHash
     */
    public record Member(String articleId, int[] minHash) {
    }

    public StorySummary {
        centroid = Centroid.of(centroid);
        headlineTerms = HashedTerms.of(headlineTerms);
        entities = HashedTerms.of(entities);
        members = members == null ? List.of() : List.copyOf(members);
        anchors = anchors == null ? List.of() : List.copyOf(anchors);
    }

    /**
     * This story with one more article.
     *
     * @param unitTerms the article's unit term vector (sublinear tf, L2-normalised)
     * @param idf       current inverse document frequency of a term, used only to prune
     */
    StorySummary with(String articleId, Instant published, Map<String, Double> unitTerms,
                      List<String> articleHeadlineTerms, List<String> articleEntities, int[] minHash,
                      java.util.function.ToDoubleFunction<String> idf) {
        Map<String, Double> merged = new HashMap<>();
        double n = size;
        for (Map.Entry<String, Double> e : centroid.entrySet()) {
            merged.put(e.getKey(), e.getValue() * n / (n + 1));
        }
        for (Map.Entry<String, Double> e : unitTerms.entrySet()) {
            merged.merge(e.getKey(), e.getValue() / (n + 1), Double::sum);
        }
        Map<String, Double> pruned = prune(merged, idf);

        Set<String> titles = new LinkedHashSet<>(headlineTerms);
        for (String t : articleHeadlineTerms) {
            if (titles.size() >= HEADLINE_TERMS) {
                break;
            }
            titles.add(t);
        }
        Set<String> ents = new LinkedHashSet<>(entities);
        for (String e : articleEntities) {
            if (ents.size() >= ENTITIES) {
                break;
            }
            ents.add(e);
        }
        List<Member> ms = new ArrayList<>(members);
        ms.add(new Member(articleId, minHash));
        if (ms.size() > MEMBERS) {
            ms.remove(1); // keep the first article, drop the oldest of the rest
        }
        Instant first = published.isBefore(firstSeen) ? published : firstSeen;
        Instant last = published.isAfter(lastSeen) ? published : lastSeen;
        return new StorySummary(id, headline, first, last, size + 1, pruned, new ArrayList<>(titles),
                new ArrayList<>(ents), ms, norm(pruned, idf), anchors(pruned, idf), mergedInto);
    }

    /** The centroid as arrays, for scoring (the same entries as {@link #centroid()}). */
    Centroid centroidVector() {
        return (Centroid) centroid;
    }

    /** Whether articles may still join this story itself (it was not merged into another). */
    public boolean live() {
        return mergedInto == null;
    }

    /**
     * This story with another one folded in, found later to be the same story: the centroid is the
     * size-weighted mean of both, headline terms and entities are united (this story's first),
     * the member fingerprints keep this story's first article, then the newest of both.
     *
     * @param other the absorbed story (its own summary stays behind, {@link #mergedInto} this one)
     * @param idf   current inverse document frequency of a term, used only to prune
     */
    StorySummary absorb(StorySummary other, java.util.function.ToDoubleFunction<String> idf) {
        double total = size + other.size;
        Map<String, Double> merged = new HashMap<>();
        for (Map.Entry<String, Double> e : centroid.entrySet()) {
            merged.put(e.getKey(), e.getValue() * size / total);
        }
        for (Map.Entry<String, Double> e : other.centroid.entrySet()) {
            merged.merge(e.getKey(), e.getValue() * other.size / total, Double::sum);
        }
        Map<String, Double> pruned = prune(merged, idf);
        Set<String> titles = new LinkedHashSet<>(headlineTerms);
        for (String t : other.headlineTerms) {
            if (titles.size() >= HEADLINE_TERMS) {
                break;
            }
            titles.add(t);
        }
        Set<String> ents = new LinkedHashSet<>(entities);
        for (String e : other.entities) {
            if (ents.size() >= ENTITIES) {
                break;
            }
            ents.add(e);
        }
        List<Member> ms = new ArrayList<>(members);
        ms.addAll(other.members);
        while (ms.size() > MEMBERS) {
            ms.remove(1);
        }
        Instant first = other.firstSeen.isBefore(firstSeen) ? other.firstSeen : firstSeen;
        Instant last = other.lastSeen.isAfter(lastSeen) ? other.lastSeen : lastSeen;
        return new StorySummary(id, headline, first, last, size + other.size, pruned, new ArrayList<>(titles),
                new ArrayList<>(ents), ms, norm(pruned, idf), anchors(pruned, idf), null);
    }

    /** This story, absorbed by {@code survivor}: kept only so that its keys lead there. */
    StorySummary mergedInto(String survivor) {
        return new StorySummary(id, headline, firstSeen, lastSeen, size, centroid, headlineTerms, entities, members,
                norm, anchors, survivor);
    }

    /** A new story of one article. */
    static StorySummary start(String id, String headline, String articleId, Instant published,
                              Map<String, Double> unitTerms, List<String> articleHeadlineTerms,
                              List<String> articleEntities, int[] minHash,
                              java.util.function.ToDoubleFunction<String> idf) {
        List<String> titles = articleHeadlineTerms.size() > HEADLINE_TERMS
                ? articleHeadlineTerms.subList(0, HEADLINE_TERMS) : articleHeadlineTerms;
        List<String> ents = articleEntities.size() > ENTITIES ? articleEntities.subList(0, ENTITIES) : articleEntities;
        Map<String, Double> centroid = prune(unitTerms, idf);
        return new StorySummary(id, headline, published, published, 1, centroid, titles, ents,
                List.of(new Member(articleId, minHash)), norm(centroid, idf), anchors(centroid, idf), null);
    }

    private static double norm(Map<String, Double> centroid, java.util.function.ToDoubleFunction<String> idf) {
        double sum = 0;
        for (Map.Entry<String, Double> e : centroid.entrySet()) {
            double w = e.getValue() * idf.applyAsDouble(e.getKey());
            sum += w * w;
        }
        return Math.sqrt(sum);
    }

    /**
     * The {@value #ANCHORS} terms heaviest by centroid weight times idf, heaviest first (ties by
     * term). Picked by insertion into a short ranked array rather than by sorting the whole
     * centroid: the same terms in the same order, at a fraction of the comparisons.
     */
    private static List<String> anchors(Map<String, Double> centroid, java.util.function.ToDoubleFunction<String> idf) {
        Ranked[] top = new Ranked[ANCHORS];
        int held = 0;
        for (Map.Entry<String, Double> e : centroid.entrySet()) {
            Ranked r = new Ranked(e.getKey(), e.getValue(), e.getValue() * idf.applyAsDouble(e.getKey()));
            if (held == ANCHORS && Ranked.HEAVIEST_FIRST.compare(r, top[held - 1]) >= 0) {
                continue;
            }
            int at = held < ANCHORS ? held++ : held - 1;
            while (at > 0 && Ranked.HEAVIEST_FIRST.compare(r, top[at - 1]) < 0) {
                top[at] = top[at - 1];
                at--;
            }
            top[at] = r;
        }
        List<String> out = new ArrayList<>(ANCHORS);
        for (int i = 0; i < held; i++) {
            out.add(top[i].term());
        }
        return out;
    }

    /**
     * The {@value #CENTROID_TERMS} terms heaviest by weight times idf (ties by term), or the
     * terms themselves when there are no more. Each term's rank is computed once, not on every
     * comparison of the sort.
     */
    private static Map<String, Double> prune(Map<String, Double> terms, java.util.function.ToDoubleFunction<String> idf) {
        if (terms.size() <= CENTROID_TERMS) {
            return terms;
        }
        Ranked[] ranked = new Ranked[terms.size()];
        int k = 0;
        for (Map.Entry<String, Double> e : terms.entrySet()) {
            ranked[k++] = new Ranked(e.getKey(), e.getValue(), e.getValue() * idf.applyAsDouble(e.getKey()));
        }
        java.util.Arrays.sort(ranked, Ranked.HEAVIEST_FIRST);
        // A default HashMap filled heaviest first, as always: later sums over the centroid follow
        // its iteration order, so its shape is kept for bit-identical norms.
        Map<String, Double> out = new HashMap<>();
        for (int i = 0; i < CENTROID_TERMS; i++) {
            out.put(ranked[i].term(), ranked[i].weight());
        }
        return out;
    }

    /** A centroid term with its weight and its rank (weight times idf). */
    private record Ranked(String term, double weight, double rank) {
        static final Comparator<Ranked> HEAVIEST_FIRST = (x, y) -> {
            int c = Double.compare(-x.rank, -y.rank);
            return c != 0 ? c : x.term.compareTo(y.term);
        };
    }
}
