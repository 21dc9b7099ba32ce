package io.wirewatch.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One claim an alert reports.
 *
 * <p>For FIGURE_CHANGED the previous* fields say what the story said before and who said it.
 *
 * @param text           the sentence carrying the claim
 * @param source         outlet that reported it
 * @param articleId      article that reported it
 * @param figure         the new figure (FIGURE_CHANGED only)
 * @param previousFigure the figure the story had (FIGURE_CHANGED only)
 * @param previousText   the earlier sentence (FIGURE_CHANGED only)
 * @param previousSource the outlet of the earlier sentence (FIGURE_CHANGED only)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AlertFact(String text, String source, String articleId, String figure,
                        String previousFigure, String previousText, String previousSource) {

    public static AlertFact claim(String text, String source, String articleId) {
        return new AlertFact(text, source, articleId, null, null, null, null);
    }
}
