package io.wirewatch.analysis.entities;

import io.wirewatch.analysis.text.SentenceSplitter;
import java.util.Arrays;

/**
 * An article as the statistical name finder reads it: a text in, its words ({@code [start, end)}
 * offsets, split as {@link WordSpans} splits) and the sentences they form out. Offsets only, no
 * strings: the finder hashes the characters where they lie.
 *
 * <p>A reusable buffer, one per thread: {@link #read(String)} or {@link #clear()} and
 * {@link #add(int, int)} / {@link #endSentence()} overwrite what it held. Not thread-safe.
 */
final class ArticleWords {

    private int[] start = new int[1024];
    private int[] end = new int[1024];
    /** sentenceFirst[s] is the first word of sentence s; sentenceFirst[sentences] == size. */
    private int[] sentenceFirst = new int[128];
    private int size;
    private int sentences;
    /** The text being split, as an array: read without {@code String.charAt}'s checks. */
    private char[] chars = new char[8192];
    /** Each sentence split into words as the splitter finds it: no Span, no list per article. */
    private final SentenceSplitter.Sentences sentence = (start, end, line) -> {
        WordSpans.split(chars, start, end, this);
        endSentence();
    };

    /** Splits {@code text} into sentences ({@link SentenceSplitter}) and words ({@link WordSpans}). */
    ArticleWords read(String text) {
        clear();
        if (chars.length < text.length()) {
            chars = new char[Math.max(text.length(), chars.length * 2)];
        }
        text.getChars(0, text.length(), chars, 0);
        SentenceSplitter.split(text, sentence);
        return this;
    }

    void clear() {
        size = 0;
        sentences = 0;
        sentenceFirst[0] = 0;
    }

    void add(int from, int to) {
        if (size == start.length) {
            start = Arrays.copyOf(start, size * 2);
            end = Arrays.copyOf(end, size * 2);
        }
        start[size] = from;
        end[size] = to;
        size++;
    }

    /** Closes the sentence begun after the last call; an empty sentence is dropped. */
    void endSentence() {
        if (size == sentenceFirst[sentences]) {
            return;
        }
        if (sentences + 2 > sentenceFirst.length) {
            sentenceFirst = Arrays.copyOf(sentenceFirst, sentenceFirst.length * 2);
        }
        sentences++;
        sentenceFirst[sentences] = size;
    }

    int size() {
        return size;
    }

    int sentences() {
        return sentences;
    }

    /** The first word of sentence {@code s}. */
    int first(int s) {
        return sentenceFirst[s];
    }

    /** Just past the last word of sentence {@code s}. */
    int last(int s) {
        return sentenceFirst[s + 1];
    }

    int start(int word) {
        return start[word];
    }

    int end(int word) {
        return end[word];
    }
}
