package io.wirewatch.app.bench;

import java.util.List;

/**
 * One real (or generated) article the bench replays and transforms.
 *
 * @param title      headline
 * @param paragraphs body paragraphs, in order
 */
record BaseArticle(String title, List<String> paragraphs) {

    BaseArticle {
        paragraphs = List.copyOf(paragraphs);
    }
}
