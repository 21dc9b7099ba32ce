package io.wirewatch.topology;

import io.wirewatch.analysis.cluster.ClusterSettings;
import io.wirewatch.analysis.entities.EntityTagger;
import io.wirewatch.analysis.entities.TopicRules;
import io.wirewatch.analysis.facts.NoveltySettings;

/**
 * Everything the topology's judgement needs, read from configuration by the app.
 *
 * @param entities        entity tagger (the gazetteer of config/entities.yaml)
 * @param topics          topic rules (config/topics.yaml)
 * @param cluster         thresholds of the cluster stage
 * @param novelty         thresholds of the facts stage
 * @param storyPartitions partitions of the facts stage's input, keyed by story id: its parallelism
 */
public record TopologySettings(EntityTagger entities, TopicRules topics, ClusterSettings cluster,
                               NoveltySettings novelty, int storyPartitions) {

    public TopologySettings {
        if (storyPartitions < 1) {
            throw new IllegalArgumentException("storyPartitions must be at least 1, was " + storyPartitions);
        }
    }
}
