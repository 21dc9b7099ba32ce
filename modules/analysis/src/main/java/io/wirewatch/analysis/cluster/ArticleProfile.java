package io.wirewatch.analysis.cluster;

import io.wirewatch.analysis.text.ContentHash;
import io.wirewatch.analysis.text.MinHasher;
import io.wirewatch.analysis.text.Terms;
import io.wirewatch.model.Article;
import io.wirewatch.model.EntityMention;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the cluster stage sees of one prepared article: its signature turned into weighted
 * vectors (with the document frequencies of the moment), its entities and headline terms, and
 * the candidate keys it is found and filed under. Built once per article.
 *
 * @param tfidf         sublinear tf times idf, the {@value #VECTOR_TERMS} heaviest terms
 * @param vectorTerms   the terms of {@code tfidf} as an array, heaviest first (the scoring loop)
 * @param vectorWeights their tf-idf weights
 * @param vectorIdf     their idf
 * @param norm          L2 norm of {@code tfidf}
 * @param unitTerms     sublinear tf, L2-normalised, without idf (what a centroid averages)
 * @param headlineTerms distinct terms of the headline
 * @param entities      distinct canonical entities, most mentioned first
 * @param dfTerms       what the article counts into document frequencies: its distinct terms
 *                      and its entities as "@name"
 * @param keys          candidate keys: LSH bands, rarest entities, heaviest terms
 * @param headlineOnly  the article has (almost) no body: a headline, a teaser; its evidence is
 *                      a handful of words, judged by {@link StorySimilarity}'s headline weights
 */
record ArticleProfile(
        String id,
        Instant published,
        String contentHash,
        int[] minHash,
        Map<String, Double> tfidf,
        String[] vectorTerms,
        double[] vectorWeights,
        double[] vectorIdf,
        double norm,
        Map<String, Double> unitTerms,
        List<String> headlineTerms,
        List<String> entities,
        List<String> dfTerms,
        List<String> keys,
        boolean headlineOnly) {

    static final int VECTOR_TERMS = 100;
    static final int TERM_KEYS = 10;
    static final int ENTITY_KEYS = 8;

    static ArticleProfile of(Article article, Idf idf) {
        Map<String, Integer> counts = article.signature().terms();
        List<Map.Entry<String, Double>> weighted = new ArrayList<>(counts.size());
        Map<String, Double> unit = new HashMap<>();
        double unitNorm = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            double tf = 1 + Math.log(e.getValue());
            unit.put(e.getKey(), tf);
            unitNorm += tf * tf;
            weighted.add(Map.entry(e.getKey(), tf * idf.of(e.getKey())));
        }
        unitNorm = Math.sqrt(unitNorm);
        if (unitNorm > 0) {
            for (Map.Entry<String, Double> e : unit.entrySet()) {
                e.setValue(e.getValue() / unitNorm);
            }
        }
        weighted.sort(Comparator.<Map.Entry<String, Double>>comparingDouble(e -> -e.getValue())
                .thenComparing(Map.Entry::getKey));
        int n = Math.min(weighted.size(), VECTOR_TERMS);
        Map<String, Double> tfidf = new LinkedHashMap<>(n * 2);
        String[] vectorTerms = new String[n];
        double[] vectorWeights = new double[n];
        double[] vectorIdf = new double[n];
        double norm = 0;
        for (int i = 0; i < n; i++) {
            Map.Entry<String, Double> e = weighted.get(i);
            tfidf.put(e.getKey(), e.getValue());
            vectorTerms[i] = e.getKey();
            vectorWeights[i] = e.getValue();
            vectorIdf[i] = idf.of(e.getKey());
            norm += e.getValue() * e.getValue();
        }
        norm = Math.sqrt(norm);

        Set<String> headline = new LinkedHashSet<>(Terms.terms(article.title() == null ? "" : article.title()));

        Map<String, Integer> entityCounts = new LinkedHashMap<>();
        for (EntityMention m : article.entities()) {
            entityCounts.merge(m.canonical(), 1, Integer::sum);
        }
        List<String> entities = new ArrayList<>(entityCounts.keySet());
        entities.sort(Comparator.<String>comparingInt(e -> -entityCounts.get(e)).thenComparing(e -> e));

        List<String> dfTerms = new ArrayList<>(counts.size() + entities.size());
        dfTerms.addAll(counts.keySet());
        for (String e : entities) {
            dfTerms.add(Idf.entityTerm(e));
        }

        List<String> keys = new ArrayList<>(MinHasher.BANDS + TERM_KEYS + ENTITY_KEYS);
        keys.addAll(MinHasher.bandKeys(article.signature().minHash()));
        List<String> rareEntities = new ArrayList<>(entities);
        rareEntities.sort(Comparator.<String>comparingDouble(e -> -idf.of(Idf.entityTerm(e))).thenComparing(e -> e));
        for (int i = 0; i < rareEntities.size() && i < ENTITY_KEYS; i++) {
            keys.add("e:" + rareEntities.get(i));
        }
        int termKeys = 0;
        for (String term : tfidf.keySet()) {
            if (termKeys++ >= TERM_KEYS) {
                break;
            }
            keys.add("t:" + term);
        }
        return new ArticleProfile(article.id(), article.published(), article.signature().contentHash(),
                article.signature().minHash(), tfidf, vectorTerms, vectorWeights, vectorIdf, norm, unit, new ArrayList<>(headline), entities, dfTerms, keys,
                isHeadlineOnly(article.text()));
    }

    /** Fewer words of body than {@link ContentHash#MIN_BODY_TOKENS}: too little to be judged as a text. */
    static boolean isHeadlineOnly(String text) {
        if (text == null) {
            return true;
        }
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord && ++words >= ContentHash.MIN_BODY_TOKENS) {
                return false;
            }
            inWord = letter;
        }
        return true;
    }
}
