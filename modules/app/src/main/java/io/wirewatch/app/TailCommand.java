package io.wirewatch.app;

import io.wirewatch.app.config.WirewatchConfig;
import io.wirewatch.model.AlertType;
import io.wirewatch.model.KafkaConnection;
import io.wirewatch.sinks.AlertFilter;
import io.wirewatch.sinks.AlertTail;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code wirewatch tail}: prints alerts from {@code wirewatch.alerts} as they arrive, until Ctrl-C.
 * It joins no consumer group, so it takes nothing from the sinks or other subscribers.
 */
@Command(name = "tail", mixinStandardHelpOptions = true,
        description = "Print alerts from the Kafka topic wirewatch.alerts as they arrive (committed ones only).")
final class TailCommand implements Callable<Integer> {

    @Option(names = "--type", split = ",", paramLabel = "TYPE",
            description = "Only these types: NEW_STORY, NEW_FACTS, FIGURE_CHANGED (repeatable or comma-separated).")
    List<AlertType> types = List.of();

    @Option(names = "--topic", split = ",", paramLabel = "TOPIC",
            description = "Only alerts matching any of these topics (config/topics.yaml names).")
    List<String> topics = List.of();

    @Option(names = "--from-beginning", description = "Start with the oldest alert kept, not with the next one.")
    boolean fromBeginning;

    @Option(names = "--json", description = "One JSON alert per line (the contract of docs/alerts.md).")
    boolean json;

    @Option(names = "--limit", defaultValue = "0", description = "Exit after this many alerts (default: never).")
    int limit;

    @Option(names = "--bootstrap-servers", description = "Kafka host:port list (default: the config file's "
            + "with --config, else $" + WirewatchConfig.BOOTSTRAP_ENV + ", else the embedded broker at 127.0.0.1:9092); "
            + "the cluster's client settings come from $" + WirewatchConfig.KAFKA_CLIENT_ENV_PREFIX + "* variables.")
    String bootstrapServers;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Take the cluster and its client settings (kafka.client: TLS, login) from this wirewatch "
                    + "config file, as wirewatch run does; $" + WirewatchConfig.KAFKA_CLIENT_ENV_PREFIX
                    + "* variables still override. Without it, a subscriber needs no config file.")
    Path config;

    @Override
    public Integer call() {
        KafkaConnection kafka;
        try {
            kafka = connection();
        } catch (IllegalArgumentException e) {
            System.err.println("wirewatch tail: " + WirewatchConfig.KAFKA_CLIENT_ENV_PREFIX + "* settings: " + e.getMessage());
            return 2;
        }
        AlertFilter filter = new AlertFilter(Set.copyOf(types), Set.copyOf(topics), Set.of(), 0);
        AlertTail tail;
        try {
            tail = new AlertTail(kafka, filter, fromBeginning, json);
        } catch (org.apache.kafka.common.errors.TimeoutException e) {
            System.err.println("wirewatch tail: no answer from Kafka at " + kafka.describe()
                    + " (is wirewatch run, or your cluster, up? --bootstrap-servers sets another)");
            return 1;
        }
        Thread hook = new Thread(tail::close, "wirewatch-tail-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        tail.run(System.out, System.err, limit);
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // Ctrl-C: the hook is what ended the run
        }
        return 0;
    }

    /** The cluster to read: from the config file if one is given, else from the flag and environment alone. */
    KafkaConnection connection() {
        if (config != null) {
            return WirewatchConfig.load(config).kafka().connectionBeside(bootstrapServers);
        }
        String bootstrap = bootstrapServers;
        if (bootstrap == null || bootstrap.isBlank()) {
            String env = System.getenv(WirewatchConfig.BOOTSTRAP_ENV);
            bootstrap = env == null || env.isBlank() ? "127.0.0.1:9092" : env;
        }
        return new KafkaConnection(bootstrap, WirewatchConfig.kafkaClientSettings(System.getenv()));
    }
}
