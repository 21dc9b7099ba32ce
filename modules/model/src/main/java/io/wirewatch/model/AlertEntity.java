package io.wirewatch.model;

/**
 * An entity an alert is about.
 *
 * @param name     canonical name
 * @param type     its type
 * @param mentions how often the article mentions it
 */
public record AlertEntity(String name, EntityType type, int mentions) {
}
