package io.wirewatch.analysis.entities;

import io.wirewatch.model.EntityMention;
import java.util.List;

/**
 * One article through the statistical name finder: its text, words and gazetteer mentions in, a
 * label per word out, sentence by sentence in order. What the finder called a capitalised word in
 * one sentence is a feature of the same word further down ("Leicestershire" tagged an organisation
 * in the results line stays one in the report), so an article is labelled as a whole.
 *
 * <p>Training uses the same walk: a {@link Teacher} sees each sentence's labels right after they
 * are decoded, before the article remembers them. Holds scratch buffers: one per thread.
 */
final class ArticleNames {

    /** Called after each sentence is decoded, with what the decoder saw and said. */
    interface Teacher {
        void correct(WordHashes hashes, int first, int last, int[] memory, int[] predicted);
    }

    final ArticleWords words = new ArticleWords();
    private final WordHashes hashes = new WordHashes();
    private final WordTable said = new WordTable();
    private final NameDecoder decoder = new NameDecoder();
    private int[] memory = new int[1024];
    private int[] labels = new int[1024];

    WordHashes hashes() {
        return hashes;
    }

    /**
     * Labels the words {@link #words} holds (of {@code text}); returns the labels, indexed by
     * word, valid until the next call. {@code teacher} may be null.
     */
    int[] label(String text, List<EntityMention> known, NameModel model, Teacher teacher) {
        int n = words.size();
        if (labels.length < n) {
            labels = new int[n * 2];
            memory = new int[n * 2];
        }
        hashes.fill(text, words, known);
        said.clear(n);
        for (int s = 0; s < words.sentences(); s++) {
            int first = words.first(s);
            int last = words.last(s);
            for (int i = first; i < last; i++) {
                memory[i] = remembered(i) ? said.get(hashes.word(i)) : 0;
            }
            decoder.decode(model, hashes, first, last, memory, labels);
            if (teacher != null) {
                teacher.correct(hashes, first, last, memory, labels);
            }
            for (int i = first; i < last; i++) {
                if (remembered(i)) {
                    said.put(hashes.word(i), 1 + NameLabels.type(labels[i]));
                }
            }
        }
        return labels;
    }

    /** Only capitalised words are remembered: "of" in one name says nothing of "of" elsewhere. */
    private boolean remembered(int i) {
        return (hashes.flags(i) & WordHashes.CAPITALISED) != 0;
    }
}
