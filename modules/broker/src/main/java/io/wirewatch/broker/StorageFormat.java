package io.wirewatch.broker;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import kafka.server.KafkaConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.storage.Formatter;

/**
 * Formats a KRaft data directory once, the embedded equivalent of {@code kafka-storage.sh format}.
 *
 * <p>A KRaft node refuses to start on an unformatted directory, and formatting an already formatted
 * one would mean a new cluster id, that is, losing every topic. So the directory is formatted only
 * when its directories hold no {@code meta.properties} yet, and the formatter is also told to skip
 * formatted directories in case that check races with another process.
 */
final class StorageFormat {

    private static final String META_PROPERTIES = "meta.properties";

    private StorageFormat() {
    }

    static boolean isFormatted(Path dataDir) {
        return Files.exists(BrokerSettings.metadataDir(dataDir).resolve(META_PROPERTIES))
                && Files.exists(BrokerSettings.logDir(dataDir).resolve(META_PROPERTIES));
    }

    /** Formats {@code dataDir} for {@code config} unless it is formatted already; returns whether it did. */
    static boolean formatIfNeeded(Path dataDir, KafkaConfig config) throws IOException {
        if (isFormatted(dataDir)) {
            return false;
        }
        Files.createDirectories(dataDir);
        // The formatter reports progress on a PrintStream (System.out by default); stdout belongs to the app.
        try (PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8)) {
            new Formatter()
                    .setPrintStream(quiet)
                    .setNodeId(config.nodeId())
                    .setClusterId(Uuid.randomUuid().toString())
                    .setControllerListenerName(BrokerSettings.CONTROLLER_LISTENER)
                    .setMetadataLogDirectory(BrokerSettings.metadataDir(dataDir).toString())
                    .addDirectory(BrokerSettings.metadataDir(dataDir).toString())
                    .addDirectory(BrokerSettings.logDir(dataDir).toString())
                    .setIgnoreFormatted(true)
                    .run();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("Could not format Kafka storage in " + dataDir + ": " + e.getMessage(), e);
        }
        return true;
    }
}
