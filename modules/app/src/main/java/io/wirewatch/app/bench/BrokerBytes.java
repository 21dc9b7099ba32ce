package io.wirewatch.app.bench;

import io.wirewatch.model.KafkaConnection;
import io.wirewatch.model.Topics;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.LogDirDescription;
import org.apache.kafka.common.Node;

/**
 * What the topology's records cost the broker in bytes on disk, which record counts alone hide (a
 * story memory's changelog record holds all its claims; an enriched article its text, sentences
 * and signature).
 *
 * @param internal bytes per internal topic of the application (changelogs, repartitions), by
 *                 name without the application prefix
 * @param outputs  bytes per public output topic (articles, stories, alerts)
 * @param raw      bytes of the raw input topic, for scale
 */
record BrokerBytes(Map<String, Long> internal, Map<String, Long> outputs, long raw) {

    private static final List<String> OUTPUTS = List.of(Topics.ARTICLES.name(), Topics.STORIES.name(),
            Topics.ALERTS.name());

    /** Reads the brokers' log directories for the topics of {@code applicationId}. */
    static BrokerBytes of(KafkaConnection kafka, String applicationId) throws Exception {
        Properties props = kafka.admin(new Properties());
        Map<String, Long> internal = new TreeMap<>();
        Map<String, Long> outputs = new TreeMap<>();
        long[] raw = {0};
        try (Admin admin = Admin.create(props)) {
            Set<Integer> brokers = admin.describeCluster().nodes().get().stream().map(Node::id).collect(Collectors.toSet());
            for (Map<String, LogDirDescription> dirs : admin.describeLogDirs(brokers).allDescriptions().get().values()) {
                for (LogDirDescription dir : dirs.values()) {
                    dir.replicaInfos().forEach((partition, replica) -> {
                        String topic = partition.topic();
                        if (topic.startsWith(applicationId + "-")) {
                            internal.merge(topic.substring(applicationId.length() + 1), replica.size(), Long::sum);
                        } else if (OUTPUTS.contains(topic)) {
                            outputs.merge(topic, replica.size(), Long::sum);
                        } else if (topic.equals(Topics.RAW_ARTICLES.name())) {
                            raw[0] += replica.size();
                        }
                    });
                }
            }
        }
        return new BrokerBytes(internal, outputs, raw[0]);
    }

    /** "internal / outputs (raw input N)", bytes per article. */
    String summary(int articles) {
        int n = Math.max(1, articles);
        return String.format(Locale.ROOT, "%d / %d (raw input %d)", total(internal) / n, total(outputs) / n, raw / n);
    }

    /** Bytes per article, per topic. */
    Map<String, Long> byTopic(int articles) {
        Map<String, Long> per = new TreeMap<>();
        internal.forEach((topic, size) -> per.put(topic, size / Math.max(1, articles)));
        outputs.forEach((topic, size) -> per.put(topic, size / Math.max(1, articles)));
        return per;
    }

    private static long total(Map<String, Long> bytes) {
        return bytes.values().stream().mapToLong(Long::longValue).sum();
    }
}
