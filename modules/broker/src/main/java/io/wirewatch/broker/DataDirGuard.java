package io.wirewatch.broker;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Refuses to start a broker on a data directory another broker is using, before Kafka gets to it.
 *
 * <p>Kafka locks its directories itself, but when the metadata directory is found locked it treats
 * that as a fatal fault and ends the whole JVM ({@code ProcessTerminatingFaultHandler}). Running
 * {@code wirewatch} twice on {@code ./data/kafka}, or a test starting a second broker on the same
 * directory, deserves an exception instead. This probes the same {@code .lock} files Kafka uses and
 * releases them at once; Kafka's own lock remains the guard against a start racing this check.
 */
final class DataDirGuard {

    private static final String LOCK_FILE = ".lock";

    private DataDirGuard() {
    }

    static void ensureNotInUse(Path dataDir) {
        for (Path dir : new Path[] {BrokerSettings.metadataDir(dataDir), BrokerSettings.logDir(dataDir)}) {
            Path lockFile = dir.resolve(LOCK_FILE);
            if (!Files.exists(lockFile)) {
                continue;
            }
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    throw inUse(dataDir, "another process");
                }
                lock.release();
            } catch (OverlappingFileLockException e) {
                // Java file locks belong to the JVM: the holder is a broker started in this very process.
                throw inUse(dataDir, "another embedded broker in this JVM");
            } catch (IOException e) {
                throw new IllegalStateException("Cannot check the Kafka data directory " + dataDir + ": " + e, e);
            }
        }
    }

    private static IllegalStateException inUse(Path dataDir, String holder) {
        return new IllegalStateException("Kafka data directory " + dataDir + " is in use by " + holder
                + "; stop it or choose another directory");
    }
}
