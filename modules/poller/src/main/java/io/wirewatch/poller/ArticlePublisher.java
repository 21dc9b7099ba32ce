package io.wirewatch.poller;

import io.wirewatch.model.RawArticle;
import io.wirewatch.model.Topic;
import io.wirewatch.model.Topics;
import java.util.ArrayList;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Publishes new articles to {@code wirewatch.articles.raw}, key = article id, and returns only once
 * the broker acknowledged every one of them.
 *
 * <p>In: {@link RawArticle}s of one poll, oldest first. Out: records on the topic, in that order,
 * with headers {@value #FINGERPRINT_HEADER} and, for edits, {@value #REVISION_HEADER}.
 *
 * <p>The record timestamp is the article's FETCH time, not its published date: Kafka 4 rejects
 * timestamps far in the future (feeds do lie), and retention would delete records stamped with an
 * old date at once. The published date stays in the value.
 */
public final class ArticlePublisher {

    private static final Topic<String, RawArticle> TOPIC = Topics.RAW_ARTICLES;

    /** Header naming the fingerprint of the article's text (16 hex digits). */
    public static final String FINGERPRINT_HEADER = "wirewatch.fingerprint";
    /** Header present, value {@code edited}, when the record is a new version of an article published before. */
    public static final String REVISION_HEADER = "wirewatch.revision";
    private static final byte[] EDITED = "edited".getBytes(StandardCharsets.UTF_8);

    private final Producer<byte[], byte[]> producer;
    private final Serializer<String> keys = TOPIC.keySerde().serializer();
    private final Serializer<RawArticle> values = TOPIC.valueSerde().serializer();

    /** The producer is shared with other writers and owned (closed) by the caller. */
    public ArticlePublisher(Producer<byte[], byte[]> producer) {
        this.producer = producer;
    }

    /**
     * Sends the articles in order and waits for every acknowledgement.
     *
     * @return how many were published
     * @throws PublishException when any send failed; earlier ones may have been written (the next
     *                          poll republishes them under the same id, which downstream de-duplicates)
     */
    public int publish(List<RawArticle> articles) throws PublishException {
        return publish(articles, Map.of(), Set.of());
    }

    /**
     * As {@link #publish(List)}, with headers: {@code wirewatch.fingerprint} (the text's
     * fingerprint, when known) and, on articles that were published before with another text,
     * {@code wirewatch.revision: edited}. The key stays the article id: an edit is a new version of
     * the same article, never a new article.
     */
    public int publish(List<RawArticle> articles, Map<String, String> fingerprints, Set<String> edited)
            throws PublishException {
        List<Future<RecordMetadata>> acks = new ArrayList<>(articles.size());
        try {
            for (RawArticle article : articles) {
                List<Header> headers = new ArrayList<>(2);
                String fingerprint = fingerprints.get(article.id());
                if (fingerprint != null) {
                    headers.add(new RecordHeader(FINGERPRINT_HEADER, fingerprint.getBytes(StandardCharsets.UTF_8)));
                }
                if (edited.contains(article.id())) {
                    headers.add(new RecordHeader(REVISION_HEADER, EDITED));
                }
                acks.add(producer.send(new ProducerRecord<>(TOPIC.name(), null, article.fetched().toEpochMilli(),
                        keys.serialize(TOPIC.name(), article.id()), values.serialize(TOPIC.name(), article), headers)));
            }
            for (Future<RecordMetadata> ack : acks) {
                ack.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishException("interrupted while publishing articles", e);
        } catch (ExecutionException e) {
            throw new PublishException("articles not acknowledged: " + FeedFetcher.reason(e.getCause()), e.getCause());
        } catch (RuntimeException e) {
            throw new PublishException("articles not sent: " + FeedFetcher.reason(e), e);
        }
        return articles.size();
    }
}
