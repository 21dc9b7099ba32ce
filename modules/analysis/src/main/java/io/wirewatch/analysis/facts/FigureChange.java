package io.wirewatch.analysis.facts;

import io.wirewatch.model.Fact;

/**
 * A known claim restated with a different number, date or count.
 *
 * @param previous       the known claim
 * @param text           the new sentence
 * @param previousFigure the figure as the known claim put it ("10,000")
 * @param figure         the figure as the new sentence puts it ("12,000")
 */
public record FigureChange(Fact previous, String text, String previousFigure, String figure) {
}
