package io.wirewatch.analysis.cluster;

import io.wirewatch.model.SignatureTerms;

/**
 * Document frequencies by term: a term in, how many counted articles carried it out. Terms are
 * held as 64-bit hashes ({@link #id}) in one open-addressed array of (id, count) pairs, so a look-up
 * touches one cache line instead of a map node, a boxed counter and perhaps the stored term's
 * characters, which is most of what a look-up among a 60,000-word vocabulary cost. The id needs no
 * shared dictionary: it is a pure function of the term, the same on every instance and after a
 * restart.
 *
 * <p>Two distinct terms with the same id would share one count. Among {@code n} terms the chance
 * that any two collide is about {@code n² / 2^65}: below 3e-8 for a million terms, against the
 * ~100,000 a window of news holds. Not thread-safe.
 */
public final class TermCounts {

    /** Marks an empty slot: no id is 0. */
    private static final long EMPTY = 0;

    /** Pairs: slots[2i] is an id, slots[2i + 1] its count. */
    private long[] slots;
    private int mask;
    private int size;
    /** Keeps {@link #prefetch}'s loads from being optimised away. */
    private long touched;

    public TermCounts() {
        allocate(1 << 12);
    }

    /** The id of a term: {@link SignatureTerms#id}, as prepare gives it with each term. */
    public static long id(String term) {
        return SignatureTerms.id(term);
    }

    /** The count of a term, 0 if it has none. */
    public long get(String term) {
        return getById(id(term));
    }

    public long getById(long id) {
        int i = slot(id);
        return slots[i] == id ? slots[i + 1] : 0;
    }

    /**
     * Reads the home slot of each of the first {@code n} ids, loads that do not wait for one
     * another, so the look-ups that follow find them in the cache: among 60,000 terms each
     * look-up was a memory miss, paid one after another.
     */
    public void prefetch(long[] ids, int n) {
        long[] s = slots;
        int m = mask;
        long sum = 0;
        for (int k = 0; k < n; k++) {
            sum += s[((int) ids[k] & m) << 1];
        }
        touched += sum;
    }

    /** Adds one to a term's count. */
    public void increment(String term) {
        add(id(term), 1);
    }

    /** Adds {@code count} to the count of the term with this id (a count restored from a snapshot). */
    public void add(long id, long count) {
        if (id == EMPTY) {
            throw new IllegalArgumentException("0 is not a term id");
        }
        int i = slot(id);
        if (slots[i] == EMPTY) {
            slots[i] = id;
            size++;
        }
        slots[i + 1] += count;
        if (size * 2 > capacity()) {
            rehash(capacity() * 2);
        }
    }

    /** Halves every count, forgetting the terms whose count reaches 0. */
    public void halve() {
        long[] old = slots;
        allocate(capacity());
        size = 0;
        for (int i = 0; i < old.length; i += 2) {
            long halved = old[i + 1] / 2;
            if (old[i] != EMPTY && halved > 0) {
                add(old[i], halved);
            }
        }
    }

    public int size() {
        return size;
    }

    /** Receives each (id, count) pair. */
    @FunctionalInterface
    public interface Visitor {
        void visit(long id, long count);
    }

    /** Every (id, count), in slot order: for snapshots. */
    public void forEach(Visitor visitor) {
        for (int i = 0; i < slots.length; i += 2) {
            if (slots[i] != EMPTY) {
                visitor.visit(slots[i], slots[i + 1]);
            }
        }
    }

    private int capacity() {
        return slots.length / 2;
    }

    /** The pair index where the id is, or the empty one where it would go. */
    private int slot(long id) {
        int s = (int) id & mask;
        while (true) {
            int i = s << 1;
            long at = slots[i];
            if (at == id || at == EMPTY) {
                return i;
            }
            s = (s + 1) & mask;
        }
    }

    private void rehash(int capacity) {
        long[] old = slots;
        allocate(capacity);
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != EMPTY) {
                int j = slot(old[i]);
                slots[j] = old[i];
                slots[j + 1] = old[i + 1];
            }
        }
    }

    private void allocate(int capacity) {
        slots = new long[capacity * 2];
        mask = capacity - 1;
    }
}
