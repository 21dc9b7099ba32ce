package io.wirewatch.model;

/** What kind of thing an entity mention names. */
public enum EntityType {
    PERSON,
    PLACE,
    ORGANIZATION,
    OTHER
}
