package io.wirewatch.model;

/** How an article relates to what the stream has already seen. */
public enum Relation {
    /** The first article of a story. */
    NEW,
    /** Near-identical text of an article already in the story (the same wire copy elsewhere). */
    COPY,
    /** The same story told again in other words, possibly with facts the story lacked. */
    VERSION,
    /** The same article id or the same normalised content again: dropped and counted. */
    DUPLICATE
}
