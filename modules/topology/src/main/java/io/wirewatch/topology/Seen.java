package io.wirewatch.topology;

/**
 * The story an article (or a content hash) joined, and when: what the cluster stage needs to
 * recognise a duplicate, and to forget it once the window has passed.
 *
 * @param storyId    the story
 * @param seenMillis publication time of the article, epoch milliseconds
 */
record Seen(String storyId, long seenMillis) {
}
