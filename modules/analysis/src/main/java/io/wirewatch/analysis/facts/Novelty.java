package io.wirewatch.analysis.facts;

import io.wirewatch.model.Fact;
import java.util.List;

/**
 * What a version adds to its story's memory.
 *
 * @param newFacts      informative claims no known claim says, in the order the version gives them
 * @param figureChanges known claims restated with other figures
 * @param remember      the facts to add to the story's memory (new ones and changed figures)
 * @param score         how much the version adds, 0 (nothing) to 1 (all of it is new)
 */
public record Novelty(List<Fact> newFacts, List<FigureChange> figureChanges, List<Fact> remember, double score) {

    public boolean isEmpty() {
        return newFacts.isEmpty() && figureChanges.isEmpty();
    }
}
