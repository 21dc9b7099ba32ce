package io.wirewatch.analysis.facts;

import io.wirewatch.analysis.text.Terms;
import io.wirewatch.analysis.text.Token;
import io.wirewatch.model.EntityMention;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A sentence read once for every claim made of it: its tokens and entity mentions in, per token
 * what it counts as among a claim's words (its entity, the head of its stem's synonyms, or the
 * word a two-word idiom it opens stands for), whether it denies, dates or names something, and
 * its term. The sentence's claim, each of its clauses' and a new part's are then assembled from
 * these ({@link ClaimSimilarity}) without stemming or looking a token up again.
 */
final class SentenceReading {

    /** Capitalised, these words date a claim. */
    static final Set<String> DATE_WORDS = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
            "tomorrow", "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december");

    /** Words that deny a claim: "did not attend" is not "attended". */
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "none", "nobody", "nothing", "neither",
            "nor", "without", "cannot");

    /** Two-word idioms read as one word: "fell apart" says "collapsed". */
    private static final Map<String, String> PHRASES = Map.of(
            "fell apart", "collapse", "fall apart", "collapse", "falls apart", "collapse",
            "broke down", "collapse", "break down", "collapse", "broken down", "collapse",
            "ramp up", "increase", "step up", "increase", "stepped up", "increase", "ramped up", "increase");

    private static final Set<String> PHRASE_STARTS = Set.of("fell", "fall", "falls", "broke", "break", "broken",
            "ramp", "step", "stepped", "ramped");

    private static final int NEGATION = 1;
    private static final int DATE = 2;
    private static final int PHRASE_START = 4;
    /** What a word can be of the above, in one lookup per token instead of three. */
    private static final Map<String, Integer> MARKERS = new HashMap<>();

    static {
        NEGATIONS.forEach(w -> MARKERS.merge(w, NEGATION, (x, y) -> x | y));
        DATE_WORDS.forEach(w -> MARKERS.merge(w, DATE, (x, y) -> x | y));
        PHRASE_STARTS.forEach(w -> MARKERS.merge(w, PHRASE_START, (x, y) -> x | y));
    }

    /** "@" and an entity's canonical name, made once per entity: what a mention counts as. */
    private static final Map<String, String> ENTITY_WORDS = new ConcurrentHashMap<>();
    private static final int ENTITY_WORDS_LIMIT = 100_000;

    final String text;
    final List<Token> tokens;
    /** Per token, its term ({@link Terms#term}), null for a stop word. */
    final String[] terms;
    /** Per token, what it counts as: its entity ("@" and the canonical name), else its term's synonym head, else null. */
    final String[] words;
    /** Per token, whether it lies in an entity mention. */
    final boolean[] inMention;
    /** Per token, the idiom it opens with the next token ("collapse" for "fell apart"), else null. */
    final String[] idioms;
    /** What each idiom counts as. */
    final String[] idiomWords;
    final boolean[] negations;
    final boolean[] dates;
    /** Capitalised, not a number, not a date word: a name if it does not open the claim. */
    final boolean[] capitalisedNames;

    SentenceReading(String text, List<Token> tokens, List<EntityMention> mentions) {
        this.text = text;
        this.tokens = tokens;
        int n = tokens.size();
        terms = new String[n];
        words = new String[n];
        inMention = new boolean[n];
        idioms = new String[n];
        idiomWords = new String[n];
        negations = new boolean[n];
        dates = new boolean[n];
        capitalisedNames = new boolean[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            String norm = t.norm();
            Integer marked = MARKERS.get(norm);
            int marks = marked == null ? 0 : marked;
            negations[i] = (marks & NEGATION) != 0 || norm.endsWith("n't");
            boolean dateWord = t.capitalised() && (marks & DATE) != 0;
            dates[i] = dateWord;
            capitalisedNames[i] = t.capitalised() && !t.numeric() && !dateWord;
            if (i + 1 < n && (marks & PHRASE_START) != 0) {
                String idiom = PHRASES.get(norm + ' ' + tokens.get(i + 1).norm());
                if (idiom != null) {
                    idioms[i] = idiom;
                    idiomWords[i] = Synonyms.of(Terms.stem(idiom));
                }
            }
            terms[i] = Terms.term(t);
            // Mentions are in order: the first one not ending before the token is the only one it can lie in.
            while (m < mentions.size() && mentions.get(m).end() <= t.start()) {
                m++;
            }
            if (m < mentions.size() && mentions.get(m).start() <= t.start()) {
                inMention[i] = true;
                words[i] = entityWord(mentions.get(m).canonical());
            } else if (terms[i] != null) {
                words[i] = Synonyms.of(terms[i]);
            }
        }
    }

    private static String entityWord(String canonical) {
        String w = ENTITY_WORDS.get(canonical);
        if (w == null) {
            w = "@" + canonical;
            if (ENTITY_WORDS.size() < ENTITY_WORDS_LIMIT) {
                ENTITY_WORDS.put(canonical, w);
            }
        }
        return w;
    }

    int size() {
        return tokens.size();
    }
}
