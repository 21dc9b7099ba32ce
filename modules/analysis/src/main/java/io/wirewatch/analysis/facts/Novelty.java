package io.wirewatch.analysis.facts;

import io.wirewatch.model.Fact;
import java.util.List;

/**
 * What a version adds to its story's memory.
 *
 * @param newFacts      informative claims no known claim says, in the order the version gives them
 * @param novelties     per new fact (same order), its novelty: the lower of 1 minus the probability
 *                      that its sentence restates a known claim and 1 minus the known share of
 *                      its least known clause's word weight, in (1 - knownThreshold, 1]
 * @param figureChanges known claims restated with other figures
 * @param remember      the facts to add to the story's memory (new ones and changed figures)
 * @param score         how much the version adds, 0 (nothing) to 1 (all of it is new)
 * @param peak          1 minus the lowest graded similarity (0..1, the grading model of
 *                      {@link Restatements}) of any sentence of the version to the known claims,
 *                      new or not: a continuous score (0 = every sentence is said already, 1 =
 *                      nothing like it is known), what {@code wirewatch eval novelty} reports
 */
public record Novelty(List<Fact> newFacts, List<Double> novelties, List<FigureChange> figureChanges,
                      List<Fact> remember, double score, double peak) {

    /** The highest novelty of the new facts, 0 when there is none. */
    public double strongest() {
        double max = 0;
        for (double n : novelties) {
            max = Math.max(max, n);
        }
        return max;
    }

    public boolean isEmpty() {
        return newFacts.isEmpty() && figureChanges.isEmpty();
    }
}
