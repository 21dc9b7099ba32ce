package io.wirewatch.analysis.entities;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.wirewatch.analysis.text.Token;
import io.wirewatch.analysis.text.Tokenizer;
import io.wirewatch.model.EntityMention;
import io.wirewatch.model.EntityType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entity tagging from a configured list of names and aliases: text in, mentions out (offsets
 * into the text, the words as written, the canonical name).
 *
 * <p>The configuration (config/entities.yaml):
 * <pre>
 * entities:
 *   - name: Sergei Shoigu        # canonical name, also matched itself
 *     type: PERSON               # PERSON | PLACE | ORGANIZATION | OTHER (default OTHER)
 *     aliases: [Sergey Shoigu, Mr Shoigu, Shoigu]
 *   - name: North Korea
 *     type: PLACE
 *     aliases: [North Korean, Pyongyang, DPRK]
 * </pre>
 *
 * <p>Matching is over tokens ({@link Tokenizer}): case and diacritics do not matter, curly and
 * straight apostrophes are the same, a possessive matches the name ("Russia’s" is Russia; the
 * mention ends before the "’s"), hyphens separate words ("Kim Jong-un" matches "Kim Jong Un").
 * A single-word alias matches only a capitalised word, so "Turkey" the country does not tag
 * "turkey" the bird; multi-word aliases match in any case ("security council"). Where aliases
 * overlap the longest match wins ("North Korean leader" is North Korea, not Korea); mentions never
 * overlap. All aliases live in one token trie ({@link WordTrie}), so tagging costs one walk per
 * token, not a loop over aliases. Instances are immutable and thread-safe.
 *
 * <p>People's short forms need no alias: once a text has named a person (any alias, typically
 * the full name), the first and last words of their multi-word names ("Kim", "Shoigu"), alone or
 * after a courtesy title ("Mr Kim", "Dr. Shoigu"), are that person until the text ends; where
 * two people named so far share the word, the one named last. Before such a mention, or in a text
 * that never names them, a bare surname is not tagged: "Kim" alone may be anyone. Titles that open
 * a name ("President Putin") are never short forms; words of two letters or fewer neither.
 * Combined with the built-in list by {@link DefaultGazetteer}.
 */
public final class Gazetteer implements EntityTagger {

    private static final Logger LOG = LoggerFactory.getLogger(Gazetteer.class);
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** The configuration file, as read from YAML. */
    record File(List<Entry> entities) {
    }

    /** One configured entity: canonical name, type (as written in YAML), aliases. */
    public record Entry(String name, String type, List<String> aliases) {
    }

    /** What an alias names (an alias of one word is a child of the trie's root). */
    private static final class Target {
        final String canonical;
        final EntityType type;
        /** Set once the gazetteer is built: the person whose short forms this name brings in, if any. */
        Person person;

        Target(String canonical, EntityType type) {
            this.canonical = canonical;
            this.type = type;
        }
    }

    /** Courtesy titles kept inside a short-form mention ("Mr Shoigu"); case-insensitive. */
    private static final Set<String> COURTESY = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame");
    /** The same titles, to look a token up without making a String of it. */
    private static final WordTrie<String> COURTESY_WORDS = words(COURTESY);
    /** Words that open a name but are titles, never a short form of it ("President Putin"). */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "president",
            "prime", "minister", "premier", "chancellor", "general", "gen", "senator", "sen", "king", "queen",
            "prince", "princess", "pope", "leader", "governor", "secretary", "judge", "chairman", "mayor");
    /** Each thread's tokens of the text being tagged. */
    private static final ThreadLocal<Tokenizer.Tokens> TOKENS = ThreadLocal.withInitial(Tokenizer.Tokens::new);
    /** Each thread's people named so far in the text being tagged: see {@link Named}. */
    private static final ThreadLocal<Named> NAMED = ThreadLocal.withInitial(Named::new);

    /**
     * The short forms of the people a text has named so far, each standing for the one named
     * last: per node of {@link #shortFormWords} (a word), its person. An array by node instead of
     * a map by word, so looking a token up makes no String; emptied after each text. One per
     * thread, shared by the thread's gazetteers.
     */
    private static final class Named {
        Target[] byWord = new Target[64];
        int[] set = new int[16];
        int count;

        Named ready(int words) {
            if (byWord.length < words) {
                byWord = new Target[Math.max(words, byWord.length * 2)];
            }
            return this;
        }

        void put(int word, Target person) {
            if (byWord[word] == null) {
                if (count == set.length) {
                    set = Arrays.copyOf(set, count * 2);
                }
                set[count++] = word;
            }
            byWord[word] = person;
        }

        void clear() {
            for (int k = 0; k < count; k++) {
                byWord[set[k]] = null;
            }
            count = 0;
        }
    }

    /** Every alias, word by word; a node's value is the entity whose alias ends there. */
    private final WordTrie<Target> trie = new WordTrie<>();
    /**
     * The first and last words of people's multi-word names, each a child of the root: whether a
     * token is a short form, and which (its node), without making a String of the token.
     */
    private final WordTrie<Void> shortFormWords = new WordTrie<>();
    private final int size;
    private final boolean hasPeople;

    /** A person and the words that stand for them once named. */
    private record Person(Target target, List<Integer> shortForms) {
    }

    private Gazetteer(List<Entry> entries) {
        int count = 0;
        List<Target> targets = new ArrayList<>();
        // First and last words of people's multi-word names: short form -> people it may stand for.
        Map<String, List<Target>> shortForms = new HashMap<>();
        for (Entry e : entries) {
            if (e == null || e.name() == null || e.name().isBlank()) {
                continue;
            }
            EntityType type = parseType(e.type());
            String canonical = e.name().strip();
            Target target = add(canonical, e.name(), type, targets);
            List<String> names = new ArrayList<>();
            names.add(e.name());
            if (e.aliases() != null) {
                for (String alias : e.aliases()) {
                    if (alias != null && !alias.isBlank()) {
                        Target t = add(canonical, alias, type, targets);
                        target = target == null ? t : target;
                        names.add(alias);
                    }
                }
            }
            if (type == EntityType.PERSON && target != null) {
                addShortForms(target, names, shortForms);
            }
            count++;
        }
        this.size = count;
        // The people by canonical name: any alias of that name brings their short forms in.
        Map<String, Person> people = new HashMap<>();
        shortForms.forEach((word, named) -> {
            int node = shortFormWords.childOrNew(0, word);
            named.forEach(t -> people.computeIfAbsent(t.canonical, c -> new Person(t, new ArrayList<>(2)))
                    .shortForms().add(node));
        });
        for (Target t : targets) {
            t.person = people.get(t.canonical);
        }
        trie.built();
        shortFormWords.built();
        this.hasPeople = !people.isEmpty();
    }

    public static Gazetteer fromYaml(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return fromYaml(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read entities from " + path, e);
        }
    }

    public static Gazetteer fromYaml(InputStream in) {
        return new Gazetteer(readEntries(in));
    }

    /** A gazetteer of the given entries; where two entries claim one alias, the earlier wins. */
    public static Gazetteer of(List<Entry> entries) {
        return new Gazetteer(entries);
    }

    /** The entries of an entities file (config/entities.yaml format). */
    public static List<Entry> readEntries(InputStream in) {
        try {
            File file = YAML.readValue(in, File.class);
            return file == null || file.entities() == null ? List.of() : file.entities();
        } catch (IOException e) {
            throw new UncheckedIOException("not a valid entities file: " + e.getMessage(), e);
        }
    }

    public static Gazetteer empty() {
        return new Gazetteer(List.of());
    }

    /** Number of configured entities. */
    public int size() {
        return size;
    }

    @Override
    public List<EntityMention> tag(String text) {
        if (size == 0 || text == null || text.isEmpty()) {
            return List.of();
        }
        return tagRead(text, TOKENS.get().read(text));
    }

    /** Tags an already tokenised text (the tokens of {@code text}). */
    public List<EntityMention> tag(String text, List<Token> tokens) {
        if (size == 0) {
            return List.of();
        }
        return tagRead(text, TOKENS.get().read(tokens));
    }

    @Override
    public List<EntityMention> tag(String text, Tokenizer.Tokens tokens) {
        if (size == 0 || text == null || text.isEmpty()) {
            return List.of();
        }
        return tagRead(text, tokens);
    }

    private List<EntityMention> tagRead(String text, Tokenizer.Tokens tokens) {
        // The short forms of the people named so far, each standing for the one named last.
        Named named = hasPeople ? NAMED.get().ready(shortFormWords.nodes()) : null;
        try {
            return tag(text, tokens, named);
        } finally {
            if (named != null) {
                named.clear();
            }
        }
    }

    private List<EntityMention> tag(String text, Tokenizer.Tokens tokens, Named named) {
        int n = tokens.size();
        // Sized for news (a known name in every 20 words or so), so the list rarely grows.
        List<EntityMention> out = new ArrayList<>(Math.max(10, n / 16));
        int i = 0;
        while (i < n) {
            int node = 0;
            int matchEnd = -1;
            Target match = null;
            for (int j = i; j < n; j++) {
                node = trie.child(node, tokens, j);
                if (node < 0) {
                    break;
                }
                // A one-word alias (j == i) matches only a capitalised word: known without reading the Target.
                Target t = trie.value(node);
                if (t != null && (j > i || tokens.capitalised(i))) {
                    match = t;
                    matchEnd = j;
                }
            }
            if (match != null) {
                Person person = named == null ? null : match.person;
                if (person != null) {
                    for (int word : person.shortForms()) {
                        named.put(word, person.target());
                    }
                }
            } else if (named != null && named.count > 0) {
                int k = i + 1 < n && courtesy(tokens, i) ? i + 1 : i;
                match = tokens.capitalised(k) ? shortForm(tokens, k, named) : null;
                matchEnd = match == null ? -1 : k;
            }
            if (match == null) {
                i++;
                continue;
            }
            int start = tokens.start(i);
            int end = tokens.end(matchEnd);
            out.add(new EntityMention(text.substring(start, end), match.canonical, match.type, start, end));
            i = matchEnd + 1;
        }
        return out;
    }

    /** "Mr", "Dr", "Dame"...: all four letters or fewer, which spares most words the lookup. */
    private static boolean courtesy(Tokenizer.Tokens tokens, int i) {
        return tokens.normLength(i) <= 4 && COURTESY_WORDS.child(0, tokens, i) >= 0;
    }

    /** The person named so far whose short form token {@code i} is, or null. */
    private Target shortForm(Tokenizer.Tokens tokens, int i, Named named) {
        int node = shortFormWords.child(0, tokens, i);
        return node < 0 ? null : named.byWord[node];
    }

    private static WordTrie<String> words(Set<String> words) {
        WordTrie<String> trie = new WordTrie<>();
        for (String w : words) {
            trie.setValue(trie.childOrNew(0, w), w);
        }
        trie.built();
        return trie;
    }

    private static void addShortForms(Target person, List<String> names, Map<String, List<Target>> shortForms) {
        for (String name : names) {
            List<Token> tokens = Tokenizer.tokens(name);
            int first = 0;
            while (first < tokens.size() && TITLES.contains(tokens.get(first).norm())) {
                first++;
            }
            if (tokens.size() - first < 2) {
                continue;
            }
            for (Token t : List.of(tokens.get(first), tokens.get(tokens.size() - 1))) {
                // Two letters or fewer ("Un", "Li") collide with acronyms and words too often.
                if (t.norm().length() > 2 && t.capitalised()) {
                    List<Target> people = shortForms.computeIfAbsent(t.norm(), k -> new ArrayList<>(1));
                    if (people.stream().noneMatch(p -> p.canonical.equals(person.canonical))) {
                        people.add(person);
                    }
                }
            }
        }
    }

    /** Adds {@code alias} of {@code canonical}; a Target it makes is added to {@code made} too. */
    private Target add(String canonical, String alias, EntityType type, List<Target> made) {
        List<Token> tokens = Tokenizer.tokens(alias);
        if (tokens.isEmpty()) {
            return null;
        }
        int node = 0;
        for (Token t : tokens) {
            node = trie.childOrNew(node, t.norm());
        }
        Target target = trie.value(node);
        if (target != null && !target.canonical.equals(canonical)) {
            LOG.debug("alias '{}' of {} is already an alias of {}; keeping {}", alias, canonical,
                    target.canonical, target.canonical);
            return null;
        }
        if (target == null) {
            target = new Target(canonical, type);
            trie.setValue(node, target);
            made.add(target);
        }
        return target;
    }

    private static EntityType parseType(String type) {
        if (type == null || type.isBlank()) {
            return EntityType.OTHER;
        }
        String t = type.strip().toUpperCase(Locale.ROOT);
        if (t.equals("ORGANISATION") || t.equals("ORG")) {
            return EntityType.ORGANIZATION;
        }
        if (t.equals("LOCATION") || t.equals("COUNTRY") || t.equals("GPE")) {
            return EntityType.PLACE;
        }
        try {
            return EntityType.valueOf(t);
        } catch (IllegalArgumentException e) {
            LOG.warn("unknown entity type '{}', using OTHER", type);
            return EntityType.OTHER;
        }
    }
}
