package io.wirewatch.app.eval;

import io.wirewatch.model.RawArticle;
import java.time.Instant;
import java.util.List;

/**
 * One line of an evaluation stream: an article as {@code wirewatch eval clusters} reads it, in
 * stream order, with its true story when the corpus is labelled.
 *
 * @param id        stable article id
 * @param source    the outlet
 * @param published publication time (ISO-8601 in JSONL)
 * @param title     the headline
 * @param text      the body, plain text or HTML; may be empty (headline only)
 * @param label     the true story, null when unlabelled
 */
public record EvalArticle(String id, String source, Instant published, String title, String text, String label) {

    /** The article as the poller would have published it, so prepare runs exactly as in the topology. */
    RawArticle toRaw() {
        return new RawArticle(id, source, source, null, title, null, text == null ? "" : text, published, published,
                List.of(), List.of());
    }
}
