package io.wirewatch.broker;

import java.nio.file.Path;
import java.util.Properties;

/**
 * The server properties of the one-node KRaft broker that {@link EmbeddedKafka} runs.
 *
 * <p>Kafka's defaults assume a cluster of three or more machines; on a single node several of them
 * would make transactions, consumer groups or compaction fail or waste memory. Each deviation is
 * explained next to it. Keys are spelled out rather than taken from Kafka's internal config classes,
 * which move between releases.
 */
final class BrokerSettings {

    static final int NODE_ID = 1;
    static final String BROKER_LISTENER = "PLAINTEXT";
    static final String CONTROLLER_LISTENER = "CONTROLLER";
    static final String SASL_LISTENER = "SASL_PLAINTEXT";
    static final String TLS_LISTENER = "SSL";
    private static final String INTER_BROKER_SECRET = "inter-broker-" + Long.toHexString(System.nanoTime());

    private BrokerSettings() {
    }

    static Path logDir(Path dataDir) {
        return dataDir.toAbsolutePath().resolve("logs");
    }

    static Path metadataDir(Path dataDir) {
        return dataDir.toAbsolutePath().resolve("metadata");
    }

    static Properties of(Path dataDir, int brokerPort, int controllerPort) {
        return of(dataDir, brokerPort, controllerPort, null);
    }

    /**
     * As {@link #of(Path, int, int)}; with a {@link EmbeddedKafka.Login}, the client listener speaks
     * SASL_PLAINTEXT and accepts that one user (mechanism PLAIN); with {@link EmbeddedKafka.Tls}, it
     * speaks SSL with that certificate; as a secured cluster does.
     */
    static Properties of(Path dataDir, int brokerPort, int controllerPort, EmbeddedKafka.Guard guard) {
        Properties p = new Properties();
        String listener = guard instanceof EmbeddedKafka.Login ? SASL_LISTENER
                : guard instanceof EmbeddedKafka.Tls ? TLS_LISTENER : BROKER_LISTENER;

        // Combined mode: one JVM is broker and its own single-voter controller quorum. A static voter
        // list (not a dynamic quorum) lets the controller port change between restarts of the same data.
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        p.put("controller.listener.names", CONTROLLER_LISTENER);
        p.put("inter.broker.listener.name", listener);
        // Loopback only: a local-run broker must not be reachable from the network.
        p.put("listeners", listener + "://127.0.0.1:" + brokerPort
                + "," + CONTROLLER_LISTENER + "://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", listener + "://127.0.0.1:" + brokerPort);
        p.put("listener.security.protocol.map", listener + ":" + listener + "," + CONTROLLER_LISTENER + ":PLAINTEXT");
        if (guard instanceof EmbeddedKafka.Login login) {
            // The broker logs in to its own listener (inter-broker traffic) as an extra user.
            p.put("sasl.enabled.mechanisms", "PLAIN");
            p.put("sasl.mechanism.inter.broker.protocol", "PLAIN");
            p.put("listener.name." + SASL_LISTENER.toLowerCase() + ".plain.sasl.jaas.config",
                    "org.apache.kafka.common.security.plain.PlainLoginModule required"
                            + " username=\"broker\" password=\"" + INTER_BROKER_SECRET + "\""
                            + " user_broker=\"" + INTER_BROKER_SECRET + "\""
                            + " user_" + login.user() + "=\"" + login.password() + "\";");
        }
        if (guard instanceof EmbeddedKafka.Tls tls) {
            // The broker also connects to its own listener (inter-broker traffic), so it must trust
            // its certificate too, and check the name in it as any client does.
            p.put("ssl.keystore.type", "PKCS12");
            p.put("ssl.keystore.location", tls.keyStore().toAbsolutePath().toString());
            p.put("ssl.keystore.password", tls.password());
            p.put("ssl.key.password", tls.password());
            p.put("ssl.truststore.type", "PKCS12");
            p.put("ssl.truststore.location", tls.trustStore().toAbsolutePath().toString());
            p.put("ssl.truststore.password", tls.password());
        }
        // Partitions and the __cluster_metadata log in separate subdirectories of the caller's one path:
        // Kafka then locks both, so a second broker on the same data fails before its controller could
        // append to the first one's metadata log (with a shared directory only the broker half locks).
        p.put("log.dirs", logDir(dataDir).toString());
        p.put("metadata.log.dir", metadataDir(dataDir).toString());

        // Internal topics default to replication factor 3 and would never be created on one node, which
        // breaks consumer groups, idempotent/transactional producers and exactly_once_v2 Streams.
        p.put("offsets.topic.replication.factor", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        // 50 partitions each for offsets and transactions cost seconds on the first group or transaction
        // and hundreds of files; a handful is plenty for one node.
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.num.partitions", "5");
        p.put("share.coordinator.state.topic.num.partitions", "5");

        // No waiting for more members that will not come: a single app instance starts consuming at once.
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("group.streams.initial.rebalance.delay.ms", "0");

        // Topics are provisioned explicitly (TopicProvisioner): a typo must fail, not create a topic.
        p.put("auto.create.topics.enable", "false");

        // Since Kafka 4.0 a record stamped more than 1 h in the future is rejected (KIP-937). Feeds carry
        // publication times from misconfigured clocks and time zones; accept them, the topology judges.
        p.put("log.message.timestamp.type", "CreateTime");
        p.put("log.message.timestamp.before.max.ms", String.valueOf(Long.MAX_VALUE));
        p.put("log.message.timestamp.after.max.ms", String.valueOf(Long.MAX_VALUE));

        // The cleaner of compacted topics allocates its dedupe map on the heap up front: 128 MiB by
        // default, shared with the app's heap here. 16 MiB indexes some 500k keys per pass, ample.
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(16 * 1024 * 1024));
        p.put("log.cleaner.threads", "1");

        // Thread pools sized for a laptop or a 2-core build machine, not a dedicated server.
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "4");
        p.put("background.threads", "4");
        p.put("num.recovery.threads.per.data.dir", "1");
        p.put("num.replica.fetchers", "1");
        return p;
    }
}
