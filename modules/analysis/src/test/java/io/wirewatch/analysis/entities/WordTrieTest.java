package io.wirewatch.analysis.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.analysis.text.Token;
import io.wirewatch.analysis.text.Tokenizer;
import java.util.List;
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

    @Test
    void findsTokensByTheirCharactersNotOnlyTheirHash() {
        // Given two words with the same String hash ("Aa" and "BB"), one of them an edge
        assertThat("aa".hashCode()).isNotEqualTo("bb".hashCode());
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        WordTrie<String> trie = new WordTrie<>();
        int node = trie.childOrNew(0, "bb");
        trie.setValue(node, "found");
        int aa = trie.childOrNew(trie.childOrNew(0, "x"), "Aa");

        // When tokens are looked up without making Strings
        Tokenizer.Tokens tokens = new Tokenizer.Tokens().read(List.of(
                new Token("bb", 0, 2, false, false, false), new Token("Aa", 3, 5, false, false, false),
                new Token("BB", 6, 8, false, false, false)));

        // Then only the same characters match, as with String lookups
        assertThat(trie.child(0, tokens, 0)).isEqualTo(node).isEqualTo(trie.child(0, "bb"));
        assertThat(trie.<String>value(trie.child(0, tokens, 0))).isEqualTo("found");
        assertThat(trie.child(0, tokens, 1)).isEqualTo(-1);
        assertThat(trie.child(trie.child(0, "x"), tokens, 1)).isEqualTo(aa);
        assertThat(trie.child(trie.child(0, "x"), tokens, 2)).isEqualTo(-1);
        assertThat(trie.child(node, tokens, 0)).isEqualTo(-1);
    }
}
