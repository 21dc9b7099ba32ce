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
 * overlap. All aliases live in one token trie, so tagging costs one walk per token, not a loop
 * over aliases. Instances are immutable and thread-safe.
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

    private record Target(String canonical, EntityType type, boolean singleWord) {
    }


    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        Target target;
    }

    /** Courtesy titles kept inside a short-form mention ("Mr Shoigu"); case-insensitive. */
    private static final Set<String> COURTESY = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame");
    /** Words that open a name but are titles, never a short form of it ("President Putin"). */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "president",
            "prime", "minister", "premier", "chancellor", "general", "gen", "senator", "sen", "king", "queen",
            "prince", "princess", "pope", "leader", "governor", "secretary", "judge", "chairman", "mayor");

    private final Node root = new Node();
    /** First and last words of people's multi-word names: short form -> people it may stand for. */
    private final Map<String, List<Target>> shortForms = new HashMap<>();
    private final int size;

    private Gazetteer(List<Entry> entries) {
        int count = 0;
        for (Entry e : entries) {
            if (e == null || e.name() == null || e.name().isBlank()) {
                continue;
            }
            EntityType type = parseType(e.type());
            String canonical = e.name().strip();
            Target target = add(canonical, e.name(), type);
            List<String> names = new ArrayList<>();
            names.add(e.name());
            if (e.aliases() != null) {
                for (String alias : e.aliases()) {
                    if (alias != null && !alias.isBlank()) {
                        Target t = add(canonical, alias, type);
                        target = target == null ? t : target;
                        names.add(alias);
                    }
                }
            }
            if (type == EntityType.PERSON && target != null) {
                addShortForms(target, names);
            }
            count++;
        }
        this.size = count;
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
        return tag(text, Tokenizer.tokens(text));
    }

    /** Tags an already tokenised text (the tokens of {@code text}). */
    public List<EntityMention> tag(String text, List<Token> tokens) {
        if (size == 0) {
            return List.of();
        }
        List<EntityMention> out = new ArrayList<>();
        // Where each person was last named in full: a short form refers to the latest one.
        Map<String, Integer> named = shortForms.isEmpty() ? null : new HashMap<>();
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            Node node = root;
            int matchEnd = -1;
            Target match = null;
            for (int j = i; j < n; j++) {
                node = node.next.get(tokens.get(j).norm());
                if (node == null) {
                    break;
                }
                Target t = node.target;
                if (t != null && (!t.singleWord() || tokens.get(i).capitalised())) {
                    match = t;
                    matchEnd = j;
                }
            }
            if (match != null) {
                if (named != null) {
                    named.put(match.canonical(), i);
                }
            } else if (named != null && !named.isEmpty()) {
                int k = COURTESY.contains(tokens.get(i).norm()) && i + 1 < n ? i + 1 : i;
                match = shortForm(tokens.get(k), named);
                matchEnd = match == null ? -1 : k;
            }
            if (match == null) {
                i++;
                continue;
            }
            int start = tokens.get(i).start();
            int end = tokens.get(matchEnd).end();
            out.add(new EntityMention(text.substring(start, end), match.canonical(), match.type(), start, end));
            i = matchEnd + 1;
        }
        return out;
    }

    /** The person a capitalised short form stands for, among those already named in full. */
    private Target shortForm(Token token, Map<String, Integer> named) {
        if (!token.capitalised()) {
            return null;
        }
        List<Target> people = shortForms.get(token.norm());
        if (people == null) {
            return null;
        }
        Target best = null;
        int bestAt = -1;
        for (Target p : people) {
            Integer at = named.get(p.canonical());
            if (at != null && at > bestAt) {
                best = p;
                bestAt = at;
            }
        }
        return best;
    }

    private void addShortForms(Target person, List<String> names) {
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
                    if (people.stream().noneMatch(p -> p.canonical().equals(person.canonical()))) {
                        people.add(person);
                    }
                }
            }
        }
    }

    private Target add(String canonical, String alias, EntityType type) {
        List<Token> tokens = Tokenizer.tokens(alias);
        if (tokens.isEmpty()) {
            return null;
        }
        Node node = root;
        for (Token t : tokens) {
            node = node.next.computeIfAbsent(t.norm(), k -> new Node());
        }
        if (node.target != null && !node.target.canonical().equals(canonical)) {
            LOG.debug("alias '{}' of {} is already an alias of {}; keeping {}", alias, canonical,
                    node.target.canonical(), node.target.canonical());
            return null;
        }
        if (node.target == null) {
            node.target = new Target(canonical, type, tokens.size() == 1);
        }
        return node.target;
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
