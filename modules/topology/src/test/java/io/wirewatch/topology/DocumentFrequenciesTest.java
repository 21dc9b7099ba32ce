package io.wirewatch.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.analysis.cluster.InMemoryStoryIndex;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

/**
 * The document-frequency log counts exactly as the in-memory index does, through halvings and
 * restarts (a new instance over the same store, as after a crash or rebalance).
 */
class DocumentFrequenciesTest {

    private static KeyValueStore<String, byte[]> store() {
        KeyValueStore<String, byte[]> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("log"),
                Serdes.String(), Serdes.ByteArray()).withLoggingDisabled().build();
        MockProcessorContext<Object, Object> context = new MockProcessorContext<>();
        store.init(context.getStateStoreContext(), store);
        return store;
    }

    @Test
    void countsAsTheInMemoryIndexThroughHalvingsAndRestarts() {
        // Given the same stream of articles' terms, with halvings and restarts at random points
        KeyValueStore<String, byte[]> store = store();
        DocumentFrequencies log = new DocumentFrequencies(store);
        InMemoryStoryIndex expected = new InMemoryStoryIndex();
        Random random = new Random(7);
        List<String> vocabulary = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            vocabulary.add("term" + i);
        }
        Instant time = Instant.parse("2026-01-01T00:00:00Z");
        for (int step = 0; step < 3_000; step++) {
            int dice = random.nextInt(1000);
            if (dice < 3) {
                time = time.plusSeconds(3600);
                log.halve(time);
                expected.halveDocumentFrequencies(time);
            } else if (dice < 6) {
                log = new DocumentFrequencies(store);
            } else {
                Set<String> terms = new LinkedHashSet<>();
                int n = 1 + random.nextInt(12);
                for (int k = 0; k < n; k++) {
                    // Zipf-like: a few common terms, a long tail
                    terms.add(vocabulary.get((int) Math.floor(Math.pow(random.nextDouble(), 3) * vocabulary.size())));
                }
                log.count(terms);
                expected.countDocument(terms);
            }
            // Then every figure agrees, at every step
            if (step % 97 == 0 || dice < 6) {
                assertThat(log.documentCount()).as("documents at step %d", step).isEqualTo(expected.documentCount());
                assertThat(log.lastHalving()).isEqualTo(expected.lastHalving());
                for (String term : vocabulary) {
                    assertThat(log.frequency(term)).as("%s at step %d", term, step)
                            .isEqualTo(expected.documentFrequency(term));
                }
            }
        }
        DocumentFrequencies restarted = new DocumentFrequencies(store);
        for (String term : vocabulary) {
            assertThat(restarted.frequency(term)).isEqualTo(expected.documentFrequency(term));
        }
    }

    @Test
    void anArticleIsOneEntryAndAHalvingReplacesTheEntriesBeforeIt() {
        KeyValueStore<String, byte[]> store = store();
        DocumentFrequencies log = new DocumentFrequencies(store);
        for (int i = 0; i < 20; i++) {
            log.count(List.of("missile", "term" + i));
        }
        assertThat(entries(store)).hasSize(20);

        log.halve(Instant.parse("2026-01-02T00:00:00Z"));
        log.count(List.of("missile"));

        // One snapshot chunk, its header, the one entry since; nothing older
        assertThat(entries(store)).hasSize(3);
        assertThat(new DocumentFrequencies(store).frequency("missile")).isEqualTo(11);
        assertThat(new DocumentFrequencies(store).documentCount()).isEqualTo(11);
    }

    @Test
    void readsASnapshotOfTermsAsAnOlderWirewatchWroteItAndReplacesIt() {
        // Given a store whose snapshot holds terms ("s" chunks), as before term ids, and one entry after it
        KeyValueStore<String, byte[]> store = store();
        CompactOutput chunk = new CompactOutput(64);
        chunk.writeCount(2);
        chunk.writeString("missile");
        chunk.writeCount(7);
        chunk.writeString("summit");
        chunk.writeCount(3);
        store.put("s0000000000000005:0", chunk.toByteArray());
        CompactOutput header = new CompactOutput(48);
        header.writeLong(5);
        header.writeCount(1);
        header.writeLong(9);
        header.writeInstant(Instant.parse("2026-01-02T00:00:00Z"));
        store.put("h", header.toByteArray());
        DocumentFrequencies log = new DocumentFrequencies(store);
        log.count(List.of("missile"));

        // When it is read, then halved
        assertThat(log.frequency("missile")).isEqualTo(8);
        assertThat(log.frequency("summit")).isEqualTo(3);
        assertThat(log.documentCount()).isEqualTo(10);
        log.halve(Instant.parse("2026-01-05T00:00:00Z"));

        // Then the counts go on from it, and the new snapshot (of term ids) replaced it and the entry
        DocumentFrequencies restarted = new DocumentFrequencies(store);
        assertThat(restarted.frequency("missile")).isEqualTo(4);
        assertThat(restarted.frequency("summit")).isEqualTo(1);
        assertThat(restarted.documentCount()).isEqualTo(5);
        assertThat(entries(store)).containsExactlyInAnyOrder("h", "S0000000000000006:0");
    }

    @Test
    void readsEntriesOfTermsAsAnOlderWirewatchWroteThemAndReplacesThemAtTheNextHalving() {
        // Given two articles logged as terms ("d" entries), as before term ids
        KeyValueStore<String, byte[]> store = store();
        for (long sequence = 1; sequence <= 2; sequence++) {
            CompactOutput entry = new CompactOutput(64);
            entry.writeCount(2);
            entry.writeString("missile");
            entry.writeString("summit" + sequence);
            store.put("d000000000000000" + sequence, entry.toByteArray());
        }

        // When this wirewatch counts a third article (logged as ids) and reads them all back
        new DocumentFrequencies(store).count(List.of("missile"));
        DocumentFrequencies restarted = new DocumentFrequencies(store);

        // Then all three count, and the new entry continued the sequence
        assertThat(restarted.documentCount()).isEqualTo(3);
        assertThat(restarted.frequency("missile")).isEqualTo(3);
        assertThat(restarted.frequency("summit2")).isEqualTo(1);
        assertThat(entries(store)).contains("D0000000000000003");

        // And a halving replaces old and new entries alike
        restarted.halve(Instant.parse("2026-01-05T00:00:00Z"));
        assertThat(entries(store)).containsExactlyInAnyOrder("h", "S0000000000000003:0");
        assertThat(new DocumentFrequencies(store).frequency("missile")).isEqualTo(1);
    }

    private static List<String> entries(KeyValueStore<String, byte[]> store) {
        List<String> keys = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> all = store.all()) {
            all.forEachRemaining(e -> keys.add(e.key));
        }
        return keys;
    }
}
