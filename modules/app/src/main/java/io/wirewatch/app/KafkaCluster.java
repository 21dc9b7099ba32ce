package io.wirewatch.app;

import io.wirewatch.app.config.KafkaConfig;
import io.wirewatch.broker.EmbeddedKafka;
import io.wirewatch.broker.TopicProvisioner;
import io.wirewatch.model.KafkaConnection;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Kafka wirewatch talks to: the configured cluster, or an embedded broker started for it.
 * Either way its topics exist once {@link #connect} returns.
 */
final class KafkaCluster implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaCluster.class);

    private final KafkaConnection connection;
    private final EmbeddedKafka embedded;

    private KafkaCluster(KafkaConnection connection, EmbeddedKafka embedded) {
        this.connection = connection;
        this.embedded = embedded;
    }

    static KafkaCluster connect(KafkaConfig config) {
        KafkaCluster cluster;
        if (config.embedded()) {
            Path dir = Path.of(config.embeddedDataDir());
            EmbeddedKafka broker = EmbeddedKafka.start(dir, config.embeddedPort());
            LOG.info("embedded Kafka broker on {} with data in {}", broker.bootstrapServers(), dir.toAbsolutePath());
            cluster = new KafkaCluster(broker.connection(), broker);
        } else {
            KafkaConnection connection = config.connection();
            LOG.info("using Kafka at {}", connection.describe());
            cluster = new KafkaCluster(connection, null);
        }
        try {
            TopicProvisioner.ensure(cluster.connection, config.partitions(), config.replication().shortValue());
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    KafkaConnection connection() {
        return connection;
    }

    boolean embedded() {
        return embedded != null;
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
