package io.wirewatch.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/**
 * How every wirewatch client reaches a Kafka cluster: the bootstrap servers and the cluster's own
 * client settings (TLS, SASL login, timeouts), applied alike to the poller's producer, the
 * topology's Streams clients, the sinks' consumers and the topic provisioner.
 *
 * <p>In: {@code bootstrapServers} and a map of Kafka client settings by their Kafka names
 * ({@code security.protocol}, {@code sasl.mechanism}, {@code sasl.jaas.config},
 * {@code ssl.truststore.location}, ...). Out: the properties of one client, its own settings first and
 * the cluster's on top, each client given only the settings it knows (so Kafka logs no "unknown
 * config" warnings).
 *
 * <p>Settings that decide wirewatch's delivery guarantees (serialisers, idempotence, acks, isolation,
 * group and client ids, offsets) are refused: a cluster's security never needs them, and changing them
 * would silently break exactly-once processing. Secrets (Kafka's password-typed settings such as
 * {@code sasl.jaas.config}) never appear in {@link #toString()}.
 *
 * @param bootstrapServers host:port list
 * @param settings         the cluster's client settings, by Kafka name
 */
public record KafkaConnection(String bootstrapServers, Map<String, String> settings) {

    /** Settings wirewatch sets itself because correctness depends on them. */
    static final Set<String> RESERVED = Set.of(
            CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG,
            CommonClientConfigs.CLIENT_ID_CONFIG,
            CommonClientConfigs.GROUP_ID_CONFIG,
            CommonClientConfigs.GROUP_INSTANCE_ID_CONFIG,
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
            ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
            ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
            ProducerConfig.TRANSACTIONAL_ID_CONFIG,
            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
            ProducerConfig.ACKS_CONFIG,
            ConsumerConfig.ISOLATION_LEVEL_CONFIG,
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
            ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG);

    private static final ConfigDef ADMIN = AdminClientConfig.configDef();
    private static final ConfigDef PRODUCER = ProducerConfig.configDef();
    private static final ConfigDef CONSUMER = ConsumerConfig.configDef();
    private static final String HIDDEN = "[hidden]";

    public KafkaConnection {
        if (bootstrapServers == null || bootstrapServers.isBlank()) {
            throw new IllegalArgumentException("Kafka bootstrap servers are missing");
        }
        List<String> problems = problems(settings);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        settings = settings == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(settings));
    }

    /** A cluster that needs nothing but its address (the embedded broker, a local PLAINTEXT one). */
    public static KafkaConnection to(String bootstrapServers) {
        return new KafkaConnection(bootstrapServers, Map.of());
    }

    /**
     * Everything wrong with {@code settings}, each problem naming its setting; empty when they can be
     * used. Checked: a Kafka client knows the name, wirewatch does not reserve it, its value has the
     * setting's type and allowed values (the security protocol, say), and a key or trust store file is there.
     */
    public static List<String> problems(Map<String, String> settings) {
        List<String> problems = new ArrayList<>();
        if (settings == null) {
            return problems;
        }
        for (Map.Entry<String, String> setting : new TreeMap<>(settings).entrySet()) {
            String name = setting.getKey();
            String value = setting.getValue();
            if (RESERVED.contains(name)) {
                problems.add(name + " is set by wirewatch itself and cannot be changed");
            } else if (!known(name)) {
                problems.add(name + " is not a Kafka client setting");
            } else if (value == null) {
                problems.add(name + " has no value");
            } else {
                typeProblem(name, value, problems);
            }
        }
        for (String store : List.of("ssl.truststore.location", "ssl.keystore.location")) {
            String location = settings.get(store);
            if (location != null && !location.isBlank() && !Files.isRegularFile(Path.of(location))) {
                problems.add(store + ": no file at " + location);
            }
        }
        return problems;
    }

    private static boolean known(String name) {
        return ADMIN.names().contains(name) || PRODUCER.names().contains(name) || CONSUMER.names().contains(name);
    }

    private static void typeProblem(String name, String value, List<String> problems) {
        ConfigDef.ConfigKey key = definition(name);
        try {
            Object parsed = ConfigDef.parseType(name, value, key.type);
            if (key.validator != null) {
                key.validator.ensureValid(name, parsed);
            }
        } catch (ConfigException e) {
            // Kafka's message quotes the value, which may be a secret.
            problems.add(name + ": " + (key.type == ConfigDef.Type.PASSWORD ? "not a valid value" : e.getMessage()));
        }
    }

    private static ConfigDef.ConfigKey definition(String name) {
        for (ConfigDef def : List.of(ADMIN, PRODUCER, CONSUMER)) {
            ConfigDef.ConfigKey key = def.configKeys().get(name);
            if (key != null) {
                return key;
            }
        }
        throw new IllegalArgumentException(name);
    }

    /** A producer's properties: {@code own} plus the address and the cluster settings producers know. */
    public Properties producer(Properties own) {
        return with(own, PRODUCER.names());
    }

    /** A consumer's properties: {@code own} plus the address and the cluster settings consumers know. */
    public Properties consumer(Properties own) {
        return with(own, CONSUMER.names());
    }

    /** An admin client's properties: {@code own} plus the address and the cluster settings it knows. */
    public Properties admin(Properties own) {
        return with(own, ADMIN.names());
    }

    /**
     * A Kafka Streams application's properties: {@code own} plus the address and every cluster
     * setting, unprefixed, which Streams hands to each of its clients that knows it.
     */
    public Properties streams(Properties own) {
        Properties props = new Properties();
        props.putAll(own);
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.putAll(settings);
        return props;
    }

    private Properties with(Properties own, Set<String> known) {
        Properties props = new Properties();
        props.putAll(own);
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        settings.forEach((name, value) -> {
            if (known.contains(name)) {
                props.put(name, value);
            }
        });
        return props;
    }

    /** For logs and errors: the address and how clients log in, e.g. {@code host:9093 (SASL_SSL, PLAIN)}. */
    public String describe() {
        String protocol = settings.getOrDefault(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "");
        String mechanism = protocol.toUpperCase().startsWith("SASL")
                ? ", " + settings.getOrDefault("sasl.mechanism", "GSSAPI") : "";
        return protocol.isEmpty() ? bootstrapServers : bootstrapServers + " (" + protocol + mechanism + ")";
    }

    /** The address and every setting, secrets shown as {@value #HIDDEN}. */
    @Override
    public String toString() {
        return "KafkaConnection[" + bootstrapServers + ", " + settings.entrySet().stream()
                .map(e -> e.getKey() + "=" + (secret(e.getKey()) ? HIDDEN : e.getValue()))
                .collect(Collectors.joining(", ", "{", "}")) + "]";
    }

    private static boolean secret(String name) {
        return !known(name) || definition(name).type == ConfigDef.Type.PASSWORD;
    }
}
