package io.wirewatch.analysis.cluster;

import java.time.Instant;
import java.util.ArrayList;
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
 *                      moment), pruned to the {@value #CENTROID_TERMS} terms that weigh most
 *                      with IDF, heaviest first; held as a {@link Centroid} (arrays), written
 *                      to JSON as any map
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
    StorySummary with(String articleId, Instant published, TermWeights unitTerms,
                      List<String> articleHeadlineTerms, List<String> articleEntities, int[] minHash, Idf idf) {
        Centroid old = centroidVector();
        TermWeights merged = new TermWeights(old.size() + unitTerms.size());
        double n = size;
        for (int j = 0; j < old.size(); j++) {
            merged.add(old.term(j), old.id(j), old.weight(j) * n / (n + 1));
        }
        for (int k = 0; k < unitTerms.size(); k++) {
            merged.add(unitTerms.term(k), unitTerms.id(k), unitTerms.weight(k) / (n + 1));
        }
        Centroid pruned = Centroid.heaviest(merged, idf, CENTROID_TERMS);

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
                new ArrayList<>(ents), ms, norm(pruned, idf), anchors(pruned), mergedInto);
    }

    /** The centroid as arrays, for scoring (the same entries as {@link #centroid()}). */
    Centroid centroidVector() {
        return (Centroid) centroid;
    }

    /**
     * Reads the first cache line of each array that judging an article against this story walks
     * (centroid, members' MinHashes, headline terms, entities) and returns a meaningless sum:
     * done for all candidates before they are judged, the misses overlap instead of coming one
     * array after another.
     */
    long touch() {
        long sum = centroidVector().touch() + ((HashedTerms) headlineTerms).touch() + ((HashedTerms) entities).touch();
        for (int i = 0; i < members.size(); i++) {
            int[] minHash = members.get(i).minHash();
            sum += minHash.length == 0 ? 0 : minHash[0];
        }
        return sum;
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
    StorySummary absorb(StorySummary other, Idf idf) {
        double total = size + other.size;
        Centroid mine = centroidVector();
        Centroid theirs = other.centroidVector();
        TermWeights merged = new TermWeights(mine.size() + theirs.size());
        for (int j = 0; j < mine.size(); j++) {
            merged.add(mine.term(j), mine.id(j), mine.weight(j) * size / total);
        }
        for (int j = 0; j < theirs.size(); j++) {
            merged.add(theirs.term(j), theirs.id(j), theirs.weight(j) * other.size / total);
        }
        Centroid pruned = Centroid.heaviest(merged, idf, CENTROID_TERMS);
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
                new ArrayList<>(ents), ms, norm(pruned, idf), anchors(pruned), null);
    }

    /** This story, absorbed by {@code survivor}: kept only so that its keys lead there. */
    StorySummary mergedInto(String survivor) {
        return new StorySummary(id, headline, firstSeen, lastSeen, size, centroid, headlineTerms, entities, members,
                norm, anchors, survivor);
    }

    /** A new story of one article. */
    static StorySummary start(String id, String headline, String articleId, Instant published,
                              TermWeights unitTerms, List<String> articleHeadlineTerms,
                              List<String> articleEntities, int[] minHash, Idf idf) {
        List<String> titles = articleHeadlineTerms.size() > HEADLINE_TERMS
                ? articleHeadlineTerms.subList(0, HEADLINE_TERMS) : articleHeadlineTerms;
        List<String> ents = articleEntities.size() > ENTITIES ? articleEntities.subList(0, ENTITIES) : articleEntities;
        Centroid centroid = Centroid.heaviest(unitTerms, idf, CENTROID_TERMS);
        return new StorySummary(id, headline, published, published, 1, centroid, titles, ents,
                List.of(new Member(articleId, minHash)), norm(centroid, idf), anchors(centroid), null);
    }

    /** The L2 norm of the centroid weighted by idf, summed in the centroid's order. */
    private static double norm(Centroid centroid, Idf idf) {
        double sum = 0;
        for (int j = 0; j < centroid.size(); j++) {
            double w = centroid.weight(j) * idf.of(centroid.id(j));
            sum += w * w;
        }
        return Math.sqrt(sum);
    }

    /**
     * The {@value #ANCHORS} terms heaviest by centroid weight times idf, heaviest first (ties by
     * term): the first of a centroid {@link Centroid#heaviest} made, which ranks its terms so.
     */
    private static List<String> anchors(Centroid heaviestFirst) {
        List<String> out = new ArrayList<>(ANCHORS);
        for (int j = 0; j < heaviestFirst.size() && j < ANCHORS; j++) {
            out.add(heaviestFirst.term(j));
        }
        return out;
    }
}
