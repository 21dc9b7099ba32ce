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
 */
public final class Gazetteer implements EntityTagger {

    private static final Logger LOG = LoggerFactory.getLogger(Gazetteer.class);
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** The configuration file, as read from YAML. */
    record File(List<Entry> entities) {
    }

    /** One configured entity. */
    record Entry(String name, String type, List<String> aliases) {
    }

    private record Target(String canonical, EntityType type, boolean singleWord) {
    }

    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        Target target;
    }

    private final Node root = new Node();
    private final int size;

    private Gazetteer(List<Entry> entries) {
        int count = 0;
        for (Entry e : entries) {
            if (e == null || e.name() == null || e.name().isBlank()) {
                continue;
            }
            EntityType type = parseType(e.type());
            add(e.name().strip(), e.name(), type);
            if (e.aliases() != null) {
                for (String alias : e.aliases()) {
                    if (alias != null && !alias.isBlank()) {
                        add(e.name().strip(), alias, type);
                    }
                }
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
        try {
            File file = YAML.readValue(in, File.class);
            return new Gazetteer(file == null || file.entities() == null ? List.of() : file.entities());
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

    private void add(String canonical, String alias, EntityType type) {
        List<Token> tokens = Tokenizer.tokens(alias);
        if (tokens.isEmpty()) {
            return;
        }
        Node node = root;
        for (Token t : tokens) {
            node = node.next.computeIfAbsent(t.norm(), k -> new Node());
        }
        if (node.target != null && !node.target.canonical().equals(canonical)) {
            LOG.warn("alias '{}' of {} is already an alias of {}; keeping {}", alias, canonical,
                    node.target.canonical(), node.target.canonical());
            return;
        }
        if (node.target == null) {
            node.target = new Target(canonical, type, tokens.size() == 1);
        }
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
