package io.wirewatch.topology;

import io.wirewatch.model.Article;
import io.wirewatch.model.EntityMention;
import io.wirewatch.model.Story;
import io.wirewatch.model.StorySource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps a story's record: who carried it, when, and what it mentions.
 *
 * <p>In: the story so far (or nothing) and the article that joined. Out: the story's new state.
 */
final class StoryBook {

    /** A story syndicated to hundreds of outlets stays a readable record. */
    static final int MAX_SOURCES = 200;

    private StoryBook() {
    }

    static Story open(Article first, int factCount) {
        return new Story(first.storyId(), first.title(), first.published(), first.published(),
                List.of(sourceOf(first)), countEntities(new TreeMap<>(), first), first.topics(), 1, factCount);
    }

    static Story join(Story story, Article article, int factCount) {
        List<StorySource> sources = new ArrayList<>(story.sources());
        sources.add(sourceOf(article));
        if (sources.size() > MAX_SOURCES) {
            sources = sources.subList(sources.size() - MAX_SOURCES, sources.size());
        }
        LinkedHashSet<String> topics = new LinkedHashSet<>(story.topics());
        topics.addAll(article.topics());
        Instant last = article.published().isAfter(story.lastUpdated()) ? article.published() : story.lastUpdated();
        return new Story(story.id(), story.headline(), story.firstSeen(), last, sources,
                countEntities(new TreeMap<>(story.entityCounts()), article), List.copyOf(topics),
                story.size() + 1, factCount);
    }

    /** Outlets that carried the story, in the order they did, each once. */
    static List<String> outlets(Story story) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        story.sources().forEach(s -> names.add(s.source()));
        return List.copyOf(names);
    }

    private static StorySource sourceOf(Article article) {
        double similarity = article.similarity() == null ? 1.0 : article.similarity();
        return new StorySource(article.source(), article.id(), article.url(), article.relation(), similarity,
                article.published());
    }

    private static Map<String, Integer> countEntities(Map<String, Integer> counts, Article article) {
        for (EntityMention mention : article.entities()) {
            counts.merge(mention.canonical(), 1, Integer::sum);
        }
        return counts;
    }
}
