package io.wirewatch.topology;

import io.wirewatch.model.Fact;
import io.wirewatch.model.Story;
import java.util.List;

/**
 * What the facts stage remembers per story: its current record and the claims it has carried.
 *
 * @param story the story as last published on {@code wirewatch.stories}
 * @param facts claims seen in its versions so far, oldest first, bounded
 */
record StoryMemory(Story story, List<Fact> facts) {

    StoryMemory {
        facts = facts == null ? List.of() : List.copyOf(facts);
    }
}
