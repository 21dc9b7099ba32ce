package io.wirewatch.app;

import io.wirewatch.model.Article;
import io.wirewatch.model.KafkaConnection;
import io.wirewatch.model.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;

/**
 * Watches {@code wirewatch.articles} (article id, Article) so the demo knows when the topology has
 * judged everything it was given. read_committed: an article seen here was committed in the same
 * transaction as its story and alert.
 */
final class ArticleWatch implements AutoCloseable {

    private final KafkaConsumer<String, Article> consumer;
    private final Map<String, Article> seen = new LinkedHashMap<>();
    private final Tally judged = new Tally();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;

    ArticleWatch(KafkaConnection kafka) {
        Properties props = new Properties();
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        this.consumer = new KafkaConsumer<>(kafka.consumer(props), Topics.ARTICLES.keySerde().deserializer(),
                Topics.ARTICLES.valueSerde().deserializer());
        this.thread = new Thread(this::watch, "wirewatch-article-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void watch() {
        try {
            var partitions = consumer.partitionsFor(Topics.ARTICLES.name()).stream()
                    .map(p -> new org.apache.kafka.common.TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (running.get()) {
                for (ConsumerRecord<String, Article> record : consumer.poll(Duration.ofMillis(200))) {
                    synchronized (seen) {
                        seen.put(record.key(), record.value());
                        judged.set(seen.size());
                    }
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    /** Waits until at least {@code count} distinct articles were judged; false on timeout. */
    boolean awaitArticles(int count, Duration timeout) throws InterruptedException {
        return judged.await(count, timeout);
    }

    List<Article> articles() {
        synchronized (seen) {
            return new ArrayList<>(seen.values());
        }
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        consumer.wakeup();
        thread.join(5000);
    }
}
