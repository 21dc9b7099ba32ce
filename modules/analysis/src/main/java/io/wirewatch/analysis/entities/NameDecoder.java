package io.wirewatch.analysis.entities;

import java.util.Arrays;

/**
 * The best labels for one sentence under a {@link NameModel}: the sentence's {@link WordHashes}
 * and what the finder called each word before in the article in, one label per word out. Viterbi
 * over the word labels, so the label sequence is the best whole one, never broken BIO ("I-ORG"
 * after "O"); each word's own features are scored once, the transition features once per
 * previous label. {@linkplain WordHashes#plain Plain} words are O and cost nothing. With a fixed
 * (shipped) model the features that depend only on a word's context (shapes, gazetteer types,
 * position: {@link NameFeatures#contextKey}) are summed once per context and kept, across
 * articles: a few hundred contexts cover nearly all words, so a word costs little more than its
 * lexical features' rows. The sums are ints, so the scores are exactly those of summing every row.
 *
 * <p>Holds scratch arrays: one per thread; not thread-safe.
 */
final class NameDecoder {

    private static final int L = NameLabels.COUNT;

    private float[] emission = new float[256 * L];
    private boolean[] plain = new boolean[256];
    private float[] best = new float[256 * L];
    private int[] back = new int[256 * L];
    private static final int MAX_SHAPES = 256;
    private final float[] transition = new float[(L + 1) * L];
    /** Transition scores per word shape for {@link #cachedFor}: slot * (L + 1) * L onwards. */
    private final float[] byShape = new float[MAX_SHAPES * (L + 1) * L];
    private final WordTable shapeSlots = new WordTable();
    private NameModel cachedFor;
    private int shapes;
    private int trBase;
    private final int[] features = new int[NameFeatures.MAX];
    /**
     * The sums of context features ({@link NameFeatures#context}) per context key, for
     * {@link #contextsFor}: key in contextKeys from slot * KEY (0: empty slot), sums in
     * contextSums from slot * L. Nearly every word of an article shares its context with words
     * seen before, here or in earlier articles.
     */
    private static final int CONTEXTS = 4096;
    private final int[] contextKeys = new int[CONTEXTS * NameFeatures.KEY];
    private final int[] contextSums = new int[CONTEXTS * L];
    private final int[] key = new int[NameFeatures.KEY];
    private NameModel contextsFor;
    private int contexts;
    /** What {@link NameModel#sum} returns, kept so its prefetching loop stays; meaningless. */
    private int sink;

    /**
     * Labels words {@code [first, last)} into {@code labels[first, last)}; {@code memory[i]} is
     * the memory feature of word i.
     */
    void decode(NameModel model, WordHashes h, int first, int last, int[] memory, int[] labels) {
        int n = last - first;
        if (emission.length < n * L) {
            emission = new float[n * L * 2];
            best = new float[n * L * 2];
            back = new int[n * L * 2];
        }
        if (plain.length < n) {
            plain = new boolean[n * 2];
        }
        for (int i = first; i < last; i++) {
            plain[i - first] = h.plain(i, first, last);
            if (plain[i - first]) {
                continue;
            }
            if (!model.isFixed()) {
                // Training: the weights change after every sentence, nothing can be kept.
                int count = NameFeatures.word(h, first, last, i, memory[i], features);
                sink += model.sum(features, count, emission, (i - first) * L);
                continue;
            }
            NameFeatures.contextKey(h, first, last, i, key);
            int slot = context(model);
            int count = NameFeatures.lexical(h, first, last, i, memory[i], features, 0);
            sink += model.sum(features, count, contextSums, slot * L, emission, (i - first) * L);
        }
        for (int t = 0; t < n; t++) {
            int i = first + t;
            int at = t * L;
            if (plain[t]) {
                outside(t, n);
                continue;
            }
            float[] tr = transitions(model, h, i, t == 0);
            int base = trBase;
            for (int c = 0; c < L; c++) {
                float top = Float.NEGATIVE_INFINITY;
                int from = NameLabels.START;
                if (t == 0) {
                    if (NameLabels.allowed(NameLabels.START, c)) {
                        top = tr[base + NameLabels.START * L + c];
                    }
                } else if (plain[t - 1]) {
                    // After a plain word only O is possible, and O cannot be continued.
                    from = NameLabels.O;
                    top = NameLabels.isInside(c) ? Float.NEGATIVE_INFINITY
                            : best[at - L + NameLabels.O] + tr[base + NameLabels.O * L + c];
                } else if (NameLabels.isInside(c)) {
                    // I-X continues B-X or I-X only: the two labels just before it.
                    int prev = at - L;
                    float fromBegin = best[prev + c - 1] + tr[base + (c - 1) * L + c];
                    float fromInside = best[prev + c] + tr[base + c * L + c];
                    top = fromBegin >= fromInside ? fromBegin : fromInside;
                    from = fromBegin >= fromInside ? c - 1 : c;
                } else {
                    int prev = at - L;
                    for (int p = 0; p < L; p++) {
                        float s = best[prev + p] + tr[base + p * L + c];
                        if (s > top) {
                            top = s;
                            from = p;
                        }
                    }
                }
                best[at + c] = top + emission[at + c];
                back[at + c] = from;
            }
        }
        int label = 0;
        float top = Float.NEGATIVE_INFINITY;
        for (int c = 0; c < L; c++) {
            if (best[(n - 1) * L + c] > top) {
                top = best[(n - 1) * L + c];
                label = c;
            }
        }
        for (int t = n - 1; t >= 0; t--) {
            labels[first + t] = label;
            label = back[t * L + label];
        }
    }

    /**
     * The slot of {@link #key}'s context sums under {@code model} (a fixed one), summed now if
     * they are not kept yet. The table is emptied when half full or for another model.
     */
    private int context(NameModel model) {
        if (contextsFor != model || contexts * 2 >= CONTEXTS) {
            contextsFor = model;
            Arrays.fill(contextKeys, 0);
            contexts = 0;
        }
        int h = 0;
        for (int k = 0; k < NameFeatures.KEY; k++) {
            h = (h ^ key[k]) * 0x9E3779B1;
        }
        int slot = (h ^ h >>> 16) & (CONTEXTS - 1);
        while (true) {
            int at = slot * NameFeatures.KEY;
            if (contextKeys[at] == 0) {
                System.arraycopy(key, 0, contextKeys, at, NameFeatures.KEY);
                contexts++;
                int count = NameFeatures.context(key, features, 0);
                sink += model.sumInts(features, count, contextSums, slot * L);
                return slot;
            }
            if (Arrays.equals(contextKeys, at, at + NameFeatures.KEY, key, 0, NameFeatures.KEY)) {
                return slot;
            }
            slot = (slot + 1) & (CONTEXTS - 1);
        }
    }

    /**
     * A {@linkplain WordHashes#plain plain} word at {@code t} of {@code n}: O after the best label
     * before, nothing else. Only O of a plain word is ever read again (the next word starts from
     * it), except by the final choice: the other labels are ruled out only at the sentence's end.
     */
    private void outside(int t, int n) {
        int at = t * L;
        float top = 0;
        int from = NameLabels.START;
        if (t > 0 && plain[t - 1]) {
            top = best[at - L + NameLabels.O];
            from = NameLabels.O;
        } else if (t > 0) {
            top = Float.NEGATIVE_INFINITY;
            for (int p = 0; p < L; p++) {
                if (best[at - L + p] > top) {
                    top = best[at - L + p];
                    from = p;
                }
            }
        }
        if (t == n - 1) {
            Arrays.fill(best, at, at + L, Float.NEGATIVE_INFINITY);
        }
        best[at + NameLabels.O] = top;
        back[at + NameLabels.O] = from;
    }

    /**
     * The scores of each label after each previous label at word {@code i}: returns the array and
     * sets {@link #trBase} to where {@code [previous * L + label]} starts in it. The transition
     * features depend only on the previous label and the word's shape, so with a fixed model the
     * scores are kept per shape and an article's few dozen shapes are scored once each.
     */
    private float[] transitions(NameModel model, WordHashes h, int i, boolean sentenceStart) {
        if (!model.isFixed()) {
            trBase = 0;
            score(model, h, i, sentenceStart ? NameLabels.START : 0, sentenceStart ? NameLabels.START : L - 1,
                    transition, 0);
            return transition;
        }
        if (cachedFor != model || shapes >= MAX_SHAPES) {
            cachedFor = model;
            shapeSlots.clear(MAX_SHAPES);
            shapes = 0;
        }
        int shape = h.shape(i);
        int slot = shapeSlots.get(shape) - 1;
        if (slot < 0) {
            slot = shapes++;
            shapeSlots.put(shape, slot + 1);
            score(model, h, i, 0, NameLabels.START, byShape, slot * (L + 1) * L);
        }
        trBase = slot * (L + 1) * L;
        return byShape;
    }

    /** Scores previous labels {@code [from, to]} into {@code out} at {@code base + previous * L}. */
    private void score(NameModel model, WordHashes h, int i, int from, int to, float[] out, int base) {
        for (int p = from; p <= to; p++) {
            Arrays.fill(out, base + p * L, base + p * L + L, 0f);
            int count = NameFeatures.transition(h, i, p, features);
            for (int f = 0; f < count; f++) {
                model.add(features[f], out, base + p * L);
            }
        }
    }
}
