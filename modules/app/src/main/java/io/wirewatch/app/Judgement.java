package io.wirewatch.app;

import io.wirewatch.analysis.entities.NewsEntityTagger;
import io.wirewatch.analysis.entities.TopicRules;
import io.wirewatch.app.config.ConfigException;
import io.wirewatch.app.config.WirewatchConfig;
import io.wirewatch.topology.TopologySettings;

/**
 * Reads the judgement's configuration for the topology: the entity tagger (built-in gazetteer,
 * config/entities.yaml over it, the shipped name model), topic rules, thresholds.
 */
public final class Judgement {

    private Judgement() {
    }

    public static TopologySettings from(WirewatchConfig config) {
        try {
            return new TopologySettings(NewsEntityTagger.load(config.entitiesFile()),
                    TopicRules.fromYaml(config.topicsFile()), config.clustering().toSettings(),
                    config.facts().toSettings(), config.kafka().partitions());
        } catch (RuntimeException e) {
            throw new ConfigException(e.getMessage(), e);
        }
    }
}
