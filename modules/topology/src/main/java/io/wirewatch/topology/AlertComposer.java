package io.wirewatch.topology;

import io.wirewatch.analysis.facts.FigureChange;
import io.wirewatch.analysis.facts.Novelty;
import io.wirewatch.model.Alert;
import io.wirewatch.model.AlertEntity;
import io.wirewatch.model.AlertFact;
import io.wirewatch.model.AlertType;
import io.wirewatch.model.Article;
import io.wirewatch.model.EntityMention;
import io.wirewatch.model.EntityType;
import io.wirewatch.model.Fact;
import io.wirewatch.model.Story;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the alerts of the facts stage.
 *
 * <p>In: a story, the article that moved it, and what it added. Out: an {@link Alert} whose id
 * depends only on (type, story, article), so re-processing the same input yields the same id and
 * sinks can deduplicate.
 */
final class AlertComposer {

    private AlertComposer() {
    }

    static Alert newStory(Story story, Article first, List<String> summary) {
        List<AlertFact> facts = summary.stream().map(s -> AlertFact.claim(s, first.source(), first.id())).toList();
        return alert(AlertType.NEW_STORY, story, first, facts);
    }

    /**
     * What a version adds that is worth telling, or null: its changed figures (old and new figure,
     * both sources), then its new claims whose novelty reaches {@code minNovelty}.
     */
    static HeldNews newsOf(Article version, Novelty novelty, double minNovelty) {
        List<AlertFact> facts = new ArrayList<>();
        for (FigureChange change : novelty.figureChanges()) {
            Fact before = change.previous();
            facts.add(new AlertFact(change.text(), version.source(), version.id(), change.figure(),
                    change.previousFigure(), before.text(), before.source()));
        }
        int figures = facts.size();
        for (int i = 0; i < novelty.newFacts().size(); i++) {
            Fact fact = novelty.newFacts().get(i);
            if (novelty.novelties().get(i) >= minNovelty) {
                facts.add(AlertFact.claim(fact.text(), fact.source(), fact.articleId()));
            }
        }
        if (facts.isEmpty()) {
            return null;
        }
        AlertType type = figures == 0 ? AlertType.NEW_FACTS : AlertType.FIGURE_CHANGED;
        return new HeldNews(type, facts, version.id(), version.source(), version.url(), version.published(),
                entitiesOf(version), revisionOf(version));
    }

    /**
     * The alert for a story's news: FIGURE_CHANGED when a figure changed (the most specific
     * news), else NEW_FACTS; either way it lists every claim, so one article raises one alert at
     * most. Its id is the latest contributing article's.
     */
    static Alert moved(Story story, HeldNews news) {
        return new Alert(Alert.SCHEMA_VERSION, alertId(news.type(), story.id(), news.articleId(), news.revision()), news.type(),
                story.id(), story.headline(), news.articleId(), news.source(), news.url(), news.time(),
                StoryBook.outlets(story), news.entities(), story.topics(), news.facts());
    }

    /**
     * A pure function of what the alert is about: the same input always gives the same id, and an
     * outlet's edit of its article (same id, other text) gives a new one, so sinks deduplicating by
     * id still deliver the edit's news.
     */
    static String alertId(AlertType type, String storyId, String articleId, String revision) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String key = type + "\n" + storyId + "\n" + articleId + "\n" + (revision == null ? "" : revision);
            byte[] digest = sha.digest(key.getBytes(StandardCharsets.UTF_8));
            return "alert-" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static Alert alert(AlertType type, Story story, Article article, List<AlertFact> facts) {
        return new Alert(Alert.SCHEMA_VERSION, alertId(type, story.id(), article.id(), revisionOf(article)), type, story.id(),
                story.headline(), article.id(), article.source(), article.url(), article.published(),
                StoryBook.outlets(story), entitiesOf(article), story.topics(), facts);
    }

    /** The article's text as a hash: which edit of the article this is. */
    static String revisionOf(Article article) {
        return article.signature() == null ? null : article.signature().contentHash();
    }

    /** The article's entities, most mentioned first. */
    static List<AlertEntity> entitiesOf(Article article) {
        Map<String, EntityType> types = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (EntityMention mention : article.entities()) {
            types.putIfAbsent(mention.canonical(), mention.type());
            counts.merge(mention.canonical(), 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .map(e -> new AlertEntity(e.getKey(), types.get(e.getKey()), e.getValue()))
                .toList();
    }
}
