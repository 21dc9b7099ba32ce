package io.wirewatch.analysis.facts;

import io.wirewatch.analysis.entities.EntityTagger;
import io.wirewatch.analysis.entities.Gazetteer;
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

    private static Set<String> stems(String... words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(Synonyms.of(Terms.stem(w)));
        }
        return out;
    }

    /**
     * One claim as compared: its words (a set, for the word index and coverage), the same words in
     * the order written (for bigrams and the longest common subsequence), every token as written
     * lower-cased, in order (function words too: word overlap as MSRP's baseline counts it), its
     * figures, entities and names (entities, and capitalised words not opening the claim), how many
     * negations it makes, what its words mean ({@link Meaning}) and their hash codes for counting
     * overlaps ({@link ClaimHashes}; both made on first use).
     */
    record Claim(String text, Fact fact, Set<String> words, List<String> sequence, List<String> forms,
                 List<Figures.Figure> figures, Set<String> entities, Set<String> names, int negations,
                 boolean hasDate, Meaning meaning, ClaimHashes.Once overlap) {

        ClaimHashes hashes() {
            return overlap.get();
        }

        boolean isNumeric(String w) {
            return !w.isEmpty() && Character.isDigit(w.charAt(0));
        }
    }

    /** The best known claim for a new one and how much of the new one it covers. */
    record Match(Claim claim, double score) {
    }

    /**
     * The known claim a claim most likely restates, the probability that it does (the decision
     * model's) and how similar the two are, graded 0..1 (the grading model's).
     */
    record Verdict(Claim claim, double restated, double similarity, double coverage) {
        static final Verdict NOTHING = new Verdict(null, 0, 0, 0);
    }

    /** A claim that says nothing: what a claim is compared with when nothing is known. */
    private static final Claim EMPTY = new Claim("", null, Set.of(), List.of(), List.of(), List.of(), Set.of(),
            Set.of(), 0, false, Meaning.NONE, ClaimHashes.Once.NONE);
    /** Known claims weighed by the model per claim judged: the best-covering few. */
    static final int CANDIDATES = 2;
    /** More than two sums of the same terms in another order can differ by. */
    private static final double ROUNDING = 1e-9;

    private final EntityTagger tagger;
    private final Restatements models;
    private final WordVectors vectors;

    ClaimSimilarity(EntityTagger tagger, Restatements models) {
        this.tagger = tagger;
        this.models = models;
        this.vectors = WordVectors.shipped();
    }

    Claim claim(String text, Fact fact) {
        List<Token> tokens = Tokenizer.tokens(text);
        return claim(new SentenceReading(text, tokens, tag(text, tokens)), 0, text.length(), fact);
    }

    /** The entities of a text already tokenised. */
    List<EntityMention> tag(String text, List<Token> tokens) {
        return tagger instanceof Gazetteer g ? g.tag(text, tokens) : tagger.tag(text);
    }

    /**
     * The claim a part of a sentence makes, from the sentence read once for it and all its
     * clauses.
     *
     * @param from offset of the part in the sentence
     * @param to   end offset of the part
     */
    Claim claim(SentenceReading sentence, int from, int to, Fact fact) {
        return claim(sentence, from, to, fact, null);
    }

    /**
     * As above, for a part of a sentence whose claim as a whole is known: the part's figures are
     * the whole's that lie in it (found once per sentence), unless one straddles the part's ends.
     */
    Claim part(Claim whole, SentenceReading sentence, int from, int to, Fact fact) {
        return claim(sentence, from, to, fact, whole.figures());
    }

    private Claim claim(SentenceReading r, int from, int to, Fact fact, List<Figures.Figure> sentenceFigures) {
        Set<String> words = new HashSet<>();
        List<String> sequence = new ArrayList<>();
        List<String> forms = new ArrayList<>();
        Set<String> entities = new HashSet<>();
        Set<String> names = new HashSet<>();
        int negations = 0;
        boolean dated = false;
        Meaning.Builder meaning = new Meaning.Builder(vectors);
        int first = 0;
        int n = r.size();
        while (first < n && r.tokens.get(first).start() < from) {
            first++;
        }
        int last = first;
        while (last < n && r.tokens.get(last).end() <= to) {
            last++;
        }
        for (int i = first; i < last; i++) {
            Token t = r.tokens.get(i);
            forms.add(t.norm());
            if (r.negations[i]) {
                negations++;
            }
            dated |= r.dates[i];
            if (i + 1 < last && r.idioms[i] != null) {
                String w = r.idiomWords[i];
                words.add(w);
                sequence.add(w);
                meaning.add(r.idioms[i], w);
                i++;
                continue;
            }
            String w = r.words[i];
            if (r.inMention[i]) {
                words.add(w);
                entities.add(w);
                names.add(w);
                meaning.add(t.norm(), w);
                if (sequence.isEmpty() || !sequence.get(sequence.size() - 1).equals(w)) {
                    sequence.add(w); // a mention of several tokens is one word of the sequence
                }
                continue;
            }
            if (w != null) {
                words.add(w);
                sequence.add(w);
                meaning.add(t.norm(), w);
                // A capitalised word inside a claim is most likely a name the tagger does not know.
                if (i > first && r.capitalisedNames[i]) {
                    names.add(w);
                }
            }
        }
        List<Figures.Figure> figures = sentenceFigures == null ? null : within(sentenceFigures, from, to);
        if (figures == null) {
            figures = Figures.of(r.text, first == 0 && last == n ? r.tokens : r.tokens.subList(first, last));
        }
        return new Claim(r.text.substring(from, to), fact, words, sequence, forms, figures,
                entities, names, negations, dated, meaning.build(),
                new ClaimHashes.Once(sequence, forms));
    }

    /** The figures lying in {@code [from, to)}, or null when one straddles either end. */
    private static List<Figures.Figure> within(List<Figures.Figure> figures, int from, int to) {
        List<Figures.Figure> out = new ArrayList<>(figures.size());
        for (Figures.Figure f : figures) {
            boolean starts = f.start() >= from && f.start() < to;
            boolean ends = f.end() > from && f.end() <= to;
            if (starts != ends) {
                return null;
            }
            if (starts) {
                out.add(f);
            }
        }
        return out;
    }

    /** The same claim, now known as {@code fact} (and by its text: a clause's or the sentence's, trimmed). */
    static Claim as(Claim c, Fact fact) {
        return new Claim(fact.text(), fact, c.words(), c.sequence(), c.forms(), c.figures(), c.entities(), c.names(),
                c.negations(), c.hasDate(), c.meaning(), c.overlap());
    }

    /**
     * What is known: claims, their word weights, and an index from each word to the claims
     * carrying it (in their own words or as the context of a pronoun), so a new claim is scored
     * only against the claims sharing a word with it. Claims are appended; {@link #truncate}
     * takes the latest off again. Not for concurrent use.
     */
    final class Memory {
        private final List<Claim> claims = new ArrayList<>();
        /** Per claim, the entities of the sentences just before it (a pronoun's likely referents). */
        private final List<Set<String>> context = new ArrayList<>();
        /** Word → the claims carrying it (how many: its document frequency) and those whose context does. */
        private final Map<String, Postings> index = new HashMap<>();
        /** Figures the claims state, by {@link #figureKeys}: whether a figure is known anywhere, at once. */
        private final Map<FigureKey, Integer> figures = new HashMap<>();
        private double[] scratch = new double[16];
        /** The claims {@link #cover} gave some weight to, in no order. */
        private final IntList touched = new IntList();
        private int documents;

        void add(Claim c, Set<String> contextEntities) {
            int index = claims.size();
            Set<String> ctx = contextEntities == null ? Set.of() : contextEntities;
            claims.add(c);
            context.add(ctx);
            documents++;
            for (String w : c.words()) {
                this.index.computeIfAbsent(w, Postings::new).claims.add(index);
            }
            for (String w : ctx) {
                if (!c.words().contains(w)) {
                    this.index.computeIfAbsent(w, Postings::new).context.add(index);
                }
            }
            for (Figures.Figure f : c.figures()) {
                for (FigureKey key : figureKeys(f)) {
                    figures.merge(key, 1, Integer::sum);
                }
            }
        }

        /** Some known claim states {@code f} ({@link Figures.Figure#statedBy}). */
        boolean states(Figures.Figure f) {
            return figures.containsKey(f.low() == f.high() ? new FigureKey(f.kind(), f.low(), f.low())
                    : new FigureKey(f.kind(), f.low(), f.high()));
        }

        /**
         * A figure states a single value that is its low or high end, and a range that is the same
         * range: the keys under which a figure is found.
         */
        private static List<FigureKey> figureKeys(Figures.Figure f) {
            return f.low() == f.high() ? List.of(new FigureKey(f.kind(), f.low(), f.low()))
                    : List.of(new FigureKey(f.kind(), f.low(), f.low()), new FigureKey(f.kind(), f.high(), f.high()),
                    new FigureKey(f.kind(), f.low(), f.high()));
        }

        int size() {
            return claims.size();
        }

        /** Forgets the claims added after the first {@code size}. */
        void truncate(int size) {
            for (int i = claims.size() - 1; i >= size; i--) {
                Claim c = claims.remove(i);
                Set<String> ctx = context.remove(i);
                documents--;
                for (String w : c.words()) {
                    index.get(w).claims.removeLast();
                }
                for (String w : ctx) {
                    if (!c.words().contains(w)) {
                        index.get(w).context.removeLast();
                    }
                }
                for (Figures.Figure f : c.figures()) {
                    for (FigureKey key : figureKeys(f)) {
                        figures.merge(key, -1, (a, b) -> a + b == 0 ? null : a + b);
                    }
                }
            }
        }

        List<Claim> claims() {
            return claims;
        }

        double weight(String w) {
            return weight(w, index.get(w));
        }

        private double weight(String w, Postings p) {
            if (p == null) {
                double idf = 1.0 + Math.log(documents + 1.0);
                return LIGHT_WORDS.contains(w) ? idf * LIGHT : idf;
            }
            if (p.weighedAtDocuments != documents || p.weighedAtClaims != p.claims.size) {
                double idf = 1.0 + Math.log((documents + 1.0) / (p.claims.size + 1.0));
                p.weight = p.light ? idf * LIGHT : idf;
                p.weighedAtDocuments = documents;
                p.weighedAtClaims = p.claims.size;
            }
            return p.weight;
        }

        /**
         * The known claim that covers most of {@code c}, and the coverage (best single claim, or
         * the best two together, discounted).
         *
         * @param withNumbers false to leave numbers out, for finding a claim restated with other figures
         */
        Match best(Claim c, boolean withNumbers) {
            Coverage cover = cover(c, withNumbers, 1);
            return cover.top.length == 0 ? new Match(null, 0) : new Match(claims.get(cover.top[0]), cover.union);
        }

        /**
         * Whether {@code c} restates a known claim: the known claims covering most of it (at most
         * {@value #CANDIDATES}; claims sharing no word with it are never looked at) are each
         * weighed by the models, and the most likely restatement is the match; its coverage is
         * {@link #best}'s score.
         */
        Verdict restated(Claim c) {
            Coverage cover = cover(c, true, CANDIDATES);
            Verdict best = Verdict.NOTHING;
            double bestLogit = Double.NEGATIVE_INFINITY;
            RestatementModel decision = models.decision();
            for (int t = 0; t < cover.top.length; t++) {
                Claim k = claims.get(cover.top[t]);
                ClaimFeatures.Pending pending = ClaimFeatures.pending(c, k, cover.single[t], cover.union);
                // The word-to-word signals are the dearest: a later candidate gets them only if
                // they could make it likelier than the best so far (the margin absorbs rounding).
                if (best.claim() != null && decision.highestLogit(pending.known(), ClaimFeatures.ALIGNED,
                        pending.low(), pending.high()) < bestLogit - ROUNDING) {
                    continue;
                }
                double[] x = pending.complete();
                double p = decision.probability(x);
                if (best.claim() == null || p > best.restated()) {
                    best = new Verdict(k, p, models.grade().probability(x), cover.union);
                    bestLogit = decision.logit(x);
                }
            }
            if (best.claim() == null) {
                // Nothing known shares a word with it: what the models say of a claim against nothing.
                double[] x = ClaimFeatures.of(c, EMPTY, 0, 0);
                return new Verdict(null, models.decision().probability(x), models.grade().probability(x), 0);
            }
            return best;
        }

        /** The features {@link #restated} gives the model for {@code c} and its best-covering known claim. */
        double[] features(Claim c) {
            Coverage cover = cover(c, true, 1);
            if (cover.top.length == 0) {
                return ClaimFeatures.of(c, EMPTY, 0, 0);
            }
            return ClaimFeatures.of(c, claims.get(cover.top[0]), cover.best, cover.union);
        }

        private void accumulate(IntList claimsWithWord, double weight, double[] covered) {
            for (int j = 0; j < claimsWithWord.size; j++) {
                int i = claimsWithWord.values[j];
                if (covered[i] == 0) {
                    touched.add(i);
                }
                covered[i] += weight;
            }
        }

        private void clear(double[] covered) {
            for (int t = 0; t < touched.size; t++) {
                covered[touched.values[t]] = 0;
            }
            touched.size = 0;
        }

        /**
         * How much of {@code c}'s word weight each known claim covers: the {@code limit} best
         * claims (best first, none that covers nothing), their coverage, and the coverage of the best
         * two together (discounted by {@value #UNION_DISCOUNT}, at least the best single one).
         */
        private Coverage cover(Claim c, boolean withNumbers, int limit) {
            int n = claims.size();
            double total = 0;
            int size = 0;
            Postings[] postings = new Postings[c.words().size()];
            double[] weights = new double[postings.length];
            for (String w : c.words()) {
                if (!withNumbers && c.isNumeric(w)) {
                    continue;
                }
                Postings p = index.get(w);
                double weight = weight(w, p);
                postings[size] = p;
                weights[size++] = weight;
                total += weight;
            }
            if (total == 0 || n == 0) {
                return Coverage.NONE;
            }
            if (scratch.length < n) {
                scratch = new double[Math.max(n, scratch.length * 2)];
            }
            // Only the claims sharing a word are touched (and reset after): not all n per call.
            double[] covered = scratch;
            touched.size = 0;
            for (int k = 0; k < size; k++) {
                if (postings[k] != null) {
                    accumulate(postings[k].claims, weights[k], covered);
                    accumulate(postings[k].context, weights[k], covered);
                }
            }
            int[] top = top(covered, touched, limit);
            if (top.length == 0) {
                clear(covered);
                return Coverage.NONE;
            }
            int best = top[0];
            // Coverage of the top claims, in their order, before the array is reused below.
            double[] single = new double[top.length];
            for (int t = 0; t < top.length; t++) {
                single[t] = covered[top[t]] / total;
            }
            clear(covered);
            double bestScore = single[0];
            if (n == 1) {
                return new Coverage(top, single, bestScore, bestScore);
            }
            // Greedy second: the claim that adds most to the best one's coverage.
            // The best claim carries a word (or has it in context) exactly when the word's
            // postings list it: a search of sorted ints instead of two set lookups by string.
            for (int w = 0; w < size; w++) {
                Postings p = postings[w];
                if (p == null || p.claims.contains(best) || p.context.contains(best)) {
                    continue;
                }
                accumulate(postings[w].claims, weights[w], covered);
            }
            double extra = 0;
            for (int t = 0; t < touched.size; t++) {
                int i = touched.values[t];
                if (i != best) {
                    extra = Math.max(extra, covered[i]);
                }
            }
            clear(covered);
            double union = bestScore + extra / total;
            return new Coverage(top, single, bestScore, Math.max(bestScore, union * UNION_DISCOUNT));
        }
    }

    /**
     * The {@code limit} candidates with the largest positive values, largest first; of equal
     * values the lower index first (as a scan in index order would keep them).
     */
    private static int[] top(double[] values, IntList candidates, int limit) {
        int[] top = new int[limit];
        int size = 0;
        for (int c = 0; c < candidates.size; c++) {
            int i = candidates.values[c];
            double v = values[i];
            if (v <= 0 || size == limit && !before(values, i, top[size - 1])) {
                continue;
            }
            int at = size < limit ? size++ : size - 1;
            while (at > 0 && before(values, i, top[at - 1])) {
                top[at] = top[at - 1];
                at--;
            }
            top[at] = i;
        }
        return java.util.Arrays.copyOf(top, size);
    }

    private static boolean before(double[] values, int i, int j) {
        return values[i] > values[j] || values[i] == values[j] && i < j;
    }

    /** What {@code Memory.cover} found. */
    private record Coverage(int[] top, double[] single, double best, double union) {
        static final Coverage NONE = new Coverage(new int[0], new double[0], 0, 0);
    }

    /** A single value or a range of one kind, as {@code Memory.states} looks figures up. */
    private record FigureKey(Figures.Kind kind, double low, double high) {
    }

    /**
     * The claims a word of the index is found in: in their words, or only in their context; and
     * the word's weight, kept while neither the memory's size nor the word's claims change.
     */
    private static final class Postings {
        final IntList claims = new IntList();
        final IntList context = new IntList();
        final boolean light;
        double weight;
        int weighedAtDocuments = -1;
        int weighedAtClaims = -1;

        Postings(String word) {
            light = LIGHT_WORDS.contains(word);
        }
    }

    /** A growable list of ints, for the word index. */
    private static final class IntList {
        int[] values = new int[4];
        int size;

        void add(int v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        void removeLast() {
            size--;
        }

        /** Whether it holds {@code v}; the lists of the word index are ascending (claims are appended in order). */
        boolean contains(int v) {
            return java.util.Arrays.binarySearch(values, 0, size, v) >= 0;
        }
    }
}
