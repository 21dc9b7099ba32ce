package io.wirewatch.poller;

import io.wirewatch.model.RawArticle;
import io.wirewatch.model.Topic;
import io.wirewatch.model.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Publishes new articles to {@code wirewatch.articles.raw}, key = article id, and returns only once
 * the broker acknowledged every one of them.
 *
 * <p>In: {@link RawArticle}s of one poll, oldest first. Out: records on the topic, in that order.
 *
 * <p>The record timestamp is the article's FETCH time, not its published date: Kafka 4 rejects
 * timestamps far in the future (feeds do lie), and retention would delete records stamped with an
 * old date at once. The published date stays in the value.
 */
public final class ArticlePublisher {

    private static final Topic<String, RawArticle> TOPIC = Topics.RAW_ARTICLES;

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
        List<Future<RecordMetadata>> acks = new ArrayList<>(articles.size());
        try {
            for (RawArticle article : articles) {
                acks.add(producer.send(new ProducerRecord<>(TOPIC.name(), null, article.fetched().toEpochMilli(),
                        keys.serialize(TOPIC.name(), article.id()), values.serialize(TOPIC.name(), article))));
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
