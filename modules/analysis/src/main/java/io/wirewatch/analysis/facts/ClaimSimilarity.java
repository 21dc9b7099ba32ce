package io.wirewatch.analysis.facts;

import io.wirewatch.analysis.entities.EntityTagger;
import io.wirewatch.analysis.text.Terms;
import io.wirewatch.analysis.text.Token;
import io.wirewatch.analysis.text.Tokenizer;
import io.wirewatch.model.EntityMention;
import io.wirewatch.model.Fact;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a claim is already said by known claims, in other words if need be.
 *
 * <p>A claim becomes a set of words: entity mentions as their canonical entity ("Mr Shoigu",
 * "Sergey Shoigu" and "Shoigu" are one word, so are "North Korean" and "Pyongyang" if the
 * gazetteer says so), other content words stemmed and mapped through {@link Synonyms}, numbers
 * as written in normal form. The similarity of a new claim to what is known is weighted
 * containment: the share of the new claim's word weight found in the best-matching known claim,
 * or (discounted by {@value #UNION_DISCOUNT}) in the best two together, since a version often
 * merges two sentences into one. Weights are IDF within the known claims: a word that every
 * claim of the story carries (its protagonists) proves little, a word only one claim carries
 * proves much, a word no claim carries weighs most.
 */
final class ClaimSimilarity {

    static final double UNION_DISCOUNT = 0.85;
    /** Capitalised, these words date a claim. */
    static final Set<String> DATE_WORDS = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
            "tomorrow", "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december");
    /** How much a light word weighs compared with other words. */
    static final double LIGHT = 0.3;
    /**
     * Words that say who reported or frame a claim rather than what it claims, and verbs too
     * general to carry one: they count, but little ("South Korean media put the number at ..."
     * restates "... troops, South Korea's spy agency reported").
     */
    private static final Set<String> LIGHT_WORDS = stems(
            "media", "official", "officials", "source", "sources", "report", "reports", "reported", "reporting",
            "analyst", "analysts", "expert", "experts", "observer", "observers", "critic", "critics", "news",
            "spokesperson", "statement", "put", "take", "took", "taken", "give", "gave", "given", "get", "got", "go",
            "went", "gone", "come", "came", "comes", "number", "include", "including", "included", "plan", "plans",
            "add", "added", "noted", "told", "think", "believe", "suggest", "speculate", "cite", "cited", "call",
            "called", "led", "way", "time", "thing", "part", "kind", "lot", "amount", "per", "cent");

    /** Two-word idioms read as one word: "fell apart" says "collapsed". */
    private static final Map<String, String> PHRASES = Map.of(
            "fell apart", "collapse", "fall apart", "collapse", "falls apart", "collapse",
            "broke down", "collapse", "break down", "collapse", "broken down", "collapse",
            "ramp up", "increase", "step up", "increase", "stepped up", "increase", "ramped up", "increase");

    private static Set<String> stems(String... words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(Synonyms.of(Terms.stem(w)));
        }
        return out;
    }

    /** One claim as compared: its words, figures and entities. */
    record Claim(String text, Fact fact, Set<String> words, List<Figures.Figure> figures, Set<String> entities,
                 boolean hasDate) {

        boolean isNumeric(String w) {
            return !w.isEmpty() && Character.isDigit(w.charAt(0));
        }
    }

    /** The best known claim for a new one and how much of the new one it covers. */
    record Match(Claim claim, double score) {
    }

    private final EntityTagger tagger;

    ClaimSimilarity(EntityTagger tagger) {
        this.tagger = tagger;
    }

    Claim claim(String text, Fact fact) {
        List<EntityMention> mentions = tagger.tag(text);
        Set<String> words = new HashSet<>();
        Set<String> entities = new HashSet<>();
        boolean dated = false;
        int m = 0;
        List<Token> tokens = Tokenizer.tokens(text);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            dated |= t.capitalised() && DATE_WORDS.contains(t.norm());
            if (i + 1 < tokens.size()) {
                String idiom = PHRASES.get(t.norm() + ' ' + tokens.get(i + 1).norm());
                if (idiom != null) {
                    words.add(Synonyms.of(Terms.stem(idiom)));
                    i++;
                    continue;
                }
            }
            while (m < mentions.size() && mentions.get(m).end() <= t.start()) {
                m++;
            }
            if (m < mentions.size() && mentions.get(m).start() <= t.start()) {
                String e = "@" + mentions.get(m).canonical();
                words.add(e);
                entities.add(e);
                continue;
            }
            String term = Terms.term(t);
            if (term != null) {
                words.add(Synonyms.of(term));
            }
        }
        return new Claim(text, fact, words, Figures.of(text), entities, dated);
    }

    /** What is known: claims plus their word weights. */
    final class Memory {
        private final List<Claim> claims = new ArrayList<>();
        /** Per claim, the entities of the sentences just before it (a pronoun's likely referents). */
        private final List<Set<String>> context = new ArrayList<>();
        private final Map<String, Integer> df = new HashMap<>();
        private int documents;

        void add(Claim c, Set<String> contextEntities) {
            claims.add(c);
            context.add(contextEntities == null ? Set.of() : contextEntities);
            documents++;
            for (String w : c.words()) {
                df.merge(w, 1, Integer::sum);
            }
        }

        List<Claim> claims() {
            return claims;
        }

        double weight(String w) {
            double idf = 1.0 + Math.log((documents + 1.0) / (df.getOrDefault(w, 0) + 1.0));
            return LIGHT_WORDS.contains(w) ? idf * LIGHT : idf;
        }

        /**
         * The known claim that covers most of {@code c}, and the coverage (best single claim, or
         * the best two together, discounted).
         *
         * @param withNumbers false to leave numbers out, for finding a claim restated with other figures
         */
        Match best(Claim c, boolean withNumbers) {
            double total = 0;
            List<String> words = new ArrayList<>(c.words().size());
            for (String w : c.words()) {
                if (!withNumbers && c.isNumeric(w)) {
                    continue;
                }
                words.add(w);
                total += weight(w);
            }
            if (total == 0 || claims.isEmpty()) {
                return new Match(null, 0);
            }
            int best = -1;
            double bestScore = -1;
            for (int i = 0; i < claims.size(); i++) {
                double s = covered(words, i, null) / total;
                if (s > bestScore) {
                    best = i;
                    bestScore = s;
                }
            }
            // Greedy second: the claim that adds most to the best one's coverage.
            double union = 0;
            for (int i = 0; i < claims.size(); i++) {
                if (i != best) {
                    union = Math.max(union, covered(words, best, i) / total);
                }
            }
            return new Match(claims.get(best), Math.max(bestScore, union * UNION_DISCOUNT));
        }

        private double covered(List<String> words, int i, Integer j) {
            Set<String> k = claims.get(i).words();
            Set<String> kc = context.get(i);
            Set<String> l = j == null ? Set.of() : claims.get(j).words();
            double sum = 0;
            for (String w : words) {
                if (k.contains(w) || kc.contains(w) || l.contains(w)) {
                    sum += weight(w);
                }
            }
            return sum;
        }
    }
}
