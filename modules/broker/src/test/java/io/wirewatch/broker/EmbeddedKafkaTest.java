package io.wirewatch.broker;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.model.Topic;
import io.wirewatch.model.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One embedded broker shared by every test here (a start costs seconds): provisioning, and the
 * producer and consumer guarantees wirewatch relies on. Tests use their own topics so their order
 * does not matter.
 */
class EmbeddedKafkaTest {

    private static EmbeddedKafka kafka;

    @BeforeAll
    static void startBroker() {
        kafka = EmbeddedKafka.startTemporary();
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    @Test
    void listensOnLoopbackOnly() {
        // Given a started broker / When asking where to connect
        String bootstrap = kafka.bootstrapServers();

        // Then it is a concrete loopback address, never a wildcard one
        assertThat(bootstrap).matches("127\\.0\\.0\\.1:\\d+");
        assertThat(kafka.dataDir()).isDirectory();
    }

    @Test
    void provisionsEveryRegistryTopicCompactingTheStateTopics() throws Exception {
        // Given the broker without wirewatch topics (auto-creation is off)
        // When provisioning every topic of the registry
        TopicProvisioner.ensure(kafka.connection(), 3, (short) 1);

        // Then each exists with 3 partitions, and exactly the state topics are compacted
        try (Admin admin = Clients.admin(kafka.bootstrapServers())) {
            List<String> names = Topics.all().stream().map(Topic::name).toList();
            assertThat(admin.describeTopics(names).allTopicNames().get().values())
                    .allSatisfy(d -> assertThat(d.partitions()).hasSize(3));
            Map<String, String> policies = cleanupPolicies(admin, names);
            for (Topic<?, ?> topic : Topics.all()) {
                assertThat(policies.get(topic.name())).as(topic.name())
                        .isEqualTo(!topic.compacted() ? "delete" : topic.forgetAfter() == null ? "compact" : "compact,delete");
            }
            assertThat(policies).containsEntry(Topics.STORIES.name(), "compact")
                    .containsEntry(Topics.FEED_STATE.name(), "compact")
                    .containsEntry(Topics.DELIVERIES.name(), "compact,delete");
            // and delivered ids are forgotten after 30 days instead of kept for ever
            ConfigResource deliveries = new ConfigResource(ConfigResource.Type.TOPIC, Topics.DELIVERIES.name());
            assertThat(admin.describeConfigs(List.of(deliveries)).all().get().get(deliveries)
                    .get(TopicConfig.RETENTION_MS_CONFIG).value()).isEqualTo(Long.toString(30L * 24 * 3600 * 1000));
        }
    }

    @Test
    void leavesExistingTopicsAsTheyAre() throws Exception {
        // Given a topic that already exists with one partition
        Topic<String, String> topic = Clients.stringTopic("test.existing");
        TopicProvisioner.ensure(kafka.connection(), List.of(topic), 1, (short) 1);

        // When provisioning it again asking for four partitions
        TopicProvisioner.ensure(kafka.connection(), List.of(topic), 4, (short) 1);

        // Then nothing failed and the partition count was not touched
        try (Admin admin = Clients.admin(kafka.bootstrapServers())) {
            assertThat(admin.describeTopics(List.of(topic.name())).allTopicNames().get()
                    .get(topic.name()).partitions()).hasSize(1);
        }
    }

    @Test
    void idempotentProducerRecordsAreReadBack() throws Exception {
        // Given a provisioned topic and an idempotent producer
        Topic<String, String> topic = Clients.stringTopic("test.idempotent");
        TopicProvisioner.ensure(kafka.connection(), List.of(topic), 2, (short) 1);

        // When it sends ten records
        try (KafkaProducer<String, String> producer = Clients.idempotentProducer(kafka.bootstrapServers())) {
            for (int i = 0; i < 10; i++) {
                producer.send(new ProducerRecord<>(topic.name(), "k" + i, "v" + i)).get();
            }
        }

        // Then a consumer reads all ten
        assertThat(values(Clients.readAllCommitted(kafka.bootstrapServers(), topic.name())))
                .containsExactlyInAnyOrder("v0", "v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9");
    }

    @Test
    void readCommittedSeesCommittedTransactionsOnly() {
        // Given a provisioned topic and a transactional producer (needs the transaction state log)
        Topic<String, String> topic = Clients.stringTopic("test.transactional");
        TopicProvisioner.ensure(kafka.connection(), List.of(topic), 1, (short) 1);

        // When one transaction commits and the next aborts
        try (KafkaProducer<String, String> producer =
                     Clients.transactionalProducer(kafka.bootstrapServers(), "test-tx")) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic.name(), "a", "committed-1"));
            producer.send(new ProducerRecord<>(topic.name(), "b", "committed-2"));
            producer.commitTransaction();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic.name(), "c", "aborted"));
            producer.flush();
            producer.abortTransaction();
        }

        // Then a read_committed consumer sees the committed records only
        assertThat(values(Clients.readAllCommitted(kafka.bootstrapServers(), topic.name())))
                .containsExactly("committed-1", "committed-2");
    }

    @Test
    void acceptsRecordsStampedInTheFuture() throws Exception {
        // Given a topic (Kafka 4 rejects timestamps over 1 h ahead by default; feeds get clocks wrong)
        Topic<String, String> topic = Clients.stringTopic("test.future");
        TopicProvisioner.ensure(kafka.connection(), List.of(topic), 1, (short) 1);
        long twoDaysAhead = Instant.now().plus(Duration.ofDays(2)).toEpochMilli();

        // When a record stamped two days ahead is sent
        try (KafkaProducer<String, String> producer = Clients.idempotentProducer(kafka.bootstrapServers())) {
            producer.send(new ProducerRecord<>(topic.name(), null, twoDaysAhead, "k", "tomorrow")).get();
        }

        // Then it is stored with its own timestamp
        List<ConsumerRecord<String, String>> records = Clients.readAllCommitted(kafka.bootstrapServers(), topic.name());
        assertThat(records).singleElement().satisfies(r -> assertThat(r.timestamp()).isEqualTo(twoDaysAhead));
    }

    @Test
    void runsAnExactlyOnceStreamsApp() throws Exception {
        // Given input and output topics holding one input record
        Topic<String, String> in = Clients.stringTopic("test.streams.in");
        Topic<String, String> out = Clients.stringTopic("test.streams.out");
        TopicProvisioner.ensure(kafka.connection(), List.of(in, out), 1, (short) 1);
        try (KafkaProducer<String, String> producer = Clients.idempotentProducer(kafka.bootstrapServers())) {
            producer.send(new ProducerRecord<>(in.name(), "k", "hello")).get();
        }

        // When an exactly_once_v2 Streams app upper-cases it
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(in.name(), Consumed.with(Serdes.String(), Serdes.String()))
                .mapValues(v -> v.toUpperCase())
                .to(out.name(), Produced.with(Serdes.String(), Serdes.String()));
        try (KafkaStreams streams = new KafkaStreams(builder.build(), streamsProps())) {
            streams.start();

            // Then its committed output appears
            List<String> output = List.of();
            long giveUp = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (output.isEmpty() && System.nanoTime() < giveUp) {
                Thread.sleep(100);
                output = values(Clients.readAllCommitted(kafka.bootstrapServers(), out.name()));
            }
            assertThat(output).containsExactly("HELLO");
        }
    }

    private Properties streamsProps() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "test-eos");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.STATE_DIR_CONFIG, kafka.dataDir().resolve("streams-state").toString());
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        return props;
    }

    private static Map<String, String> cleanupPolicies(Admin admin, List<String> names) throws Exception {
        List<ConfigResource> resources = names.stream()
                .map(n -> new ConfigResource(ConfigResource.Type.TOPIC, n)).toList();
        Map<ConfigResource, Config> configs = admin.describeConfigs(resources).all().get();
        return configs.entrySet().stream().collect(Collectors.toMap(
                e -> e.getKey().name(), e -> e.getValue().get(TopicConfig.CLEANUP_POLICY_CONFIG).value()));
    }

    private static List<String> values(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(ConsumerRecord::value).toList();
    }
}
