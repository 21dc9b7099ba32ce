package io.wirewatch.topology;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads what {@link CompactOutput} wrote. Truncated or malformed bytes fail with an
 * {@link IllegalArgumentException} saying where, which the serdes turn into a
 * {@code SerializationException} (and so a dead-letter record with its reason).
 */
final class CompactInput {

    private final byte[] bytes;
    private int at;

    CompactInput(byte[] bytes) {
        this.bytes = bytes;
    }

    boolean atEnd() {
        return at == bytes.length;
    }

    int readByte() {
        need(1);
        return bytes[at++] & 0xFF;
    }

    boolean readBoolean() {
        int b = readByte();
        if (b > 1) {
            throw malformed("boolean " + b);
        }
        return b == 1;
    }

    int readCount() {
        int n = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = readByte();
            n |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                if (n < 0) {
                    throw malformed("count " + n);
                }
                return n;
            }
        }
        throw malformed("count longer than 5 bytes");
    }

    int readInt() {
        need(4);
        int v = ((bytes[at] & 0xFF) << 24) | ((bytes[at + 1] & 0xFF) << 16) | ((bytes[at + 2] & 0xFF) << 8)
                | (bytes[at + 3] & 0xFF);
        at += 4;
        return v;
    }

    long readLong() {
        return ((long) readInt() << 32) | (readInt() & 0xFFFFFFFFL);
    }

    double readDouble() {
        return Double.longBitsToDouble(readLong());
    }

    String readString() {
        int n = readCount();
        if (n == 0) {
            return null;
        }
        int length = n - 1;
        need(length);
        String s = new String(bytes, at, length, StandardCharsets.UTF_8);
        at += length;
        return s;
    }

    Instant readInstant() {
        if (!readBoolean()) {
            return null;
        }
        long seconds = readLong();
        int nanos = readInt();
        if (nanos < 0 || nanos > 999_999_999) {
            throw malformed("nanoseconds " + nanos);
        }
        return Instant.ofEpochSecond(seconds, nanos);
    }

    <E extends Enum<E>> E readEnum(Class<E> type) {
        String name = readString();
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw malformed("unknown " + type.getSimpleName() + " " + name);
        }
    }

    <T> List<T> readList(Function<CompactInput, T> each) {
        int n = readCount();
        // Each element takes at least one byte: a count past the end is corruption, not a reason
        // to allocate a huge list.
        need(Math.min(n, bytes.length - at + 1));
        List<T> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            items.add(each.apply(this));
        }
        return items;
    }

    IllegalArgumentException malformed(String what) {
        return new IllegalArgumentException("malformed record at byte " + at + " of " + bytes.length + ": " + what);
    }

    private void need(int n) {
        if (n < 0 || at + n > bytes.length) {
            throw malformed("needs " + n + " more bytes");
        }
    }
}
