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

    /** The story as it now stands under another id (its absorber's, when that one's memory was gone). */
    static Story renamed(Story story, String id) {
        return new Story(id, story.headline(), story.firstSeen(), story.lastUpdated(), story.sources(),
                story.entityCounts(), story.topics(), story.size(), story.factCount(), null);
    }

    /** The survivor of a merge with everything the absorbed story had: sources in time order, counts summed. */
    static Story absorb(Story survivor, Story absorbed, int factCount) {
        List<StorySource> sources = new ArrayList<>(survivor.sources());
        sources.addAll(absorbed.sources());
        sources.sort(java.util.Comparator.comparing(StorySource::seen,
                java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
        if (sources.size() > MAX_SOURCES) {
            sources = sources.subList(sources.size() - MAX_SOURCES, sources.size());
        }
        Map<String, Integer> counts = new TreeMap<>(survivor.entityCounts());
        absorbed.entityCounts().forEach((name, n) -> counts.merge(name, n, Integer::sum));
        LinkedHashSet<String> topics = new LinkedHashSet<>(survivor.topics());
        topics.addAll(absorbed.topics());
        Instant first = absorbed.firstSeen().isBefore(survivor.firstSeen()) ? absorbed.firstSeen() : survivor.firstSeen();
        Instant last = absorbed.lastUpdated().isAfter(survivor.lastUpdated()) ? absorbed.lastUpdated() : survivor.lastUpdated();
        return new Story(survivor.id(), survivor.headline(), first, last, sources, counts, List.copyOf(topics),
                survivor.size() + absorbed.size(), factCount, null);
    }

    /** The absorbed story's last record: as it was, pointing at its absorber. */
    static Story mergedInto(Story absorbed, String survivor) {
        return new Story(absorbed.id(), absorbed.headline(), absorbed.firstSeen(), absorbed.lastUpdated(),
                absorbed.sources(), absorbed.entityCounts(), absorbed.topics(), absorbed.size(), absorbed.factCount(),
                survivor);
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
