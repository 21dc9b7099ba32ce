package io.wirewatch.topology;

/**
 * The stories filed under one candidate key (an LSH band, a rare term, an entity), newest last.
 *
 * @param stories    bounded list of stories, as their {@code StoryIds} numbers; not to be changed
 * @param seenMillis when the key was last used, epoch milliseconds
 */
record Postings(long[] stories, long seenMillis) {

    Postings {
        stories = stories == null ? new long[0] : stories;
    }
}
