package io.wirewatch.analysis.entities;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.wirewatch.analysis.text.Token;
import io.wirewatch.analysis.text.Tokenizer;
import io.wirewatch.model.EntityMention;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Configured topics: an article's text and entity mentions in, the names of the topics it
 * matches out (in configuration order).
 *
 * <p>The configuration (config/topics.yaml):
 * <pre>
 * topics:
 *   - name: korea-russia
 *     entities: [North Korea, Russia]            # ALL must be mentioned (canonical names)
 *   - name: missile-tests
 *     keywords: [missile, missiles, test-launch] # ANY keyword, whole words, any case
 *   - name: korea-missiles
 *     entities: [North Korea]                    # both given: all entities AND any keyword
 *     keywords: [missile, missiles]
 * </pre>
 * A keyword is matched as a word sequence over the same tokens as entities ("test-launch"
 * matches "test-launch" and "test launch"), so "missile" does not match "missiles": list the
 * forms you want. A rule with neither entities nor keywords matches nothing.
 */
public final class TopicRules {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    record File(List<Rule> topics) {
    }

    /** One configured topic. */
    record Rule(String name, List<String> entities, List<String> keywords) {
    }

    private record Compiled(String name, Set<String> entities, List<List<String>> keywords) {
    }

    private final List<Compiled> rules;

    private TopicRules(List<Rule> rules) {
        List<Compiled> compiled = new ArrayList<>();
        for (Rule r : rules) {
            if (r == null || r.name() == null || r.name().isBlank()) {
                continue;
            }
            Set<String> entities = new HashSet<>();
            if (r.entities() != null) {
                for (String e : r.entities()) {
                    if (e != null && !e.isBlank()) {
                        entities.add(e.strip());
                    }
                }
            }
            List<List<String>> keywords = new ArrayList<>();
            if (r.keywords() != null) {
                for (String k : r.keywords()) {
                    List<String> words = new ArrayList<>();
                    if (k != null) {
                        for (Token t : Tokenizer.tokens(k)) {
                            words.add(t.norm());
                        }
                    }
                    if (!words.isEmpty()) {
                        keywords.add(words);
                    }
                }
            }
            if (!entities.isEmpty() || !keywords.isEmpty()) {
                compiled.add(new Compiled(r.name().strip(), entities, keywords));
            }
        }
        this.rules = List.copyOf(compiled);
    }

    public static TopicRules fromYaml(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return fromYaml(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read topics from " + path, e);
        }
    }

    public static TopicRules fromYaml(InputStream in) {
        try {
            File file = YAML.readValue(in, File.class);
            return new TopicRules(file == null || file.topics() == null ? List.of() : file.topics());
        } catch (IOException e) {
            throw new UncheckedIOException("not a valid topics file: " + e.getMessage(), e);
        }
    }

    public static TopicRules none() {
        return new TopicRules(List.of());
    }

    public List<String> match(String text, List<EntityMention> mentions) {
        if (rules.isEmpty()) {
            return List.of();
        }
        Set<String> canonicals = new HashSet<>();
        if (mentions != null) {
            for (EntityMention m : mentions) {
                canonicals.add(m.canonical());
            }
        }
        List<String> words = null;
        Set<String> wordSet = null;
        List<String> out = new ArrayList<>();
        for (Compiled rule : rules) {
            if (!canonicals.containsAll(rule.entities())) {
                continue;
            }
            if (!rule.keywords().isEmpty()) {
                if (words == null) {
                    words = new ArrayList<>();
                    for (Token t : Tokenizer.tokens(text == null ? "" : text)) {
                        words.add(t.norm());
                    }
                    wordSet = new HashSet<>(words);
                }
                if (!anyKeyword(rule.keywords(), words, wordSet)) {
                    continue;
                }
            }
            out.add(rule.name());
        }
        return out;
    }

    private static boolean anyKeyword(List<List<String>> keywords, List<String> words, Set<String> wordSet) {
        for (List<String> k : keywords) {
            if (!wordSet.contains(k.get(0))) {
                continue;
            }
            if (k.size() == 1) {
                return true;
            }
            for (int i = 0; i + k.size() <= words.size(); i++) {
                if (words.subList(i, i + k.size()).equals(k)) {
                    return true;
                }
            }
        }
        return false;
    }
}
