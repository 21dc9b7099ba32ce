package io.wirewatch.analysis.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordTrieTest {

    @Test
    void findsEveryEdgeItWasGivenAndNoOther() {
        // Given many two-word aliases, enough to make the table grow several times
        WordTrie<String> trie = new WordTrie<>();
        for (int i = 0; i < 5_000; i++) {
            int first = trie.childOrNew(0, "w" + i);
            int second = trie.childOrNew(first, "x" + (i % 7));
            trie.setValue(second, "entity " + i);
        }

        // Then each path leads to its value, and nothing else is found
        for (int i = 0; i < 5_000; i += 97) {
            int first = trie.child(0, "w" + i);
            assertThat(first).isPositive();
            assertThat(trie.<String>value(trie.child(first, "x" + (i % 7)))).isEqualTo("entity " + i);
            assertThat(trie.child(first, "x" + ((i + 1) % 7))).isEqualTo(-1);
            assertThat(trie.<String>value(first)).isNull();
        }
        assertThat(trie.child(0, "x1")).isEqualTo(-1);
        assertThat(trie.childOrNew(0, "w42")).isEqualTo(trie.child(0, "w42"));
    }
}
