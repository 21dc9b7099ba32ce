package io.wirewatch.analysis.entities;

import io.wirewatch.analysis.text.Tokenizer;
import io.wirewatch.model.EntityMention;
import java.util.List;

/** Finds the people, places and organisations a text mentions. */
public interface EntityTagger {

    /** Mentions in order of position, non-overlapping, offsets into {@code text}. */
    List<EntityMention> tag(String text);

    /**
     * As {@link #tag(String)}, {@code tokens} holding {@code text} already read by the
     * {@link Tokenizer} (prepare reads an article once for the tagger and the signature); not
     * changed. A tagger that reads text its own way ignores them.
     */
    default List<EntityMention> tag(String text, Tokenizer.Tokens tokens) {
        return tag(text);
    }
}
