package io.wirewatch.model;

/**
 * One mention of an entity in an article's clean text.
 *
 * @param text      the words as written ("Mr Shoigu")
 * @param canonical the entity it refers to ("Sergei Shoigu")
 * @param type      person, place, organisation or other
 * @param start     character offset of the mention in {@link Article#text()}
 * @param end       offset just past the mention
 */
public record EntityMention(String text, String canonical, EntityType type, int start, int end) {
}
