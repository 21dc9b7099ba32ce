package io.wirewatch.topology;

import io.wirewatch.analysis.cluster.TermCounts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * How many articles in the recent stream carried each term: the cluster stage's document
 * frequencies, held in memory and persisted as a log in the changelogged store
 * {@code cluster-document-log}.
 *
 * <p>Why a log: an article carries ~120 distinct terms, and a store with one entry per term wrote
 * ~120 changelog records per article, more than everything else the pipeline wrote to Kafka put
 * together (docs/benchmarks.md). Here an article is ONE entry, its terms' 64-bit ids
 * ({@code D<sequence>}, as prepare gives them; an entry of terms, {@code d<sequence>}, written by
 * an older wirewatch is still read).
 * Halving (once per window, see {@code StoryClusterer}) writes the halved counts as a snapshot
 * ({@code S<sequence>:<chunk>}, chunks of {@value #CHUNK_TERMS} (term id, count) pairs, well under
 * Kafka's record size limit), a header {@code h} naming it, and deletes the entries it replaces.
 * The counts are held by {@link TermCounts} (terms as 64-bit ids, so a snapshot holds ids, not
 * terms; one written with terms, {@code s<sequence>:<chunk>}, by an older wirewatch is still read).
 * They are a pure function of the store (latest snapshot plus the entries after it), rebuilt on
 * first use after a restart or rebalance, so a restarted instance counts exactly as before.
 * Behaves exactly as {@code InMemoryStoryIndex}'s counts (ClusterEquivalenceTest).
 */
final class DocumentFrequencies {

    static final int CHUNK_TERMS = 5_000;
    private static final String HEADER = "h";
    /** An article's term ids. */
    private static final String ENTRY_OF_IDS = "D";
    /** An article's terms, as a wirewatch before term ids wrote them: still read. */
    private static final String ENTRY = "d";
    /** Snapshot chunks of (term id, count) pairs. */
    private static final String SNAPSHOT = "S";
    /** Snapshot chunks of (term, count) pairs, as a wirewatch before term ids wrote them: still read. */
    private static final String TERM_SNAPSHOT = "s";

    private final KeyValueStore<String, byte[]> log;
    private TermCounts counts;
    private long documents;
    private long sequence;
    private Instant lastHalving;

    DocumentFrequencies(KeyValueStore<String, byte[]> log) {
        this.log = log;
    }

    long documentCount() {
        restored();
        return documents;
    }

    long frequency(String term) {
        return restored().get(term);
    }

    /** The frequency of the term with this id ({@link TermCounts#id}). */
    long frequency(long termId) {
        return restored().getById(termId);
    }

    /** Brings the counts of these terms (the first {@code n}) into the cache together ({@link TermCounts#prefetch}). */
    void prefetch(long[] termIds, int n) {
        restored().prefetch(termIds, n);
    }

    Optional<Instant> lastHalving() {
        restored();
        return Optional.ofNullable(lastHalving);
    }

    void count(Collection<String> distinctTerms) {
        count(distinctTerms.stream().mapToLong(TermCounts::id).toArray());
    }

    /** Counts one article, its distinct terms given by their ids ({@link TermCounts#id}). */
    void count(long[] distinctTermIds) {
        TermCounts current = restored();
        sequence++;
        CompactOutput out = new CompactOutput(distinctTermIds.length * 8 + 8);
        out.writeCount(distinctTermIds.length);
        for (long id : distinctTermIds) {
            out.writeLong(id);
        }
        log.put(ENTRY_OF_IDS + hex(sequence), out.toByteArray());
        documents++;
        for (long id : distinctTermIds) {
            current.add(id, 1);
        }
    }

    void halve(Instant at) {
        TermCounts current = restored();
        documents /= 2;
        current.halve();
        lastHalving = at;

        Optional<Header> before = header();
        String previous = before.map(h -> h.snapshot).orElse(null);
        int previousChunks = before.map(h -> h.chunks).orElse(0);
        long snapshot = sequence;
        long[] ids = new long[current.size()];
        long[] frequencies = new long[current.size()];
        int[] held = {0};
        current.forEach((id, count) -> {
            ids[held[0]] = id;
            frequencies[held[0]++] = count;
        });
        int chunks = (ids.length + CHUNK_TERMS - 1) / CHUNK_TERMS;
        for (int chunk = 0; chunk < chunks; chunk++) {
            int from = chunk * CHUNK_TERMS;
            int to = Math.min(ids.length, from + CHUNK_TERMS);
            CompactOutput out = new CompactOutput((to - from) * 12);
            out.writeCount(to - from);
            for (int i = from; i < to; i++) {
                out.writeLong(ids[i]);
                out.writeCount((int) Math.min(Integer.MAX_VALUE, frequencies[i]));
            }
            log.put(SNAPSHOT + hex(snapshot) + ":" + chunk, out.toByteArray());
        }
        CompactOutput head = new CompactOutput(48);
        head.writeLong(snapshot);
        head.writeCount(chunks);
        head.writeLong(documents);
        head.writeInstant(at);
        log.put(HEADER, head.toByteArray());
        // The snapshot replaces every entry up to it, and the snapshot before it.
        List<String> replaced = new ArrayList<>();
        for (String prefix : List.of(ENTRY_OF_IDS, ENTRY)) {
            try (KeyValueIterator<String, byte[]> entries = log.range(prefix + hex(0), prefix + hex(snapshot))) {
                entries.forEachRemaining(e -> replaced.add(e.key));
            }
        }
        if (previous != null) {
            // Halving twice with no article between writes the same snapshot name again.
            for (int chunk = previous.equals(hex(snapshot)) ? chunks : 0; chunk < previousChunks; chunk++) {
                replaced.add(SNAPSHOT + previous + ":" + chunk);
            }
            for (int chunk = 0; chunk < previousChunks; chunk++) {
                if (log.get(TERM_SNAPSHOT + previous + ":" + chunk) != null) {
                    replaced.add(TERM_SNAPSHOT + previous + ":" + chunk);
                }
            }
        }
        replaced.forEach(log::delete);
    }

    private TermCounts restored() {
        if (counts != null) {
            return counts;
        }
        counts = new TermCounts();
        documents = 0;
        sequence = 0;
        Optional<Header> header = header();
        long from = 0;
        if (header.isPresent()) {
            Header h = header.get();
            for (int chunk = 0; chunk < h.chunks; chunk++) {
                byte[] bytes = log.get(SNAPSHOT + h.snapshot + ":" + chunk);
                boolean byTerm = bytes == null;
                if (byTerm) {
                    bytes = log.get(TERM_SNAPSHOT + h.snapshot + ":" + chunk);
                }
                if (bytes == null) {
                    throw new IllegalStateException("document frequency snapshot " + h.snapshot + " lacks chunk " + chunk);
                }
                CompactInput in = new CompactInput(bytes);
                int n = in.readCount();
                for (int k = 0; k < n; k++) {
                    long id = byTerm ? TermCounts.id(in.readString()) : in.readLong();
                    counts.add(id, in.readCount());
                }
            }
            documents = h.documents;
            lastHalving = h.halvedAt;
            from = Long.parseUnsignedLong(h.snapshot, 16);
            sequence = from;
        }
        // Counting commutes: entries with ids and older ones with terms are applied in either order.
        for (String prefix : List.of(ENTRY_OF_IDS, ENTRY)) {
            boolean byTerm = prefix.equals(ENTRY);
            List<KeyValue<String, byte[]>> after = new ArrayList<>();
            try (KeyValueIterator<String, byte[]> entries = log.range(prefix + hex(from + 1), prefix + hex(-1L))) {
                entries.forEachRemaining(after::add);
            }
            for (KeyValue<String, byte[]> e : after) {
                CompactInput in = new CompactInput(e.value);
                int n = in.readCount();
                documents++;
                for (int k = 0; k < n; k++) {
                    counts.add(byTerm ? TermCounts.id(in.readString()) : in.readLong(), 1);
                }
                sequence = Math.max(sequence, Long.parseUnsignedLong(e.key.substring(1), 16));
            }
        }
        return counts;
    }

    private record Header(String snapshot, int chunks, long documents, Instant halvedAt) {
    }

    private Optional<Header> header() {
        byte[] bytes = log.get(HEADER);
        if (bytes == null) {
            return Optional.empty();
        }
        CompactInput in = new CompactInput(bytes);
        return Optional.of(new Header(hex(in.readLong()), in.readCount(), in.readLong(), in.readInstant()));
    }

    /** Fixed width, so the store's byte order is the sequence order. */
    private static String hex(long n) {
        String digits = Long.toHexString(n);
        return "0".repeat(16 - digits.length()) + digits;
    }
}
