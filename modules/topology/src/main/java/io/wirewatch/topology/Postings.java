package io.wirewatch.topology;

import java.util.List;

/**
 * The stories filed under one candidate key (an LSH band, a rare term, an entity), newest last.
 *
 * @param storyIds   bounded list of story ids
 * @param seenMillis when the key was last used, epoch milliseconds
 */
record Postings(List<String> storyIds, long seenMillis) {

    Postings {
        storyIds = storyIds == null ? List.of() : List.copyOf(storyIds);
    }
}
