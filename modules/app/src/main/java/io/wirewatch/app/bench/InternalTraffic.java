package io.wirewatch.app.bench;

import io.wirewatch.model.KafkaConnection;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;

/**
 * How much the topology writes to Kafka besides its outputs: the end offsets of its internal
 * topics (state store changelogs and repartition topics), per topic. With exactly-once, offsets
 * also count one transaction marker per partition and commit, so this is records plus markers:
 * the broker's real load.
 */
final class InternalTraffic {

    private InternalTraffic() {
    }

    /** End offset summed over partitions, per internal topic of {@code applicationId}. */
    static Map<String, Long> of(KafkaConnection kafka, String applicationId) throws Exception {
        Properties props = kafka.admin(new Properties());
        try (Admin admin = Admin.create(props)) {
            Set<String> internal = admin.listTopics().names().get().stream()
                    .filter(name -> name.startsWith(applicationId + "-"))
                    .collect(Collectors.toSet());
            Map<String, TopicDescription> described = admin.describeTopics(internal).allTopicNames().get();
            Map<TopicPartition, OffsetSpec> ends = new java.util.HashMap<>();
            described.values().forEach(d -> d.partitions().forEach(p ->
                    ends.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest())));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> offsets = admin.listOffsets(ends).all().get();
            Map<String, Long> perTopic = new TreeMap<>();
            offsets.forEach((tp, info) -> perTopic.merge(tp.topic().substring(applicationId.length() + 1),
                    info.offset(), Long::sum));
            return perTopic;
        }
    }
}
