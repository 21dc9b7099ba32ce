package io.wirewatch.analysis.entities;

import io.wirewatch.analysis.text.SentenceSplitter;
import io.wirewatch.analysis.text.Token;
import io.wirewatch.analysis.text.Tokenizer;
import io.wirewatch.model.EntityMention;
import io.wirewatch.model.EntityType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Names found by rule, at gazetteer speed: a text in, runs of capitalised words out, typed by
 * the cues around them. The fallback discovery when the statistical name finder is switched off
 * ({@code nameFinder: false}); much weaker than it (see docs/quality.md), and no longer cheaper.
 *
 * <ul>
 *   <li>A name is a run of capitalised words, joined by nothing but spaces or hyphens, and by
 *   "of", "the", "de", "al" inside ("Bank of England").</li>
 *   <li>Sentence-initial artefacts are dropped: a capitalised function word ("The", "In") never
 *   opens a name, and a one-word name at a sentence start counts only if the text also writes it
 *   capitalised mid-sentence. Title-case and capitals-only headlines are skipped.</li>
 *   <li>Type from cues: organisation words inside ("Ministry", "Agency", "Council", "Bank"...); a
 *   courtesy title or office before, or "said"/"told" after, make a person; "in", "at", "from",
 *   "near" before make a place; otherwise two or three words are taken for a person, the rest
 *   OTHER.</li>
 * </ul>
 */
public final class CapitalisedNames implements EntityTagger {

    private static final Set<String> FUNCTION = Set.of("the", "a", "an", "in", "on", "at", "for", "and", "but",
            "or", "if", "as", "to", "of", "by", "with", "from", "after", "before", "when", "while", "he", "she",
            "it", "they", "we", "i", "you", "his", "her", "their", "our", "its", "this", "that", "these", "those",
            "there", "here", "some", "many", "most", "all", "no", "not", "yet", "still", "also", "however",
            "meanwhile", "according", "earlier", "later", "last", "since", "what", "who", "why", "how", "where",
            "mr", "mrs", "ms", "dr", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "one", "two", "three", "new", "more", "other", "both", "each", "such", "then",
            "now", "today", "will", "would", "could", "should", "can", "is", "was", "are", "were", "be", "has",
            "have", "had", "do", "does", "did", "so", "about", "over", "under", "during", "despite", "amid", "per");
    private static final Set<String> JOINERS = Set.of("of", "the", "de", "al", "von", "van", "bin", "for", "and");
    private static final Set<String> ORGANISATION = Set.of("ministry", "agency", "council", "committee", "party",
            "bank", "corp", "corporation", "inc", "ltd", "plc", "group", "university", "institute", "association",
            "union", "company", "commission", "court", "department", "office", "army", "navy", "forces", "news",
            "times", "post", "club", "federation", "fund", "organization", "organisation", "parliament", "senate",
            "congress", "authority", "service", "airlines", "motors", "holdings", "foundation", "league", "board",
            "exchange", "police", "command", "guard", "front", "movement", "network", "press", "journal", "united",
            "city", "fc", "co");
    private static final Set<String> PLACE_WORDS = Set.of("river", "province", "region", "island", "islands",
            "street", "mountains", "mount", "lake", "sea", "ocean", "valley", "county", "district", "state", "gulf",
            "bay", "coast", "peninsula", "strait");
    private static final Set<String> PERSON_BEFORE = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "president",
            "minister", "premier", "chancellor", "senator", "sen", "gen", "general", "leader", "secretary", "chief",
            "spokesman", "spokeswoman", "spokesperson", "judge", "governor", "mayor", "king", "queen", "prince",
            "pope", "coach", "captain", "ambassador", "envoy", "director", "chairman", "ceo", "prof", "professor",
            "rep", "lt", "col", "sgt", "capt", "adm");
    private static final Set<String> PERSON_AFTER = Set.of("said", "says", "told", "added", "wrote", "argued",
            "insisted", "warned", "who");
    private static final Set<String> PLACE_BEFORE = Set.of("in", "at", "from", "near", "outside", "across", "into");

    @Override
    public List<EntityMention> tag(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Token> tokens = Tokenizer.tokens(text);
        Set<Integer> sentenceStarts = new HashSet<>();
        Set<Integer> headingTokens = new HashSet<>();
        int t = 0;
        for (SentenceSplitter.Span s : SentenceSplitter.split(text)) {
            while (t < tokens.size() && tokens.get(t).start() < s.start()) {
                t++;
            }
            int first = t;
            int words = 0;
            int capitalised = 0;
            int shouted = 0;
            int k = t;
            while (k < tokens.size() && tokens.get(k).end() <= s.end()) {
                Token w = tokens.get(k);
                if (!w.numeric() && w.norm().length() > 3) {
                    words++;
                    capitalised += w.capitalised() ? 1 : 0;
                    shouted += w.allCaps() ? 1 : 0;
                }
                k++;
            }
            if (first < tokens.size()) {
                sentenceStarts.add(first);
            }
            // A headline: mostly capitalised words, and in capitals or without a closing full stop
            // (a name-dense sentence of running text still ends like one).
            String last = text.substring(s.start(), s.end()).strip();
            boolean closed = !last.isEmpty() && ".!?".indexOf(last.charAt(last.length() - 1)) >= 0;
            if (words >= 3 && capitalised * 4 >= words * 3 && (!closed || shouted * 2 >= words)) {
                for (int h = first; h < k; h++) {
                    headingTokens.add(h);
                }
            }
        }
        Set<String> midSentence = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).capitalised() && !sentenceStarts.contains(i) && !headingTokens.contains(i)) {
                midSentence.add(tokens.get(i).norm());
            }
        }

        List<EntityMention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token first = tokens.get(i);
            if (!first.capitalised() || first.numeric() || headingTokens.contains(i) || FUNCTION.contains(first.norm())) {
                i++;
                continue;
            }
            int end = i;
            while (end + 1 < tokens.size()) {
                Token next = tokens.get(end + 1);
                if (!joined(text, tokens.get(end), next)) {
                    break;
                }
                if (next.capitalised() && !next.numeric() && !FUNCTION.contains(next.norm())) {
                    end++;
                } else if (JOINERS.contains(next.norm()) && end + 2 < tokens.size()
                        && tokens.get(end + 2).capitalised() && joined(text, next, tokens.get(end + 2))
                        && !FUNCTION.contains(tokens.get(end + 2).norm())) {
                    end += 2;
                } else {
                    break;
                }
            }
            boolean artefact = sentenceStarts.contains(i) && end == i && !midSentence.contains(first.norm());
            if (!artefact) {
                int start = first.start();
                int stop = tokens.get(end).end();
                String written = text.substring(start, stop);
                out.add(new EntityMention(written, written.replaceAll("\\s+", " "), type(tokens, i, end), start, stop));
            }
            i = end + 1;
        }
        return out;
    }

    /** Only spaces or a hyphen between two words: no comma, bracket or full stop. */
    private static boolean joined(String text, Token a, Token b) {
        for (int k = a.end(); k < b.start(); k++) {
            char c = text.charAt(k);
            if (c != ' ' && c != '-') {
                return false;
            }
        }
        return b.start() - a.end() <= 2;
    }

    private static EntityType type(List<Token> tokens, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (ORGANISATION.contains(tokens.get(k).norm())) {
                return EntityType.ORGANIZATION;
            }
        }
        for (int k = from; k <= to; k++) {
            if (PLACE_WORDS.contains(tokens.get(k).norm())) {
                return EntityType.PLACE;
            }
        }
        String before = from > 0 ? tokens.get(from - 1).norm() : "";
        String after = to + 1 < tokens.size() ? tokens.get(to + 1).norm() : "";
        if (PERSON_BEFORE.contains(before) || PERSON_AFTER.contains(after)) {
            return EntityType.PERSON;
        }
        if (PLACE_BEFORE.contains(before)) {
            return EntityType.PLACE;
        }
        int words = to - from + 1;
        if (tokens.get(from).allCaps()) {
            return EntityType.ORGANIZATION; // acronyms are mostly organisations
        }
        return words >= 2 && words <= 3 ? EntityType.PERSON : EntityType.OTHER;
    }
}
