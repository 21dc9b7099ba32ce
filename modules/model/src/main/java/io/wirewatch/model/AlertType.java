package io.wirewatch.model;

/** Why an alert was raised. */
public enum AlertType {
    /** The first version of a story. */
    NEW_STORY,
    /** A later version carries claims the story did not have. */
    NEW_FACTS,
    /** A later version states a known claim with a different number, date or count. */
    FIGURE_CHANGED
}
