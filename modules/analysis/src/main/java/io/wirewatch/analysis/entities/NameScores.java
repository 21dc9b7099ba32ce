package io.wirewatch.analysis.entities;

import io.wirewatch.model.EntityMention;
import io.wirewatch.model.EntityType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Entity-level scoring of a tagger on a CoNLL-2003-style corpus, as the CoNLL shared task scores
 * it: documents and a tagger in, precision, recall and F1 per type (PER, LOC, ORG, MISC) and over
 * all types out. A found name counts only when its words and its type both match a gold name.
 *
 * <p>Each document is given to the tagger as running text: its sentences one per line, the words
 * separated by single spaces, so the tagger sees it as it sees an article. Types map PERSON to
 * PER, PLACE to LOC, ORGANIZATION to ORG and OTHER to MISC. A mention whose edges fall inside a
 * word counts as wrong.
 */
public final class NameScores {

    /** Counts of one type. */
    public record Count(int truePositives, int falsePositives, int falseNegatives) {
        public double precision() {
            int d = truePositives + falsePositives;
            return d == 0 ? 0 : (double) truePositives / d;
        }

        public double recall() {
            int d = truePositives + falseNegatives;
            return d == 0 ? 0 : (double) truePositives / d;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public int gold() {
            return truePositives + falseNegatives;
        }
    }

    private record Key(int sentence, int start, int end, String type) {
    }

    private final Map<String, int[]> counts = new TreeMap<>();

    public static String conllType(EntityType type) {
        return switch (type) {
            case PERSON -> "PER";
            case PLACE -> "LOC";
            case ORGANIZATION -> "ORG";
            default -> "MISC";
        };
    }

    /** Tags every document and counts; call once per corpus. */
    public NameScores score(List<ConllCorpus.Document> docs, EntityTagger tagger) {
        for (ConllCorpus.Document doc : docs) {
            score(doc, tagger);
        }
        return this;
    }

    void score(ConllCorpus.Document doc, EntityTagger tagger) {
        StringBuilder text = new StringBuilder();
        List<int[]> wordAt = new ArrayList<>(); // {sentence, word, start, end}
        Set<Key> gold = new HashSet<>();
        for (int s = 0; s < doc.sentences().size(); s++) {
            ConllCorpus.Sentence sentence = doc.sentences().get(s);
            if (s > 0) {
                text.append('\n');
            }
            for (int w = 0; w < sentence.tokens().size(); w++) {
                if (w > 0) {
                    text.append(' ');
                }
                int start = text.length();
                text.append(sentence.tokens().get(w));
                wordAt.add(new int[] {s, w, start, text.length()});
            }
            for (ConllCorpus.Name n : sentence.names()) {
                gold.add(new Key(s, n.start(), n.end(), n.type()));
            }
        }
        Set<Key> found = new HashSet<>();
        for (EntityMention m : tagger.tag(text.toString())) {
            int[] first = null;
            int[] last = null;
            for (int[] w : wordAt) { // documents are short; a scan keeps this obvious
                if (w[2] == m.start()) {
                    first = w;
                }
                if (w[3] == m.end()) {
                    last = w;
                }
            }
            String type = conllType(m.type());
            if (first == null || last == null || first[0] != last[0]) {
                bump(type, 1); // edges inside a word or across sentences: wrong
                continue;
            }
            found.add(new Key(first[0], first[1], last[1] + 1, type));
        }
        for (Key k : found) {
            bump(k.type(), gold.contains(k) ? 0 : 1);
        }
        for (Key k : gold) {
            if (!found.contains(k)) {
                bump(k.type(), 2);
            }
        }
    }

    private void bump(String type, int which) {
        counts.computeIfAbsent(type, t -> new int[3])[which]++;
    }

    /** Counts per type, sorted by type. */
    public Map<String, Count> byType() {
        Map<String, Count> out = new TreeMap<>();
        counts.forEach((t, c) -> out.put(t, new Count(c[0], c[1], c[2])));
        return out;
    }

    /** Counts over all types (micro average). */
    public Count overall() {
        int[] sum = new int[3];
        for (int[] c : counts.values()) {
            for (int i = 0; i < 3; i++) {
                sum[i] += c[i];
            }
        }
        return new Count(sum[0], sum[1], sum[2]);
    }
}
