package io.wirewatch.topology;

import io.wirewatch.analysis.ArticlePreparer;
import io.wirewatch.model.Article;
import io.wirewatch.model.RawArticle;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;

/**
 * Stage 1, prepare: raw article in, clean text, sentences, entities, topics and signatures out.
 *
 * <p>In: (article id, RawArticle). Out: (article id, Article) with no story yet. Stateless, so it
 * runs in parallel on every partition of {@code wirewatch.articles.raw}. An article that cannot be
 * prepared fails the record, which the processing exception handler sends to the dead-letter topic.
 */
final class PrepareStage {

    static final String NAME = "prepare";

    private PrepareStage() {
    }

    static KStream<String, Article> apply(KStream<String, RawArticle> raw, TopologySettings settings) {
        ArticlePreparer preparer = new ArticlePreparer(settings.entities(), settings.topics());
        // A null value is a tombstone, not an article: nothing to prepare.
        return raw.filter((id, article) -> article != null, Named.as("skip-tombstones"))
                .mapValues(preparer::prepare, Named.as(NAME));
    }
}
