package io.wirewatch.topology;

import io.wirewatch.model.Alert;
import io.wirewatch.model.Article;
import io.wirewatch.model.Story;

/**
 * What the facts stage makes of one article: the article placed in its story, the story's new
 * state, and the alert it raised (null when it raised none). The article is null when held news
 * is raised by the punctuator. Never leaves the topology.
 */
record FactsOutcome(Article article, Story story, Alert alert) {
}
