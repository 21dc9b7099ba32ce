package io.wirewatch.topology;

/**
 * An absorbed story's memory on its way to the story that absorbed it, over
 * {@code facts-folds} (key = the survivor's id): its record, its claims and any news it held in a
 * cool-down, so the survivor neither forgets them nor announces them again.
 *
 * @param absorbed the id of the story merged away
 * @param survivor the id of the story that absorbed it
 * @param memory   its memory as the facts stage held it
 * @param held     news it held during a cool-down, null if none
 */
record StoryFold(String absorbed, String survivor, StoryMemory memory, HeldNews held) {
}
