package io.wirewatch.topology;

import io.wirewatch.analysis.cluster.Assignment;
import io.wirewatch.analysis.cluster.ClusterSettings;
import io.wirewatch.analysis.cluster.StoryClusterer;
import io.wirewatch.model.Article;
import io.wirewatch.model.Relation;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the {@link StoryClusterer} over the stage's state stores.
 *
 * <p>In: (article id, prepared Article). Out: (story id, {@link Placed}: the article placed in its
 * story, and the stories it showed to be part of that one, merged into it). A DUPLICATE is dropped: its story already has it, and counting it again would inflate the story.
 *
 * <p>When an article shows two stories to be one, the clusterer merges the smaller into the larger
 * and routes everything that would join it to the survivor; the article goes out keyed by the
 * survivor, so the facts stage and alerts continue under the survivor's id (alert ids stay derived
 * from story and article). The absorbed story's own records are not rewritten: no merge record is
 * published yet (a follow-up for the stories topic), so the merge is logged.
 */
final class ClusterProcessor implements Processor<String, Article, String, Placed> {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterProcessor.class);

    private final ClusterSettings settings;
    private final StoryMetrics metrics;
    private ProcessorContext<String, Placed> context;
    private StoryClusterer clusterer;
    private long duplicates;

    ClusterProcessor(ClusterSettings settings, StoryMetrics metrics) {
        this.settings = settings;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, Placed> context) {
        this.context = context;
        StoreBackedStoryIndex index = new StoreBackedStoryIndex(
                context.getStateStore(ClusterStage.ARTICLES_STORE),
                context.getStateStore(ClusterStage.CONTENTS_STORE),
                context.getStateStore(ClusterStage.KEYS_STORE),
                context.getStateStore(ClusterStage.SUMMARIES_STORE),
                context.getStateStore(ClusterStage.TERMS_STORE),
                context.getStateStore(ClusterStage.EXPIRY_STORE));
        this.clusterer = new StoryClusterer(settings, index);
    }

    @Override
    public void process(Record<String, Article> record) {
        Article article = record.value();
        Assignment assignment = clusterer.assign(article);
        metrics.judged(article, assignment.relation());
        if (!assignment.absorbed().isEmpty()) {
            LOG.info("article {} merged stories {} into story {}", article.id(), assignment.absorbed(), assignment.storyId());
        }
        if (assignment.relation() == Relation.DUPLICATE) {
            duplicates++;
            LOG.debug("duplicate article {} of story {} dropped ({} so far)", article.id(), assignment.storyId(), duplicates);
            return;
        }
        Article placed = article.inStory(assignment.storyId(), assignment.relation(), assignment.similarity());
        context.forward(record.withKey(assignment.storyId()).withValue(new Placed(placed, assignment.absorbed())));
    }
}
