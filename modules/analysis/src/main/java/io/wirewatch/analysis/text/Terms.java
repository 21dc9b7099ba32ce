package io.wirewatch.analysis.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Content words of a text, the vocabulary of story similarity and claim comparison.
 *
 * <p>Text in, terms out: tokens lower-cased, stop words dropped (function words and the fillers
 * of news prose such as "said" or "reportedly", which say nothing about which story it is),
 * British spellings mapped to American ones ("defence" and "defense" are one term, outlets
 * differ), number words written as digits ("three" is "3", so "three summits" and "met three
 * times" share it), then Porter-stemmed. Numbers stay as tokens. "US" in capitals is the country
 * ("u.s"), not the pronoun.
 */
public final class Terms {

    private static final Set<String> STOP = Set.of(
            "a", "about", "above", "after", "again", "against", "ago", "all", "almost", "along", "already", "also",
            "although", "always", "am", "among", "an", "and", "another", "any", "anyone", "anything", "are", "around",
            "as", "at", "be", "became", "because", "become", "been", "before", "being", "below", "between", "both",
            "but", "by", "can", "cannot", "could", "currently", "did", "do", "does", "doing", "done", "down", "due",
            "during", "each", "earlier", "either", "else", "even", "eventually", "ever", "every", "few", "for",
            "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him",
            "himself", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "later",
            "least", "less", "like", "likely", "made", "make", "makes", "many", "may", "me", "meanwhile", "might",
            "more", "most", "mostly", "mr", "mrs", "ms", "much", "must", "my", "myself", "near", "nearly", "neither",
            "no", "nor", "not", "now", "of", "off", "often", "on", "once", "one", "ones", "only", "or", "other",
            "others", "otherwise", "our", "ours", "ourselves", "out", "over", "own", "per", "perhaps", "quite",
            "rather", "really", "recently", "newly", "reportedly", "said", "same", "say", "saying", "says", "see", "seen",
            "several", "shall", "she", "should", "since", "so", "some", "something", "soon", "still", "such", "than",
            "that", "the", "their", "theirs", "them", "themselves", "then", "there", "therefore", "these", "they",
            "this", "those", "though", "through", "thus", "to", "told", "too", "toward", "towards", "under", "until",
            "up", "upon", "us", "very", "via", "was", "we", "well", "were", "what", "whatever", "when", "whenever",
            "where", "whereas", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with", "within",
            "without", "would", "yet", "you", "your", "yours", "yourself", "according", "amid", "amidst", "whilst",
            "don't", "doesn't", "didn't", "won't", "wouldn't", "can't", "couldn't", "isn't", "aren't", "wasn't",
            "weren't", "hasn't", "haven't", "hadn't", "it's", "that's", "there's", "he's", "she's", "they're",
            "we're", "i'm", "you're", "let", "lets", "onto", "unless", "yes", "oh", "etc");

    /** British to American spelling, applied before stemming. */
    private static final Map<String, String> SPELLING = Map.ofEntries(
            Map.entry("defence", "defense"), Map.entry("defences", "defenses"), Map.entry("offence", "offense"),
            Map.entry("offences", "offenses"), Map.entry("licence", "license"), Map.entry("centre", "center"),
            Map.entry("centres", "centers"), Map.entry("theatre", "theater"), Map.entry("metre", "meter"),
            Map.entry("metres", "meters"), Map.entry("kilometre", "kilometer"), Map.entry("kilometres", "kilometers"),
            Map.entry("labour", "labor"), Map.entry("favour", "favor"), Map.entry("honour", "honor"),
            Map.entry("colour", "color"), Map.entry("neighbour", "neighbor"), Map.entry("neighbours", "neighbors"),
            Map.entry("neighbouring", "neighboring"), Map.entry("behaviour", "behavior"), Map.entry("rumour", "rumor"),
            Map.entry("rumours", "rumors"), Map.entry("armour", "armor"), Map.entry("armoured", "armored"),
            Map.entry("harbour", "harbor"), Map.entry("programme", "program"), Map.entry("programmes", "programs"),
            Map.entry("travelled", "traveled"), Map.entry("travelling", "traveling"), Map.entry("cancelled", "canceled"),
            Map.entry("cancelling", "canceling"), Map.entry("fuelled", "fueled"), Map.entry("labelled", "labeled"),
            Map.entry("modelling", "modeling"), Map.entry("signalled", "signaled"), Map.entry("signalling", "signaling"),
            Map.entry("organisation", "organization"), Map.entry("organisations", "organizations"),
            Map.entry("organise", "organize"), Map.entry("organised", "organized"), Map.entry("recognise", "recognize"),
            Map.entry("recognised", "recognized"), Map.entry("criticise", "criticize"), Map.entry("criticised", "criticized"),
            Map.entry("apologise", "apologize"), Map.entry("apologised", "apologized"), Map.entry("authorise", "authorize"),
            Map.entry("authorised", "authorized"), Map.entry("mobilise", "mobilize"), Map.entry("mobilised", "mobilized"),
            Map.entry("mobilisation", "mobilization"), Map.entry("stabilise", "stabilize"), Map.entry("realise", "realize"),
            Map.entry("emphasise", "emphasize"), Map.entry("emphasised", "emphasized"), Map.entry("normalise", "normalize"),
            Map.entry("privatisation", "privatization"), Map.entry("analyse", "analyze"), Map.entry("analysed", "analyzed"),
            Map.entry("paralysed", "paralyzed"), Map.entry("catalogue", "catalog"), Map.entry("dialogue", "dialog"),
            Map.entry("ageing", "aging"), Map.entry("jewellery", "jewelry"), Map.entry("tyre", "tire"),
            Map.entry("tyres", "tires"), Map.entry("grey", "gray"), Map.entry("aluminium", "aluminum"),
            Map.entry("sceptical", "skeptical"), Map.entry("manoeuvre", "maneuver"), Map.entry("manoeuvres", "maneuvers"),
            Map.entry("storey", "story"), Map.entry("plough", "plow"), Map.entry("pyjamas", "pajamas"),
            Map.entry("sulphur", "sulfur"), Map.entry("foetus", "fetus"), Map.entry("paediatric", "pediatric"),
            Map.entry("judgement", "judgment"), Map.entry("enrol", "enroll"), Map.entry("fulfil", "fulfill"));

    /** Number words as digits: "three summits" and "3 summits" are the same claim. */
    private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(
            Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"), Map.entry("five", "5"),
            Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"), Map.entry("nine", "9"),
            Map.entry("ten", "10"), Map.entry("eleven", "11"), Map.entry("twelve", "12"), Map.entry("thirteen", "13"),
            Map.entry("fourteen", "14"), Map.entry("fifteen", "15"), Map.entry("sixteen", "16"),
            Map.entry("seventeen", "17"), Map.entry("eighteen", "18"), Map.entry("nineteen", "19"),
            Map.entry("twenty", "20"), Map.entry("thirty", "30"), Map.entry("forty", "40"), Map.entry("fifty", "50"),
            Map.entry("sixty", "60"), Map.entry("seventy", "70"), Map.entry("eighty", "80"), Map.entry("ninety", "90"),
            Map.entry("hundred", "100"), Map.entry("dozen", "12"));

    /** Stems are pure functions of the word; a bounded cache saves re-stemming common words. */
    private static final int CACHE_LIMIT = 200_000;
    private static final Map<String, String> STEMS = new ConcurrentHashMap<>();
    /**
     * The term of each word already seen, stop words included (as {@link #NO_TERM}): one lookup
     * per token instead of three (stop list, number words, stems), and the Porter stemmer runs
     * once per word. Bounded like {@link #STEMS}; past the bound words are worked out each time.
     */
    private static final Map<String, String> WORD_TERMS = new ConcurrentHashMap<>();
    /** Marks a cached word that has no term; compared by identity. */
    private static final String NO_TERM = new String("");

    private Terms() {
    }

    public static boolean isStopWord(String norm) {
        return STOP.contains(norm);
    }

    /**
     * The term a token stands for, or null for a stop word or a single letter.
     * Numbers are kept as written in normal form ("10000", "1.5", "6th").
     */
    public static String term(Token t) {
        String w = t.norm();
        if (t.numeric()) {
            return w;
        }
        if (t.allCaps() && w.equals("us")) {
            return "u.s";
        }
        if (w.length() < 2) {
            return null;
        }
        String term = WORD_TERMS.get(w);
        if (term == null) {
            term = wordTerm(w);
            if (WORD_TERMS.size() < CACHE_LIMIT) {
                WORD_TERMS.put(w, term);
            }
        }
        return term == NO_TERM ? null : term;
    }

    /** The term of a word of two or more letters that is not a number, {@link #NO_TERM} for a stop word. */
    private static String wordTerm(String w) {
        if (STOP.contains(w)) {
            return NO_TERM;
        }
        String number = NUMBER_WORDS.get(w);
        return number != null ? number : stemOf(w);
    }

    /**
     * The term of a normalised word of two or more characters that is not a number, as
     * {@link #term} gives it for a token that is not "US" in capitals; null for a stop word.
     */
    static String termOfWord(String norm) {
        String term = wordTerm(norm);
        return term == NO_TERM ? null : term;
    }

    /** The stem of one normalised word (spelling unified first). */
    public static String stem(String norm) {
        String cached = STEMS.get(norm);
        if (cached != null) {
            return cached;
        }
        String s = stemOf(norm);
        if (STEMS.size() < CACHE_LIMIT) {
            STEMS.put(norm, s);
        }
        return s;
    }

    private static String stemOf(String norm) {
        String us = SPELLING.getOrDefault(norm, norm);
        return norm.indexOf('.') >= 0 || norm.indexOf('\'') >= 0 ? us : PorterStemmer.stem(us);
    }

    /** The terms of a text in order, stop words removed. */
    public static List<String> terms(String text) {
        List<Token> tokens = Tokenizer.tokens(text);
        List<String> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            String term = term(t);
            if (term != null) {
                out.add(term);
            }
        }
        return out;
    }

    /** Adds the terms of a text to running counts. */
    public static void count(String text, Map<String, Integer> counts) {
        for (Token t : Tokenizer.tokens(text)) {
            String term = term(t);
            if (term != null) {
                counts.merge(term, 1, Integer::sum);
            }
        }
    }

    public static Map<String, Integer> counts(String text) {
        Map<String, Integer> counts = new HashMap<>();
        count(text, counts);
        return counts;
    }
}
