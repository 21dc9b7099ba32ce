package io.wirewatch.model;

import java.time.Instant;
import java.util.List;

/**
 * An article after the prepare stage, and after clustering once it has a story.
 *
 * <p>Flows between the topology's stages and out on {@code wirewatch.articles}, key = article id.
 * The story fields ({@link #storyId()}, {@link #relation()}, {@link #similarity()}) are null until
 * the cluster stage has judged the article.
 *
 * @param id         stable article id
 * @param feedId     the feed that delivered it
 * @param source     the outlet's display name
 * @param url        link to the article, may be null
 * @param title      headline, cleaned
 * @param published  publication time
 * @param fetched    poll time
 * @param text       clean body text: HTML removed, whitespace normalised, boilerplate kept
 * @param sentences  the body split into sentences, in order, each with its boilerplate verdict
 * @param entities   entity mentions, offsets into {@link #text()}
 * @param topics     names of the configured topics the article matches
 * @param signature  fingerprints for clustering
 * @param storyId    the story it belongs to, once clustered
 * @param relation   how it joined that story, once clustered
 * @param similarity the score that decided the relation (1.0 for NEW)
 */
public record Article(
        String id,
        String feedId,
        String source,
        String url,
        String title,
        Instant published,
        Instant fetched,
        String text,
        List<Sentence> sentences,
        List<EntityMention> entities,
        List<String> topics,
        Signature signature,
        String storyId,
        Relation relation,
        Double similarity) {

    public Article {
        sentences = sentences == null ? List.of() : List.copyOf(sentences);
        entities = entities == null ? List.of() : List.copyOf(entities);
        topics = topics == null ? List.of() : List.copyOf(topics);
    }

    /** This article placed in a story. */
    public Article inStory(String story, Relation how, double score) {
        return new Article(id, feedId, source, url, title, published, fetched, text, sentences,
                entities, topics, signature, story, how, score);
    }
}
