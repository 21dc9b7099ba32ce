package io.wirewatch.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * CPU and heap of this JVM over a phase: process CPU time against wall time and cores, and the
 * highest heap use seen (sampled every 100 ms).
 */
final class ResourceSampler implements AutoCloseable {

    /** What a phase cost. */
    record Usage(double cpuShareOfMachine, long peakHeapBytes) {
    }

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
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
        double cpu = (os.getProcessCpuTime() - cpuStart) / (double) wall / Runtime.getRuntime().availableProcessors();
        return new Usage(cpu, Math.max(peakHeap, memory.getHeapMemoryUsage().getUsed()));
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
