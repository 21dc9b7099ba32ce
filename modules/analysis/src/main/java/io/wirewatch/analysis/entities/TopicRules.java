package io.wirewatch.analysis.entities;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.wirewatch.analysis.text.MinHasher;
import io.wirewatch.analysis.text.Token;
import io.wirewatch.analysis.text.Tokenizer;
import io.wirewatch.model.EntityMention;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
 *
 * <p>Prepare hands over the words it already has, as the 64-bit hashes of their normalised forms
 * ({@link #match(long[], int, List)}, {@link MinHasher#wordHash}, which it holds for the MinHash
 * anyway), so the article is not tokenised a second time here and no word's String is read; the
 * keywords are found in one pass, each word looked up among the keywords' first words in a small
 * table of hashes. Two distinct words with one 64-bit hash would match each other: a chance of
 * about one in 2^64 per pair, beside which a typo in the configuration is the risk.
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

    /** One keyword of a rule, as the hashes of its normalised words. */
    private record Keyword(int rule, long[] words) {
    }

    private final List<Compiled> rules;
    /** The keywords' first words (hashes), open-addressed; 0 marks an empty slot. */
    private final long[] firstWords;
    /** The keywords starting with the first word in the same slot. */
    private final Keyword[][] keywordsByFirstWord;

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
        Map<Long, List<Keyword>> byFirstWord = new HashMap<>();
        for (int r = 0; r < this.rules.size(); r++) {
            for (List<String> k : this.rules.get(r).keywords()) {
                long[] words = k.stream().mapToLong(MinHasher::wordHash).toArray();
                byFirstWord.computeIfAbsent(words[0], w -> new ArrayList<>()).add(new Keyword(r, words));
            }
        }
        int capacity = Integer.highestOneBit(Math.max(4, byFirstWord.size() * 4) - 1) << 1;
        firstWords = new long[capacity];
        keywordsByFirstWord = new Keyword[capacity][];
        for (Map.Entry<Long, List<Keyword>> e : byFirstWord.entrySet()) {
            int slot = slotOf(e.getKey());
            firstWords[slot] = e.getKey();
            keywordsByFirstWord[slot] = e.getValue().toArray(Keyword[]::new);
        }
    }

    /** The slot of a first word's hash, or the empty one where it would go. */
    private int slotOf(long hash) {
        int mask = firstWords.length - 1;
        int slot = (int) ((hash * 0x9E3779B97F4A7C15L) >>> 40) & mask;
        while (firstWords[slot] != hash && firstWords[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        return slot;
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

    /** The topics of a text, tokenised here. */
    public List<String> match(String text, List<EntityMention> mentions) {
        if (rules.isEmpty()) {
            return List.of();
        }
        List<Token> tokens = Tokenizer.tokens(text == null ? "" : text);
        long[] words = new long[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = MinHasher.wordHash(tokens.get(i).norm());
        }
        return match(words, words.length, mentions);
    }

    /**
     * The topics of a text given as the {@link MinHasher#wordHash}es of its tokens' normalised
     * forms, the first {@code count} of {@code words}, in text order.
     */
    public List<String> match(long[] words, int count, List<EntityMention> mentions) {
        if (rules.isEmpty()) {
            return List.of();
        }
        Set<String> canonicals = new HashSet<>();
        if (mentions != null) {
            for (EntityMention m : mentions) {
                canonicals.add(m.canonical());
            }
        }
        // Which rules the entities allow, and whether any of those still needs a keyword.
        boolean[] allowed = new boolean[rules.size()];
        boolean wordsNeeded = false;
        for (int r = 0; r < rules.size(); r++) {
            Compiled rule = rules.get(r);
            allowed[r] = canonicals.containsAll(rule.entities());
            wordsNeeded |= allowed[r] && !rule.keywords().isEmpty();
        }
        boolean[] keywordFound = new boolean[rules.size()];
        if (wordsNeeded) {
            for (int i = 0; i < count; i++) {
                Keyword[] starting = keywordsByFirstWord[slotOf(words[i])];
                if (starting == null || words[i] == 0) {
                    continue;
                }
                for (Keyword k : starting) {
                    if (!keywordFound[k.rule()] && startsAt(k.words(), words, i, count)) {
                        keywordFound[k.rule()] = true;
                    }
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            Compiled rule = rules.get(r);
            if (allowed[r] && (rule.keywords().isEmpty() || keywordFound[r])) {
                out.add(rule.name());
            }
        }
        return out;
    }

    /** Whether {@code keyword} is the sequence of words starting at {@code words[at]}. */
    private static boolean startsAt(long[] keyword, long[] words, int at, int count) {
        if (at + keyword.length > count) {
            return false;
        }
        for (int k = 1; k < keyword.length; k++) {
            if (keyword[k] != words[at + k]) {
                return false;
            }
        }
        return true;
    }
}
