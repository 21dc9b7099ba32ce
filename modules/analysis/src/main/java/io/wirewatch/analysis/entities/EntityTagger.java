package io.wirewatch.analysis.entities;

import io.wirewatch.model.EntityMention;
import java.util.List;

/** Finds the people, places and organisations a text mentions. */
public interface EntityTagger {

    /** Mentions in order of position, non-overlapping, offsets into {@code text}. */
    List<EntityMention> tag(String text);
}
