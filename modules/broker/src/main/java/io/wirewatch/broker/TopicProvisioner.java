package io.wirewatch.broker;

import io.wirewatch.model.KafkaConnection;
import io.wirewatch.model.Topic;
import io.wirewatch.model.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the topics wirewatch needs before anything produces or consumes, on the embedded broker
 * or on any real Kafka cluster.
 *
 * <p>Brokers run with automatic topic creation off, so topics come from here, with the partition
 * count and replication the operator chose and {@code cleanup.policy=compact} where the latest record
 * per key is the state. Existing topics are left as they are: their partition count and configs may
 * have been tuned on purpose, and changing partitions would remap keys. A compacted topic found with
 * another cleanup policy is reported, not changed.
 *
 * <p>Every call is bounded by a timeout, so an unreachable cluster fails with a clear message instead
 * of a silent hang at startup.
 */
public final class TopicProvisioner {

    /** How long a whole {@code ensure} may take, including waiting for the cluster to answer. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(TopicProvisioner.class);
    private static final long READY_POLL_MS = 50;

    private TopicProvisioner() {
    }

    /** Ensures every topic of {@link Topics#all()} exists. */
    public static void ensure(KafkaConnection kafka, int partitions, short replication) {
        ensure(kafka, Topics.all(), partitions, replication);
    }

    /** Ensures {@code topics} exist, creating the missing ones, and waits until all have leaders. */
    public static void ensure(KafkaConnection kafka, Collection<Topic<?, ?>> topics, int partitions,
            short replication) {
        ensure(kafka, topics, partitions, replication, DEFAULT_TIMEOUT);
    }

    /**
     * As {@link #ensure(KafkaConnection, Collection, int, short)} with an explicit bound on the whole call.
     *
     * @throws IllegalStateException when the cluster does not answer within {@code timeout}, or rejects
     *                               a topic (for example a replication factor above its broker count)
     */
    public static void ensure(KafkaConnection kafka, Collection<Topic<?, ?>> topics, int partitions,
            short replication, Duration timeout) {
        if (partitions < 1 || replication < 1) {
            throw new IllegalArgumentException("partitions and replication must be at least 1");
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        Admin admin = Admin.create(adminProperties(kafka, timeout));
        try {
            Set<String> existing = admin.listTopics().names().get(remainingMs(deadline), TimeUnit.MILLISECONDS);
            List<NewTopic> missing = new ArrayList<>();
            List<Topic<?, ?>> present = new ArrayList<>();
            for (Topic<?, ?> topic : topics) {
                if (existing.contains(topic.name())) {
                    present.add(topic);
                } else {
                    missing.add(newTopic(topic, partitions, replication));
                }
            }
            create(admin, missing, deadline);
            warnOnCleanupPolicyMismatch(admin, present, deadline);
            awaitLeaders(admin, topics.stream().map(Topic::name).toList(), deadline);
        } catch (TimeoutException e) {
            throw unreachable(kafka, timeout, e);
        } catch (ExecutionException e) {
            // The admin client gives up on its own timeout, usually first, with Kafka's TimeoutException.
            if (e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException) {
                throw unreachable(kafka, timeout, e.getCause());
            }
            throw new IllegalStateException("Could not provision topics on " + kafka.describe() + ": "
                    + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while provisioning topics on " + kafka.describe(), e);
        } finally {
            // Past our deadline nothing pending is still wanted; the default close would wait for it.
            admin.close(Duration.ofSeconds(1));
        }
    }

    private static IllegalStateException unreachable(KafkaConnection kafka, Duration timeout, Throwable cause) {
        return new IllegalStateException("Kafka at " + kafka.describe() + " did not answer within "
                + timeout.toMillis() + " ms while provisioning topics; is it running and reachable?", cause);
    }

    private static Properties adminProperties(KafkaConnection kafka, Duration timeout) {
        Properties props = new Properties();
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "wirewatch-topic-provisioner");
        // The client's own retry budget must not outlive ours, or close() would wait on pending calls.
        int ms = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, ms);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(ms, 10_000));
        return kafka.admin(props);
    }

    private static NewTopic newTopic(Topic<?, ?> topic, int partitions, short replication) {
        NewTopic newTopic = new NewTopic(topic.name(), Optional.of(partitions), Optional.of(replication));
        if (topic.compacted() && topic.forgetAfter() != null) {
            newTopic.configs(Map.of(
                    TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT + "," + TopicConfig.CLEANUP_POLICY_DELETE,
                    TopicConfig.RETENTION_MS_CONFIG, Long.toString(topic.forgetAfter().toMillis())));
        } else if (topic.compacted()) {
            newTopic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        }
        return newTopic;
    }

    private static void create(Admin admin, List<NewTopic> missing, long deadline)
            throws ExecutionException, InterruptedException, TimeoutException {
        if (missing.isEmpty()) {
            return;
        }
        for (var entry : admin.createTopics(missing).values().entrySet()) {
            try {
                entry.getValue().get(remainingMs(deadline), TimeUnit.MILLISECONDS);
                LOG.info("Created topic {}", entry.getKey());
            } catch (ExecutionException e) {
                // Another instance provisioning at the same moment is fine: the topic exists, as wanted.
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
    }

    private static void warnOnCleanupPolicyMismatch(Admin admin, List<Topic<?, ?>> present, long deadline)
            throws ExecutionException, InterruptedException, TimeoutException {
        if (present.isEmpty()) {
            return;
        }
        List<ConfigResource> resources = present.stream()
                .map(t -> new ConfigResource(ConfigResource.Type.TOPIC, t.name())).toList();
        Map<ConfigResource, Config> configs =
                admin.describeConfigs(resources).all().get(remainingMs(deadline), TimeUnit.MILLISECONDS);
        for (Topic<?, ?> topic : present) {
            ConfigEntry policy = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, topic.name()))
                    .get(TopicConfig.CLEANUP_POLICY_CONFIG);
            boolean compacted = policy != null && policy.value().contains(TopicConfig.CLEANUP_POLICY_COMPACT);
            if (compacted != topic.compacted()) {
                LOG.warn("Existing topic {} has cleanup.policy={} but wirewatch expects {}; left unchanged",
                        topic.name(), policy == null ? "?" : policy.value(),
                        topic.compacted() ? "compact" : "delete");
            }
        }
    }

    /** Creation returns once the controller has accepted it; producers need partition leaders too. */
    private static void awaitLeaders(Admin admin, Collection<String> names, long deadline)
            throws ExecutionException, InterruptedException, TimeoutException {
        while (true) {
            try {
                Map<String, TopicDescription> descriptions = admin.describeTopics(names).allTopicNames()
                        .get(remainingMs(deadline), TimeUnit.MILLISECONDS);
                boolean ready = descriptions.values().stream()
                        .flatMap(d -> d.partitions().stream())
                        .allMatch(p -> p.leader() != null && !p.leader().isEmpty());
                if (ready) {
                    return;
                }
            } catch (ExecutionException e) {
                // Metadata of a just-created topic reaches the broker a moment after the controller.
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw e;
                }
            }
            if (remainingMs(deadline) <= READY_POLL_MS) {
                throw new TimeoutException("topics " + names + " have no leaders yet");
            }
            Thread.sleep(READY_POLL_MS);
        }
    }

    private static long remainingMs(long deadline) throws TimeoutException {
        long ms = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (ms <= 0) {
            throw new TimeoutException("deadline passed");
        }
        return ms;
    }
}
