package io.wirewatch.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CpuPartsTest {

    @Test
    void aPoolsThreadsShareOneGroup() {
        assertThat(ResourceSampler.group("wirewatch-bench-x1-0a1b2c3d-1111-2222-3333-444455556666-StreamThread-1"))
                .isEqualTo(ResourceSampler.group("wirewatch-bench-x1-0a1b2c3d-1111-2222-3333-444455556666-StreamThread-2"))
                .isEqualTo("wirewatch-bench-x#-*-StreamThread-#");
    }

    @Test
    void threadGroupsAddUpToTheirParts() {
        // Given thread groups as ResourceSampler names them
        Map<String, Long> groups = Map.of(
                "wirewatch-bench-x#-*-StreamThread-#", 6_000L,
                "kafka-producer-network-thread | wirewatch-bench-x#-*-StreamThread-#-producer", 700L,
                "data-plane-kafka-request-handler-#", 900L,
                "(garbage collector)", 300L,
                "(JIT compiler)", 200L,
                "(RocksDB rocksdb:low)", 40L,
                "(RocksDB rocksdb:high)", 60L,
                "wirewatch-bench-sink", 50L);

        // When they are summed by part
        Map<String, Long> parts = CpuParts.of(groups);

        // Then both stream threads are one part, and nothing is lost or counted twice
        assertThat(parts).containsEntry(CpuParts.STREAM_THREADS, 6_000L)
                .containsEntry(CpuParts.STREAM_PRODUCERS, 700L)
                .containsEntry(CpuParts.BROKER, 900L)
                .containsEntry(CpuParts.GC, 300L)
                .containsEntry(CpuParts.JIT, 200L)
                .containsEntry(CpuParts.ROCKSDB, 100L)
                .containsEntry(CpuParts.SINK, 50L);
        assertThat(parts.values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(groups.values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void perArticleReadsInMicroseconds() {
        Map<String, Long> parts = CpuParts.of(Map.of("x-StreamThread-#", 3_000_000L, "(JIT compiler)", 500_000L));

        assertThat(CpuParts.perArticle(parts, 1_000))
                .startsWith("stream threads 3, their producers' I/O 0, broker and other 0, sink 0, JIT 1,");
    }
}
