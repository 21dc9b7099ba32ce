package io.wirewatch.model;

/**
 * One sentence of an article's clean text.
 *
 * @param text        the sentence as written
 * @param start       character offset in the article's text
 * @param boilerplate true for navigation, "Also Read:" lines, recaps under "Key Points", bylines:
 *                    text that is never news in itself
 */
public record Sentence(String text, int start, boolean boilerplate) {
}
