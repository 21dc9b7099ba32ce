package io.wirewatch.app.bench;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The process's CPU time over a phase, from thread groups ({@link ResourceSampler}) to the parts
 * of the pipeline a reader of docs/benchmarks.md cares about: the topology's stream threads, their
 * producers' network threads, the embedded broker, the alert sink, the JIT, the garbage collector
 * and RocksDB's own threads.
 */
final class CpuParts {

    static final String STREAM_THREADS = "stream threads";
    static final String STREAM_PRODUCERS = "their producers' I/O";
    static final String BROKER = "broker and other";
    static final String SINK = "sink";
    static final String JIT = "JIT";
    static final String GC = "GC";
    static final String ROCKSDB = "RocksDB";

    private CpuParts() {
    }

    /** CPU nanoseconds by part, parts in a fixed order. */
    static Map<String, Long> of(Map<String, Long> nanosByThreadGroup) {
        Map<String, Long> parts = new LinkedHashMap<>();
        for (String part : new String[] {STREAM_THREADS, STREAM_PRODUCERS, BROKER, SINK, JIT, GC, ROCKSDB}) {
            parts.put(part, 0L);
        }
        nanosByThreadGroup.forEach((group, nanos) -> parts.merge(partOf(group), nanos, Long::sum));
        return parts;
    }

    /** "stream threads 1,106, their producers' I/O 267, ..." in µs per article. */
    static String perArticle(Map<String, Long> parts, int articles) {
        StringBuilder out = new StringBuilder();
        parts.forEach((part, nanos) -> out.append(out.isEmpty() ? "" : ", ").append(part).append(' ')
                .append(String.format(Locale.ROOT, "%,d", articles == 0 ? 0 : Math.round(nanos / 1e3 / articles))));
        return out.toString();
    }

    static String partOf(String threadGroup) {
        if (threadGroup.contains("StreamThread")) {
            return threadGroup.endsWith("-producer") ? STREAM_PRODUCERS : STREAM_THREADS;
        }
        if (threadGroup.startsWith("wirewatch-bench-sink")) {
            return SINK;
        }
        if (threadGroup.equals("(" + NativeThreads.JIT + ")")) {
            return JIT;
        }
        if (threadGroup.equals("(" + NativeThreads.GC + ")")) {
            return GC;
        }
        if (threadGroup.startsWith("(" + NativeThreads.ROCKSDB)) {
            return ROCKSDB;
        }
        return BROKER;
    }
}
