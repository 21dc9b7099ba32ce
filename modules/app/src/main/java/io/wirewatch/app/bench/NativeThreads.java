package io.wirewatch.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time of this process's threads that Java cannot see (the garbage collector, the JIT
 * compilers, RocksDB's flush and compaction threads), read from Linux's {@code /proc/self/task};
 * empty elsewhere. Grouped by the kernel's thread name with its numbers removed.
 */
final class NativeThreads {

    /** Kernel clock ticks per second: 100 on every Linux that Java supports. */
    private static final long TICK_NANOS = 10_000_000L;

    static final String GC = "garbage collector";
    static final String JIT = "JIT compiler";
    static final String ROCKSDB = "RocksDB";

    private NativeThreads() {
    }

    static Map<String, Long> cpuNanosByGroup() {
        Map<String, Long> byGroup = new TreeMap<>();
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return byGroup;
        }
        try (Stream<Path> threads = Files.list(tasks)) {
            threads.forEach(task -> {
                try {
                    String name = Files.readString(task.resolve("comm")).strip();
                    String group = group(name);
                    if (group != null) {
                        byGroup.merge(group, ticks(Files.readString(task.resolve("stat"))) * TICK_NANOS, Long::sum);
                    }
                } catch (IOException | RuntimeException gone) {
                    // The thread ended between listing and reading: it no longer counts.
                }
            });
        } catch (IOException e) {
            return byGroup;
        }
        return byGroup;
    }

    /** The group of a thread Java does not see, or null for a Java thread. */
    private static String group(String name) {
        if (name.startsWith("GC Thread") || name.startsWith("G1 ")) {
            return GC;
        }
        if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
            return JIT;
        }
        if (name.startsWith("rocksdb")) {
            return ROCKSDB + " " + name.replaceAll("[0-9]+$", "");
        }
        return null;
    }

    /** User plus system time from a {@code stat} line, in ticks; the name field may hold spaces. */
    private static long ticks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // After the name: state is field 3 of the full line, utime 14 and stime 15.
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
