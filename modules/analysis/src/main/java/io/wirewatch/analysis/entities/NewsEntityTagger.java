package io.wirewatch.analysis.entities;

import io.wirewatch.analysis.text.Tokenizer;
import io.wirewatch.model.EntityMention;
import io.wirewatch.model.EntityType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * wirewatch's entity tagger: a text in, its mentions out, known entities under their canonical
 * names and unknown ones under their own.
 *
 * <ol>
 *   <li>The gazetteer (built-in plus config/entities.yaml, see {@link DefaultGazetteer}) tags what it
 *   knows: aliases, transliterations, demonyms, acronyms, and a person's short forms ("Kim",
 *   "Mr Shoigu") once the article has named them in full.</li>
 *   <li>The statistical name finder ({@link StatisticalNames}) finds the names nobody configured,
 *   with the gazetteer's mentions as one of its clues (a {@link NameFinder} is handed them, so the
 *   article is not looked up twice);
 *   where it overlaps a known mention the gazetteer wins, unless the found name contains the known
 *   ones, adds words of its own and is a person, place or organisation ("Russian Security Council"
 *   is an organisation, not Russia; "US-led" stays the United States).</li>
 *   <li>A found name is then tied to what the article said before: a one-word person ("Smith")
 *   to the last person named in full with that first or last word ("John Smith"), and an acronym
 *   in brackets right after a name ("Korea Development Institute (KDI)") to that name, so later
 *   uses of the acronym carry it too.</li>
 * </ol>
 * Thread-safe; mentions in order of position, never overlapping.
 */
public final class NewsEntityTagger implements EntityTagger {

    private static final ObjectMapper YAML = new YAMLMapper();
    /** Each thread's tokens of the name being resolved. */
    private static final ThreadLocal<Tokenizer.Tokens> TOKENS = ThreadLocal.withInitial(Tokenizer.Tokens::new);

    private final Gazetteer gazetteer;
    private final EntityTagger finder;

    public NewsEntityTagger(Gazetteer gazetteer, EntityTagger finder) {
        this.gazetteer = gazetteer == null ? Gazetteer.empty() : gazetteer;
        this.finder = finder;
    }

    /**
     * The shipped set-up: built-in gazetteer, the entities file over it, and the shipped model; or,
     * when the file says {@code nameFinder: false}, the cheap rules of {@link CapitalisedNames}
     * instead (both cost about the same; the rules are much less accurate: see docs/quality.md and
     * docs/benchmarks.md).
     */
    public static NewsEntityTagger load(Path entitiesFile) {
        Gazetteer gazetteer = DefaultGazetteer.withConfig(entitiesFile);
        return new NewsEntityTagger(gazetteer,
                nameFinder(entitiesFile) ? StatisticalNames.shipped() : new CapitalisedNames());
    }

    private static boolean nameFinder(Path entitiesFile) {
        try (InputStream in = Files.newInputStream(entitiesFile)) {
            JsonNode setting = YAML.readTree(in).path("nameFinder");
            if (!setting.isMissingNode() && !setting.isBoolean()) {
                throw new IllegalArgumentException(entitiesFile + ": nameFinder must be true or false, not " + setting);
            }
            return setting.asBoolean(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read entities from " + entitiesFile + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<EntityMention> tag(String text) {
        return withFound(text, gazetteer.tag(text));
    }

    @Override
    public List<EntityMention> tag(String text, Tokenizer.Tokens tokens) {
        return withFound(text, gazetteer.tag(text, tokens));
    }

    /** The gazetteer's mentions of {@code text} with the names the finder adds. */
    private List<EntityMention> withFound(String text, List<EntityMention> known) {
        if (finder == null || text == null || text.isEmpty()) {
            return known;
        }
        List<EntityMention> found = finder instanceof NameFinder names ? names.find(text, known) : finder.tag(text);
        List<EntityMention> all = new ArrayList<>(known.size() + found.size());
        boolean[] dropped = new boolean[known.size()];
        int k = 0;
        for (EntityMention f : found) {
            while (k < known.size() && known.get(k).end() <= f.start()) {
                k++;
            }
            // The known mentions this found name overlaps; it wins only by containing them all
            // and adding a word of its own, as a name of a known type ("Russian Security Council"
            // is an organisation, not Russia; "US-led" stays the United States).
            boolean wins = f.type() != EntityType.OTHER;
            int covered = 0;
            int last = k;
            for (int j = k; j < known.size() && known.get(j).start() < f.end(); j++) {
                EntityMention m = known.get(j);
                wins &= f.start() <= m.start() && m.end() <= f.end();
                covered += wordCount(m.text());
                last = j + 1;
            }
            if (last == k) {
                all.add(f);
            } else if (wins && wordCount(f.text()) > covered) {
                for (int j = k; j < last; j++) {
                    dropped[j] = true;
                }
                all.add(f);
            }
        }
        for (int j = 0; j < known.size(); j++) {
            if (!dropped[j]) {
                all.add(known.get(j));
            }
        }
        all.sort(Comparator.comparingInt(EntityMention::start));
        return resolve(text, all);
    }

    /**
     * Ties one-word people and bracketed acronyms to the names the text gave before them. A
     * one-word person the text names in full only later (a headline's "Kim") is tied to that.
     */
    private static List<EntityMention> resolve(String text, List<EntityMention> mentions) {
        int size = mentions.size();
        // Per mention, computed once: its word count, and (for those that need them) its words.
        int[] counts = new int[size];
        List<?>[] words = new List<?>[size];
        Map<String, EntityMention> laterPerson = new HashMap<>();
        for (int i = size - 1; i >= 0; i--) {
            EntityMention m = mentions.get(i);
            counts[i] = wordCount(m.text());
            if (m.type() != EntityType.PERSON || counts[i] < 2) {
                continue;
            }
            List<String> w = words(m);
            words[i] = w;
            if (w.size() >= 2) {
                laterPerson.put(w.get(0), m);
                laterPerson.put(w.get(w.size() - 1), m);
            }
        }
        Map<String, EntityMention> personByWord = new HashMap<>();
        Map<String, EntityMention> byAcronym = new HashMap<>();
        List<EntityMention> out = new ArrayList<>(size);
        EntityMention previous = null;
        for (int i = 0; i < size; i++) {
            EntityMention m = mentions.get(i);
            EntityMention r = m;
            boolean foundHere = m.canonical().equals(StatisticalNames.tidy(m.text()));
            // Only one-word names under their own words and people of several words take part:
            // the rest need no words.
            int count = counts[i];
            @SuppressWarnings("unchecked")
            List<String> w = words[i] != null ? (List<String>) words[i]
                    : foundHere && count == 1 || m.type() == EntityType.PERSON && count >= 2 ? words(m) : List.of();
            if (foundHere && w.size() == 1) {
                EntityMention person = personByWord.getOrDefault(w.get(0),
                        m.type() == EntityType.PERSON ? laterPerson.get(w.get(0)) : null);
                EntityMention expansion = byAcronym.get(m.text());
                if (person != null && m.type() != EntityType.PLACE) {
                    r = new EntityMention(m.text(), person.canonical(), EntityType.PERSON, m.start(), m.end());
                } else if (expansion != null) {
                    r = new EntityMention(m.text(), expansion.canonical(), expansion.type(), m.start(), m.end());
                } else if (previous != null && acronymOf(m.text(), previous, text, m.start())) {
                    byAcronym.put(m.text(), previous);
                    r = new EntityMention(m.text(), previous.canonical(), previous.type(), m.start(), m.end());
                }
            }
            if (r.type() == EntityType.PERSON && w.size() >= 2) {
                personByWord.put(w.get(0), r);
                personByWord.put(w.get(w.size() - 1), r);
            }
            out.add(r);
            previous = r;
        }
        return out;
    }

    /**
     * The first and last words of a name, normalised as the gazetteer matches them: one for a
     * one-word name, none for a name without letters or digits. Only those two are ever looked up.
     */
    private static List<String> words(EntityMention m) {
        Tokenizer.Tokens tokens = TOKENS.get().read(m.text());
        int n = tokens.size();
        return n == 0 ? List.of() : n == 1 ? List.of(tokens.norm(0)) : List.of(tokens.norm(0), tokens.norm(n - 1));
    }

    /**
     * How many words {@link Tokenizer} finds in a name, without making them: runs of letters and
     * digits, an apostrophe or full stop between two of them inside the run ("O'Brien", "U.S.").
     */
    static int wordCount(String name) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    : Character.isLetterOrDigit(c)) {
                count += inWord ? 0 : 1;
                inWord = true;
            } else if (inWord && (c == '.' || c == '\'' || c == '\u2019') && i + 1 < name.length()
                    && Character.isLetterOrDigit(name.charAt(i + 1))) {
                continue; // stays inside the word
            } else {
                inWord = false;
            }
        }
        return count;
    }

    /** "Korea Development Institute (KDI)": capitals in brackets right after a name, its initials. */
    static boolean acronymOf(String acronym, EntityMention name, String text, int at) {
        if (acronym.length() < 2) {
            return false;
        }
        for (int k = 0; k < acronym.length(); k++) {
            if (!Character.isUpperCase((int) acronym.charAt(k))) {
                return false;
            }
        }
        if (!bracketOnly(text, name.end(), at)) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (String w : name.text().split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                initials.append(w.charAt(0));
            }
        }
        return initials.toString().equals(acronym);
    }

    /** {@code text[from, to)} is an opening bracket and whitespace around it: "Institute (KDI)". */
    private static boolean bracketOnly(String text, int from, int to) {
        int k = from;
        while (k < to && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        if (k == to || text.charAt(k) != '(') {
            return false;
        }
        k++;
        while (k < to && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        return k == to;
    }
}
