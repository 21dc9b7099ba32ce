package io.wirewatch.analysis.facts;

import java.util.Arrays;
import java.util.List;

/**
 * A claim's words as sorted hash codes, for the overlaps {@link ClaimFeatures} counts against
 * each candidate known claim: words, tokens as written and word bigrams in (made once per claim),
 * sorted distinct codes out, so two claims' overlap is one merge of two int arrays instead of a
 * hash lookup per word. Two different words of a pair sharing a 32-bit code would count as one
 * shared word: about one pair in ten million, a negligible blur of one signal.
 *
 * @param words     distinct codes of {@link ClaimSimilarity.Claim#words()} (the words of its sequence)
 * @param forms     distinct codes of {@link ClaimSimilarity.Claim#forms()}
 * @param sequence  codes of {@link ClaimSimilarity.Claim#sequence()}, in order
 * @param bigrams   distinct codes of the sequence's word bigrams
 */
record ClaimHashes(int[] words, int[] forms, int[] sequence, long[] bigrams) {

    static final ClaimHashes NONE = new ClaimHashes(new int[0], new int[0], new int[0], new long[0]);

    /**
     * A claim's hashes, made on first use: clauses and claims no sentence comes close to are never
     * compared feature by feature.
     */
    static final class Once {
        static final Once NONE = new Once(ClaimHashes.NONE);

        private final List<String> sequence;
        private final List<String> forms;
        private ClaimHashes made;

        Once(List<String> sequence, List<String> forms) {
            this.sequence = sequence;
            this.forms = forms;
        }

        private Once(ClaimHashes made) {
            this(List.of(), List.of());
            this.made = made;
        }

        ClaimHashes get() {
            ClaimHashes h = made;
            if (h == null) {
                h = of(sequence, forms);
                made = h; // idempotent: a racing reader at worst makes it twice
            }
            return h;
        }
    }

    /** A claim's words in the order written (each word of the claim is in it) and its tokens as written. */
    static ClaimHashes of(List<String> sequence, List<String> forms) {
        int[] seq = new int[sequence.size()];
        for (int i = 0; i < seq.length; i++) {
            seq[i] = sequence.get(i).hashCode();
        }
        long[] bigrams = new long[Math.max(0, seq.length - 1)];
        for (int i = 1; i < seq.length; i++) {
            bigrams[i - 1] = (long) seq[i - 1] << 32 | (seq[i] & 0xffffffffL);
        }
        Arrays.sort(bigrams);
        int[] words = seq.clone();
        Arrays.sort(words);
        return new ClaimHashes(unique(words), distinct(forms), seq, distinct(bigrams));
    }

    private static int[] distinct(List<String> strings) {
        int[] out = new int[strings.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = strings.get(i).hashCode();
        }
        Arrays.sort(out);
        return unique(out);
    }

    private static int[] unique(int[] sorted) {
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
    }

    private static long[] distinct(long[] sorted) {
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
    }

    /** How many codes two sorted distinct arrays share. */
    static int shared(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                n++;
                i++;
                j++;
            }
        }
        return n;
    }

    static int shared(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                n++;
                i++;
                j++;
            }
        }
        return n;
    }

    /**
     * Length of the longest common subsequence of two code sequences: word order kept, gaps
     * allowed. A claim has at most 64 words almost always: then one long holds a row of the
     * table (Hyyrö's bit-parallel form, a few operations per word of {@code a} instead of one
     * cell per pair of words).
     */
    static int subsequence(int[] a, int[] b) {
        if (b.length > Long.SIZE) {
            return subsequenceByTable(a, b);
        }
        long row = -1L; // a zero bit per position of b where the subsequence so far grew
        for (int x : a) {
            long matches = 0;
            for (int j = 0; j < b.length; j++) {
                if (b[j] == x) {
                    matches |= 1L << j;
                }
            }
            long u = row & matches;
            row = (row + u) | (row - u);
        }
        long used = b.length == Long.SIZE ? -1L : (1L << b.length) - 1;
        return b.length - Long.bitCount(row & used);
    }

    /** {@link #subsequence} by the dynamic-programming table, for long sequences. */
    static int subsequenceByTable(int[] a, int[] b) {
        int[] prev = new int[b.length + 1];
        int[] row = new int[b.length + 1];
        for (int x : a) {
            for (int j = 1; j <= b.length; j++) {
                row[j] = x == b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], row[j - 1]);
            }
            int[] t = prev;
            prev = row;
            row = t;
        }
        return prev[b.length];
    }
}
