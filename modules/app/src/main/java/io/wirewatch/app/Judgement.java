package io.wirewatch.app;

import io.wirewatch.analysis.entities.Gazetteer;
import io.wirewatch.analysis.entities.TopicRules;
import io.wirewatch.app.config.ConfigException;
import io.wirewatch.app.config.WirewatchConfig;
import io.wirewatch.topology.TopologySettings;

/** Reads the judgement's configuration (gazetteer, topic rules, thresholds) for the topology. */
public final class Judgement {

    private Judgement() {
    }

    public static TopologySettings from(WirewatchConfig config) {
        try {
            return new TopologySettings(Gazetteer.fromYaml(config.entitiesFile()),
                    TopicRules.fromYaml(config.topicsFile()), config.clustering().toSettings(),
                    config.facts().toSettings(), config.kafka().partitions());
        } catch (RuntimeException e) {
            throw new ConfigException(e.getMessage(), e);
        }
    }
}
