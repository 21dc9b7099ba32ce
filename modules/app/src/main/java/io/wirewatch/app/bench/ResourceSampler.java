package io.wirewatch.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU and heap of this JVM over a phase: process CPU time against wall time and cores, the CPU
 * time of the busiest stream thread, and the highest heap use seen (sampled every 100 ms).
 *
 * <p>CPU time, unlike wall time, hardly moves when other work shares the machine, so the CPU per
 * article (and the busiest thread's share of it, which caps the rate) compares runs on a busy host.
 */
final class ResourceSampler implements AutoCloseable {

    /**
     * What a phase cost.
     *
     * @param cpuShareOfMachine  process CPU time over wall time and cores
     * @param cpuNanos           process CPU time
     * @param busiestStreamNanos CPU time of the stream thread that used most
     * @param peakHeapBytes      highest heap use seen
     */
    record Usage(double cpuShareOfMachine, long cpuNanos, long busiestStreamNanos, long peakHeapBytes,
                 Map<String, Long> cpuNanosByThreadGroup) {
    }

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<Long, Long> cpuAtStart = threadCpu();
    private final Map<String, Long> nativeAtStart = NativeThreads.cpuNanosByGroup();
    private final long cpuStart = os.getProcessCpuTime();
    private final long wallStart = System.nanoTime();
    private volatile long peakHeap;
    private volatile boolean running = true;
    private final Thread thread;

    ResourceSampler() {
        thread = new Thread(() -> {
            while (running) {
                peakHeap = Math.max(peakHeap, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "wirewatch-bench-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    Usage usage() {
        long wall = System.nanoTime() - wallStart;
        long cpu = os.getProcessCpuTime() - cpuStart;
        long busiest = 0;
        Map<String, Long> byGroup = new TreeMap<>();
        long javaThreads = 0;
        for (Map.Entry<Thread, Long> now : threadCpuByThread().entrySet()) {
            Thread t = now.getKey();
            long used = now.getValue() - cpuAtStart.getOrDefault(t.getId(), 0L);
            javaThreads += used;
            byGroup.merge(group(t.getName()), used, Long::sum);
            if (t.getName().contains("StreamThread")) {
                busiest = Math.max(busiest, used);
            }
        }
        // What no Java thread accounts for: garbage collection, the JIT, RocksDB's own threads.
        Map<String, Long> nativeNow = NativeThreads.cpuNanosByGroup();
        long named = 0;
        for (Map.Entry<String, Long> now : nativeNow.entrySet()) {
            long used = now.getValue() - nativeAtStart.getOrDefault(now.getKey(), 0L);
            if (used > 0) {
                byGroup.put("(" + now.getKey() + ")", used);
                named += used;
            }
        }
        byGroup.put("(other, not a Java thread)", Math.max(0, cpu - javaThreads - named));
        return new Usage(cpu / (double) wall / Runtime.getRuntime().availableProcessors(), cpu, busiest,
                Math.max(peakHeap, memory.getHeapMemoryUsage().getUsed()), byGroup);
    }

    private Map<Long, Long> threadCpu() {
        Map<Long, Long> cpu = new HashMap<>();
        threadCpuByThread().forEach((t, nanos) -> cpu.put(t.getId(), nanos));
        return cpu;
    }

    /** CPU time so far of each live thread. */
    private Map<Thread, Long> threadCpuByThread() {
        Map<Thread, Long> cpu = new HashMap<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            long nanos = threads.getThreadCpuTime(t.getId());
            if (nanos >= 0) {
                cpu.put(t, nanos);
            }
        }
        return cpu;
    }

    /** A thread's name without its numbers and ids, so a pool's threads add up under one name. */
    static String group(String threadName) {
        return threadName.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "*")
                .replaceAll("[0-9]+", "#");
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
