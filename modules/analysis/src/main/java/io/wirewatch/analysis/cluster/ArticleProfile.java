package io.wirewatch.analysis.cluster;

import io.wirewatch.analysis.text.ContentHash;
import io.wirewatch.analysis.text.MinHasher;
import io.wirewatch.analysis.text.Terms;
import io.wirewatch.model.Article;
import io.wirewatch.model.EntityMention;
import io.wirewatch.model.SignatureTerms;
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
 * @param minHash       the article's shingle MinHash (COPY tier)
 * @param vectorTerms   the {@value #VECTOR_TERMS} terms heaviest by sublinear tf times idf,
 *                      heaviest first (ties by term): the article's TF-IDF vector, which the
 *                      scoring loop walks as arrays
 * @param vectorWeights their tf-idf weights
 * @param vectorIdf     their idf
 * @param positions     where each vector term sits in {@code vectorTerms}, to look terms (or
 *                      their ids) up
 * @param norm          L2 norm of the tf-idf vector
 * @param unitTerms     sublinear tf, L2-normalised, without idf (what a centroid averages), in
 *                      the signature's order
 * @param headlineTerms distinct terms of the headline
 * @param entities      distinct canonical entities, most mentioned first
 * @param entityIdf     their idf (as "@name"), looked up once rather than once per candidate
 * @param dfIds         what the article counts into document frequencies: the ids of its
 *                      distinct terms and of its entities as "@name"
 * @param keys          candidate keys: LSH bands, rarest entities, heaviest terms
 * @param keyIds        their numbers ({@link TermCounts#id}), what the in-memory index finds them by
 * @param headlineOnly  the article has (almost) no body: a headline, a teaser; its evidence is
 *                      a handful of words, judged by {@link StorySimilarity}'s headline weights
 */
record ArticleProfile(
        String id,
        Instant published,
        String contentHash,
        int[] minHash,
        String[] vectorTerms,
        double[] vectorWeights,
        double[] vectorIdf,
        TermPositions positions,
        double norm,
        TermWeights unitTerms,
        List<String> headlineTerms,
        List<String> entities,
        double[] entityIdf,
        long[] dfIds,
        List<String> keys,
        long[] keyIds,
        boolean headlineOnly) {

    static final int VECTOR_TERMS = 100;
    static final int TERM_KEYS = 10;
    static final int ENTITY_KEYS = 8;

    static ArticleProfile of(Article article, Idf idf) {
        SignatureTerms counts = article.signature().termArrays();
        int distinct = counts.size();
        String[] terms = new String[distinct];
        double[] tfs = new double[distinct];
        double[] weights = new double[distinct];
        double[] idfs = new double[distinct];
        long[] termIds = new long[distinct];
        for (int k = 0; k < distinct; k++) {
            termIds[k] = counts.id(k);
        }
        idf.prefetch(termIds, distinct);
        double unitNorm = 0;
        for (int k = 0; k < distinct; k++) {
            double tf = 1 + Math.log(counts.count(k));
            long id = termIds[k];
            double termIdf = idf.of(id);
            terms[k] = counts.term(k);
            tfs[k] = tf;
            weights[k] = tf * termIdf;
            idfs[k] = termIdf;
            unitNorm += tf * tf;
        }
        unitNorm = Math.sqrt(unitNorm);
        TermWeights unit = new TermWeights(distinct);
        for (int i = 0; i < distinct; i++) {
            unit.add(terms[i], termIds[i], unitNorm > 0 ? tfs[i] / unitNorm : tfs[i]);
        }
        int[] heaviest = Heaviest.first(weights, terms, distinct, VECTOR_TERMS);
        int n = heaviest.length;
        String[] vectorTerms = new String[n];
        long[] vectorIds = new long[n];
        double[] vectorWeights = new double[n];
        double[] vectorIdf = new double[n];
        double norm = 0;
        for (int i = 0; i < n; i++) {
            int k = heaviest[i];
            vectorTerms[i] = terms[k];
            vectorIds[i] = termIds[k];
            vectorWeights[i] = weights[k];
            vectorIdf[i] = idfs[k];
            norm += vectorWeights[i] * vectorWeights[i];
        }
        norm = Math.sqrt(norm);

        Set<String> headline = new LinkedHashSet<>(Terms.terms(article.title() == null ? "" : article.title()));

        Map<String, Integer> entityCounts = new LinkedHashMap<>();
        for (EntityMention m : article.entities()) {
            entityCounts.merge(m.canonical(), 1, Integer::sum);
        }
        List<String> entities = new ArrayList<>(entityCounts.keySet());
        entities.sort(Comparator.<String>comparingInt(e -> -entityCounts.get(e)).thenComparing(e -> e));

        double[] entityIdf = new double[entities.size()];
        long[] dfIds = java.util.Arrays.copyOf(termIds, distinct + entities.size());
        for (int i = 0; i < entities.size(); i++) {
            long id = TermCounts.id(Idf.entityTerm(entities.get(i)));
            dfIds[distinct + i] = id;
            entityIdf[i] = idf.of(id);
        }

        List<String> keys = new ArrayList<>(MinHasher.BANDS + TERM_KEYS + ENTITY_KEYS);
        keys.addAll(MinHasher.bandKeys(article.signature().minHash()));
        List<String> rareEntities = new ArrayList<>(entities);
        Map<String, Double> entityWeights = new HashMap<>();
        for (int i = 0; i < entities.size(); i++) {
            entityWeights.put(entities.get(i), entityIdf[i]);
        }
        rareEntities.sort(Comparator.<String>comparingDouble(e -> -entityWeights.get(e)).thenComparing(e -> e));
        for (int i = 0; i < rareEntities.size() && i < ENTITY_KEYS; i++) {
            keys.add("e:" + rareEntities.get(i));
        }
        for (int i = 0; i < n && i < TERM_KEYS; i++) {
            keys.add("t:" + vectorTerms[i]);
        }
        long[] keyIds = new long[keys.size()];
        for (int i = 0; i < keyIds.length; i++) {
            keyIds[i] = TermCounts.id(keys.get(i));
        }
        return new ArticleProfile(article.id(), article.published(), article.signature().contentHash(),
                article.signature().minHash(), vectorTerms, vectorWeights, vectorIdf, new TermPositions(vectorTerms, vectorIds), norm,
                unit, new ArrayList<>(headline), entities, entityIdf, dfIds, keys, keyIds,
                isHeadlineOnly(article.text()));
    }

    /** Whether {@code term} is one of the article's vector terms. */
    boolean hasVectorTerm(String term) {
        return positions.of(term) >= 0;
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
