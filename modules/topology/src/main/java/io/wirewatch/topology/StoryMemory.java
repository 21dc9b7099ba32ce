package io.wirewatch.topology;

import io.wirewatch.model.Fact;
import io.wirewatch.model.Story;
import java.time.Instant;
import java.util.List;

/**
 * What the facts stage remembers per story: its current record, the claims it has carried, and
 * when it last raised an alert (the start of its cool-down).
 *
 * @param story     the story as last published on {@code wirewatch.stories}
 * @param facts     claims seen in its versions so far, oldest first, bounded
 * @param lastAlert when the story last raised an alert (article time, or stream time for held
 *                  news raised by the punctuator); null if never (or stored before cool-downs)
 */
record StoryMemory(Story story, List<Fact> facts, Instant lastAlert) {

    StoryMemory {
        facts = facts == null ? List.of() : List.copyOf(facts);
    }
}
