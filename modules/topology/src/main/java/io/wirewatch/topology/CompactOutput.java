package io.wirewatch.topology;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * A growing byte buffer for the compact binary forms in which records travel between the stages
 * and sit in state stores ({@link PreparedArticleSerde}, {@link StoryMemorySerde}).
 *
 * <p>Why not JSON there: those bytes are written and read several times per article (two
 * repartition hops, every store access), never by people or other programs, and Jackson
 * data binding was the largest single cost of the pipeline (docs/benchmarks.md). Public topics
 * stay JSON.
 */
final class CompactOutput {

    private byte[] bytes;
    private int size;

    CompactOutput(int expected) {
        bytes = new byte[Math.max(64, expected)];
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    void writeByte(int b) {
        ensure(1);
        bytes[size++] = (byte) b;
    }

    void writeBoolean(boolean b) {
        writeByte(b ? 1 : 0);
    }

    /** Zig-zag free unsigned varint: counts, lengths and offsets are never negative. */
    void writeCount(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("negative count " + n);
        }
        ensure(5);
        while ((n & ~0x7F) != 0) {
            bytes[size++] = (byte) ((n & 0x7F) | 0x80);
            n >>>= 7;
        }
        bytes[size++] = (byte) n;
    }

    void writeInt(int v) {
        ensure(4);
        bytes[size++] = (byte) (v >>> 24);
        bytes[size++] = (byte) (v >>> 16);
        bytes[size++] = (byte) (v >>> 8);
        bytes[size++] = (byte) v;
    }

    void writeLong(long v) {
        writeInt((int) (v >>> 32));
        writeInt((int) v);
    }

    void writeDouble(double v) {
        writeLong(Double.doubleToRawLongBits(v));
    }

    /** A string, or null: length + 1 first, so 0 means null. */
    void writeString(String s) {
        if (s == null) {
            writeCount(0);
            return;
        }
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        writeCount(utf8.length + 1);
        ensure(utf8.length);
        System.arraycopy(utf8, 0, bytes, size, utf8.length);
        size += utf8.length;
    }

    /** An instant or null, to the nanosecond. */
    void writeInstant(Instant t) {
        writeBoolean(t != null);
        if (t != null) {
            writeLong(t.getEpochSecond());
            writeInt(t.getNano());
        }
    }

    /** An enum constant or null, by name, so reordering the constants never changes meaning. */
    void writeEnum(Enum<?> e) {
        writeString(e == null ? null : e.name());
    }

    <T> void writeList(List<T> items, BiConsumer<CompactOutput, T> each) {
        writeCount(items.size());
        for (T item : items) {
            each.accept(this, item);
        }
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
