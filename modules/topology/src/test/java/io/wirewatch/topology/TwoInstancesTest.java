package io.wirewatch.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.broker.EmbeddedKafka;
import io.wirewatch.broker.TopicProvisioner;
import io.wirewatch.model.Alert;
import io.wirewatch.model.Article;
import io.wirewatch.model.RawArticle;
import io.wirewatch.model.Story;
import io.wirewatch.model.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scaling out must not change the judgement: two topology instances sharing the work over several
 * partitions give the same stories and alerts as one instance on the same input.
 */
class TwoInstancesTest {

    private static final int PARTITIONS = 3;

    @TempDir
    Path state;

    @Test
    void twoInstancesJudgeExactlyLikeOne() throws Exception {
        // Given the same articles, published in the same order
        List<RawArticle> input = List.of(
                Fixtures.versionA(Fixtures.T0),
                Fixtures.storm(Fixtures.T0.plusSeconds(600)),
                Fixtures.versionB(Fixtures.T0.plusSeconds(3600)),
                Fixtures.raw("https://syndicator.example/shoigu", "Syndicator", "Russia's Shoigu in Pyongyang",
                        withoutLastParagraph(Fixtures.versionB(Fixtures.T0).content()), Fixtures.T0.plusSeconds(4000)),
                Fixtures.versionA(Fixtures.T0));

        // When one instance judges them, and two instances sharing the work do
        Outcome single = run(input, 1, state.resolve("single"));
        Outcome pair = run(input, 2, state.resolve("pair"));

        // Then the stories and the alerts are the same
        assertThat(single.alerts()).isNotEmpty();
        assertThat(pair.alerts()).isEqualTo(single.alerts());
        assertThat(pair.stories()).isEqualTo(single.stories());
        assertThat(pair.instancesWithTasks()).isEqualTo(2);
    }

    private static String withoutLastParagraph(String html) {
        return html.substring(0, html.lastIndexOf("\n<p>"));
    }

    /** Alerts in story order, stories by id: what subscribers see, whatever the partitioning. */
    record Outcome(Map<String, List<Alert>> alerts, Map<String, Story> stories, int instancesWithTasks) {
    }

    private static Outcome run(List<RawArticle> input, int instances, Path stateDir) throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.startTemporary()) {
            TopicProvisioner.ensure(kafka.connection(), PARTITIONS, (short) 1);
            List<KafkaStreams> running = new ArrayList<>();
            try {
                for (int i = 0; i < instances; i++) {
                    StreamsSettings settings = new StreamsSettings("wirewatch-scale", kafka.connection(),
                            stateDir.resolve("instance-" + i), 1, 1);
                    TopologySettings topology = Fixtures.settings();
                    KafkaStreams streams = new KafkaStreams(WirewatchTopology.build(
                            new TopologySettings(topology.entities(), topology.topics(), topology.cluster(),
                                    topology.novelty(), PARTITIONS)), settings.toProperties());
                    running.add(streams);
                    streams.start();
                }
                awaitRunning(running);
                publishOneByOne(kafka, input);
                int withTasks = (int) running.stream().filter(s -> !s.metadataForLocalThreads().stream()
                        .allMatch(t -> t.activeTasks().isEmpty())).count();
                Map<String, List<Alert>> alerts = readAll(kafka, Topics.ALERTS.name(), Topics.ALERTS.valueSerde().deserializer())
                        .stream().collect(Collectors.groupingBy(Alert::storyId, TreeMap::new, Collectors.toList()));
                Map<String, Story> stories = new TreeMap<>();
                readAll(kafka, Topics.STORIES.name(), Topics.STORIES.valueSerde().deserializer())
                        .forEach(s -> stories.put(s.id(), s));
                return new Outcome(alerts, stories, withTasks);
            } finally {
                running.forEach(s -> s.close(Duration.ofSeconds(20)));
            }
        }
    }

    private static void awaitRunning(List<KafkaStreams> instances) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!instances.stream().allMatch(s -> s.state() == KafkaStreams.State.RUNNING)) {
            assertThat(System.nanoTime()).as("instances running").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /** Each article is judged before the next is published, so both runs see one arrival order. */
    private static void publishOneByOne(EmbeddedKafka kafka, List<RawArticle> input) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        Properties c = consumerProps(kafka);
        try (KafkaProducer<String, RawArticle> producer = new KafkaProducer<>(p, Topics.RAW_ARTICLES.keySerde().serializer(),
                Topics.RAW_ARTICLES.valueSerde().serializer());
             KafkaConsumer<String, Article> judged = new KafkaConsumer<>(c, new StringDeserializer(),
                     Topics.ARTICLES.valueSerde().deserializer())) {
            List<TopicPartition> partitions = partitionsOf(judged, Topics.ARTICLES.name());
            judged.assign(partitions);
            judged.seekToBeginning(partitions);
            int expected = 0;
            for (int i = 0; i < input.size(); i++) {
                RawArticle article = input.get(i);
                producer.send(new ProducerRecord<>(Topics.RAW_ARTICLES.name(), article.id(), article)).get();
                // A duplicate is dropped by the cluster stage and never reaches wirewatch.articles.
                boolean duplicate = input.subList(0, i).stream().anyMatch(a -> a.id().equals(article.id()));
                if (duplicate) {
                    Thread.sleep(1500);
                    continue;
                }
                expected++;
                int seen = 0;
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (seen < 1 && System.nanoTime() < deadline) {
                    seen += judged.poll(Duration.ofMillis(200)).count();
                }
                assertThat(seen).as("article " + expected + " judged").isEqualTo(1);
            }
        }
    }

    private static <V> List<V> readAll(EmbeddedKafka kafka, String topic, Deserializer<V> values) {
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(consumerProps(kafka), new StringDeserializer(), values)) {
            List<TopicPartition> partitions = partitionsOf(consumer, topic);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, V>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp)) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records.stream().map(ConsumerRecord::value).toList();
        }
    }

    private static List<TopicPartition> partitionsOf(KafkaConsumer<?, ?> consumer, String topic) {
        return consumer.partitionsFor(topic).stream().map(i -> new TopicPartition(topic, i.partition())).toList();
    }

    private static Properties consumerProps(EmbeddedKafka kafka) {
        Properties c = new Properties();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return c;
    }
}
