package io.wirewatch.broker;

import io.wirewatch.model.KafkaConnection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker (KRaft, combined broker and controller) inside this JVM.
 *
 * <p>It lets wirewatch run, demo and test end to end with nothing installed: no Docker, no separate
 * Kafka download. It is the same broker code as a production Kafka 4.3.1, so idempotent and
 * transactional producers, {@code read_committed} consumers, compaction and {@code exactly_once_v2}
 * Kafka Streams behave as they will in production (see {@link BrokerSettings} for the one-node
 * settings). Listeners are bound to 127.0.0.1 only.
 *
 * <p>Data lives in a caller-chosen directory that is formatted on first use and reused afterwards,
 * so a restarted broker keeps its topics, records and committed offsets. {@link #startTemporary()}
 * is the throwaway variant for tests.
 *
 * <p>Kafka's fatal-error paths call {@code Exit.exit}/{@code Exit.halt}, which end the whole JVM;
 * that is Kafka's behaviour for a corrupted data directory and is not intercepted here.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);
    /** Free-port picking can race with another process grabbing the port; a couple of retries cover it. */
    private static final int BIND_ATTEMPTS = 3;

    private final KafkaRaftServer server;
    private final Path dataDir;
    private final int port;
    private final boolean temporary;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedKafka(KafkaRaftServer server, Path dataDir, int port, boolean temporary) {
        this.server = server;
        this.dataDir = dataDir;
        this.port = port;
        this.temporary = temporary;
    }

    /**
     * Starts a broker on {@code dataDir}, formatting it first if it was never used, and returns once
     * the broker accepts requests (registered and unfenced).
     *
     * @param dataDir where topics and metadata are kept, created if missing, kept across restarts
     * @param port    client port on 127.0.0.1, or 0 for a free one
     */
    public static EmbeddedKafka start(Path dataDir, int port) {
        return start(dataDir, port, false);
    }

    /** Starts a broker on a fresh temporary directory and a free port; close deletes the directory. */
    public static EmbeddedKafka startTemporary() {
        return startTemporary(null);
    }

    /** How the broker's client listener guards itself, like a secured cluster: {@link Login} or {@link Tls}. */
    public sealed interface Guard permits Login, Tls {
    }

    /**
     * A user the broker's client listener accepts (SASL/PLAIN over a plaintext socket).
     *
     * @param user     user name
     * @param password that user's password
     */
    public record Login(String user, String password) implements Guard {
        public Login {
            if (user == null || !user.matches("[A-Za-z0-9_-]+") || password == null || password.contains("\"")) {
                throw new IllegalArgumentException("a login needs a plain user name and a password without quotes");
            }
        }

        @Override
        public String toString() {
            return "Login[" + user + "]";
        }
    }

    /**
     * A client listener that speaks TLS only (protocol SSL), presenting the certificate of
     * {@code keyStore}; clients must trust it, as they must trust a cluster signed by a private CA.
     *
     * @param keyStore   PKCS12 file with the broker's private key and certificate (for 127.0.0.1)
     * @param trustStore PKCS12 file with the certificate the broker trusts when it connects to itself
     * @param password   password of both files
     */
    public record Tls(Path keyStore, Path trustStore, String password) implements Guard {
        public Tls {
            if (keyStore == null || trustStore == null || password == null || password.isEmpty()) {
                throw new IllegalArgumentException("TLS needs a key store, a trust store and their password");
            }
        }

        @Override
        public String toString() {
            return "Tls[" + keyStore + "]";
        }
    }

    /**
     * Starts a broker on a fresh temporary directory and a free port whose client listener is
     * guarded, like a secured cluster's (clients must log in, or speak TLS and trust its
     * certificate): how wirewatch's clients are checked to pass a cluster's security settings
     * ({@link KafkaConnection}) on to every connection.
     */
    public static EmbeddedKafka startTemporary(Guard guard) {
        Path dir;
        try {
            dir = Files.createTempDirectory("wirewatch-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a temporary Kafka data directory", e);
        }
        try {
            return start(dir, 0, true, guard);
        } catch (RuntimeException e) {
            deleteRecursively(dir);
            throw e;
        }
    }

    private static EmbeddedKafka start(Path dataDir, int port, boolean temporary) {
        return start(dataDir, port, temporary, null);
    }

    private static EmbeddedKafka start(Path dataDir, int port, boolean temporary, Guard guard) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
        QuietLogging.apply();
        DataDirGuard.ensureNotInUse(dataDir);
        for (int attempt = 1; ; attempt++) {
            int brokerPort = port == 0 ? freePort() : port;
            int controllerPort = freePort();
            try {
                return startOnce(dataDir, brokerPort, controllerPort, temporary, guard);
            } catch (RuntimeException e) {
                // A port picked free a moment ago can be taken by someone else before Kafka binds it.
                String bind = bindFailure(e);
                boolean askedPortTaken = port != 0 && bind != null && bind.contains(":" + port + ":");
                if (bind == null || askedPortTaken || attempt >= BIND_ATTEMPTS) {
                    throw e;
                }
                LOG.warn("Port taken while starting embedded Kafka, retrying with other ports: {}", bind);
            }
        }
    }

    private static EmbeddedKafka startOnce(Path dataDir, int brokerPort, int controllerPort, boolean temporary,
            Guard guard) {
        long started = System.nanoTime();
        KafkaConfig config = KafkaConfig.fromProps(BrokerSettings.of(dataDir, brokerPort, controllerPort, guard), false);
        boolean formatted;
        try {
            formatted = StorageFormat.formatIfNeeded(dataDir, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        try {
            server.startup();
        } catch (RuntimeException e) {
            // A half-started server holds the data-dir lock and threads; release them before giving up.
            shutdownQuietly(server);
            String reason = bindFailure(e) != null ? bindFailure(e) : e.getMessage();
            throw new IllegalStateException("Embedded Kafka failed to start on " + dataDir + " (port "
                    + brokerPort + "): " + reason, e);
        }
        LOG.info("Embedded Kafka on 127.0.0.1:{} ({} data in {}) started in {} ms", brokerPort,
                formatted ? "new" : "existing", dataDir, (System.nanoTime() - started) / 1_000_000);
        return new EmbeddedKafka(server, dataDir, brokerPort, temporary);
    }

    /** Where clients connect, for example {@code 127.0.0.1:40123}. */
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** How clients reach this broker; a broker started with a {@link Guard} also needs the matching client settings. */
    public KafkaConnection connection() {
        return KafkaConnection.to(bootstrapServers());
    }

    /** The directory holding this broker's topics and metadata. */
    public Path dataDir() {
        return dataDir;
    }

    /**
     * Shuts the broker down (controlled: leadership is handed back and logs are flushed so the next
     * start needs no recovery) and waits until it has stopped. Calling it again does nothing.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        shutdownQuietly(server);
        if (temporary) {
            deleteRecursively(dataDir);
        }
    }

    private static void shutdownQuietly(KafkaRaftServer server) {
        try {
            server.shutdown();
            server.awaitShutdown();
        } catch (RuntimeException e) {
            LOG.warn("Embedded Kafka did not shut down cleanly: {}", e.toString());
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on 127.0.0.1", e);
        }
    }

    /** The message of Kafka's "failed to bind" error somewhere in the chain, or null. */
    private static String bindFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException || String.valueOf(t.getMessage()).contains("failed to bind")) {
                return t.getMessage();
            }
        }
        return null;
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("Could not delete {}: {}", dir, e.toString());
        }
    }
}
