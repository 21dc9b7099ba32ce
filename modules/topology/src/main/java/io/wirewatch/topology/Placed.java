package io.wirewatch.topology;

import io.wirewatch.model.Article;
import java.util.List;

/**
 * What the cluster stage makes of one article: the article placed in its story (keyed by that
 * story's id), and the stories its placement showed to be part of that story and merged into it
 * (usually none). Never leaves the topology's memory: the facts stage splits it into the article
 * ({@code facts-by-story}) and one merge notice per absorbed story ({@code facts-merges}).
 */
record Placed(Article article, List<String> absorbed) {

    Placed {
        absorbed = absorbed == null ? List.of() : List.copyOf(absorbed);
    }
}
