package io.wirewatch.analysis.entities;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The statistical name finder's weights: a table of {@code 2^bits} rows of {@link NameLabels#COUNT}
 * floats; a feature hash ({@link NameFeatures}) picks its row by its low bits, and adds the row to
 * the labels' scores. Features that share a row share weights (the hashing trick): no feature
 * dictionary, no string hashing at tagging time.
 *
 * <p>Stored ({@link #write}, {@link #read}) gzipped: a header, then the nonzero weights only, each
 * as the gap to the previous one and a 16-bit fixed-point value (the table's largest weight is
 * 32,767), and tags with those 16-bit weights, three to a long so that a row is three additions
 * ({@link #fixed}). Immutable once built by {@link #read} or the trainer; safe to share between
 * threads.
 */
final class NameModel {

    private static final int MAGIC = 0x57574e46; // "WWNF"
    private static final int VERSION = 1;

    private final int bits;
    private final int mask;
    /** The weights while training (exact); null once fixed. */
    private final float[] weights;
    /**
     * The weights as shipped, 16-bit multiples of {@code scale} (null while training), three to a
     * long: weight {@code 3k + j} of a row in bits {@code [21j, 21j + 21)} of the row's long
     * {@code k}, plus {@link #BIAS} so that it is never negative. Adding the longs of up to
     * {@link #LANES_HOLD} rows adds each lane without a carry into the next, so a row costs three
     * loads and three additions instead of nine of each; subtracting the biases gives exactly the
     * sums of the 16-bit weights.
     */
    private final long[] fixed;
    private final float scale;

    /** Longs per row of {@link #fixed}: three lanes each hold the nine labels' weights. */
    private static final int LONGS = 3;
    private static final int LANE_BITS = 21;
    private static final long LANE = (1L << LANE_BITS) - 1;
    private static final int BIAS = 1 << 15;
    /** Rows whose biased weights (each below 2^16) a 21-bit lane can sum: 32 * (2^16 - 1) < 2^21. */
    static final int LANES_HOLD = 1 << (LANE_BITS - 16);

    /** A model over {@code weights} ({@code 2^bits * NameLabels.COUNT} of them, not copied). */
    NameModel(int bits, float[] weights) {
        this(bits, weights, null, 1);
    }

    /** {@code quantised}: the 16-bit weights of every row, or null while training. */
    private NameModel(int bits, float[] weights, short[] quantised, float scale) {
        int length = weights != null ? weights.length : quantised.length;
        if (length != (1 << bits) * NameLabels.COUNT) {
            throw new IllegalArgumentException("expected " + (1 << bits) * NameLabels.COUNT + " weights");
        }
        this.bits = bits;
        this.mask = (1 << bits) - 1;
        this.weights = weights;
        this.scale = scale;
        if (quantised == null) {
            this.fixed = null;
            return;
        }
        long[] lanes = new long[(1 << bits) * LONGS];
        for (int i = 0; i < quantised.length; i++) {
            int r = i / NameLabels.COUNT;
            int c = i % NameLabels.COUNT;
            lanes[r * LONGS + c / 3] |= (long) (quantised[i] + BIAS) << (c % 3 * LANE_BITS);
        }
        this.fixed = lanes;
    }

    /**
     * This model with its weights in 16 bits, as {@link #write} stores them: less memory, so
     * more of the table stays in the caches while tagging. Scores are then in units of the scale,
     * which changes no decision.
     */
    NameModel fixed() {
        if (fixed != null) {
            return this;
        }
        float max = 0;
        for (float w : weights) {
            max = Math.max(max, Math.abs(w));
        }
        float unit = max == 0 ? 1 : max / Short.MAX_VALUE;
        short[] q = new short[weights.length];
        for (int i = 0; i < q.length; i++) {
            q[i] = (short) Math.round(weights[i] / unit);
        }
        return new NameModel(bits, null, q, unit);
    }

    /** Whether the weights are the fixed 16-bit ones: then they never change. */
    boolean isFixed() {
        return fixed != null;
    }

    int bits() {
        return bits;
    }

    /** Where {@code feature}'s row of weights starts (of the training weights). */
    int row(int feature) {
        return (feature & mask) * NameLabels.COUNT;
    }

    /** Of a fixed model: weight {@code c} of row {@code r} (the 16-bit value). */
    private int weight(int r, int c) {
        return (int) (fixed[r * LONGS + c / 3] >>> (c % 3 * LANE_BITS) & LANE) - BIAS;
    }

    /** Adds {@code feature}'s weights to {@code scores[at, at + COUNT)}. */
    void add(int feature, float[] scores, int at) {
        if (fixed != null) {
            int r = feature & mask;
            for (int c = 0; c < NameLabels.COUNT; c++) {
                scores[at + c] += weight(r, c);
            }
        } else {
            int r = row(feature);
            for (int c = 0; c < NameLabels.COUNT; c++) {
                scores[at + c] += weights[r + c];
            }
        }
    }

    /**
     * Sets {@code scores[at, at + COUNT)} to the sum of the rows of {@code features[0, count)}.
     * The bulk of tagging: the rows are scattered over a table larger than the caches, so the sums
     * stay in registers and the loads of several rows can be in flight at once. Returns a value
     * that means nothing, for the caller to keep (see {@link NameDecoder}): it keeps the loop that
     * fetches the rows ahead from being optimised away.
     */
    int sum(int[] features, int count, float[] scores, int at) {
        if (fixed != null) {
            return sum(features, count, ZEROS, 0, scores, at);
        }
        float[] w = weights;
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
        for (int f = 0; f < count; f++) {
            int r = (features[f] & mask) * NameLabels.COUNT;
            s0 += w[r];
            s1 += w[r + 1];
            s2 += w[r + 2];
            s3 += w[r + 3];
            s4 += w[r + 4];
            s5 += w[r + 5];
            s6 += w[r + 6];
            s7 += w[r + 7];
            s8 += w[r + 8];
        }
        scores[at] = s0;
        scores[at + 1] = s1;
        scores[at + 2] = s2;
        scores[at + 3] = s3;
        scores[at + 4] = s4;
        scores[at + 5] = s5;
        scores[at + 6] = s6;
        scores[at + 7] = s7;
        scores[at + 8] = s8;
        return 0;
    }

    private static final int[] ZEROS = new int[NameLabels.COUNT];

    /**
     * Of a {@linkplain #isFixed fixed} model: sets {@code sums[at, at + COUNT)} to the sums of
     * the rows of {@code features[0, count)}, as ints (so adding them to other sums later gives
     * exactly the sum of all). Returns what {@link #sum} returns.
     */
    int sumInts(int[] features, int count, int[] sums, int at) {
        long[] w = fixed;
        int touched = touch(features, count);
        Arrays.fill(sums, at, at + NameLabels.COUNT, 0);
        for (int from = 0; from < count; from += LANES_HOLD) {
            int to = Math.min(count, from + LANES_HOLD);
            long a = 0, b = 0, c = 0;
            for (int f = from; f < to; f++) {
                int r = (features[f] & mask) * LONGS;
                a += w[r];
                b += w[r + 1];
                c += w[r + 2];
            }
            int bias = (to - from) * BIAS;
            sums[at] += (int) (a & LANE) - bias;
            sums[at + 1] += (int) (a >>> LANE_BITS & LANE) - bias;
            sums[at + 2] += (int) (a >>> 2 * LANE_BITS) - bias;
            sums[at + 3] += (int) (b & LANE) - bias;
            sums[at + 4] += (int) (b >>> LANE_BITS & LANE) - bias;
            sums[at + 5] += (int) (b >>> 2 * LANE_BITS) - bias;
            sums[at + 6] += (int) (c & LANE) - bias;
            sums[at + 7] += (int) (c >>> LANE_BITS & LANE) - bias;
            sums[at + 8] += (int) (c >>> 2 * LANE_BITS) - bias;
        }
        return touched;
    }

    /**
     * Of a {@linkplain #isFixed fixed} model: as {@link #sum}, plus {@code partial[from, from +
     * COUNT)}, sums of other rows ({@link #sumInts}): the same scores as summing all the rows here.
     */
    int sum(int[] features, int count, int[] partial, int from, float[] scores, int at) {
        long[] w = fixed;
        int touched = touch(features, count);
        int s0 = partial[from], s1 = partial[from + 1], s2 = partial[from + 2], s3 = partial[from + 3];
        int s4 = partial[from + 4], s5 = partial[from + 5], s6 = partial[from + 6], s7 = partial[from + 7];
        int s8 = partial[from + 8];
        for (int begin = 0; begin < count; begin += LANES_HOLD) {
            int end = Math.min(count, begin + LANES_HOLD);
            long a = 0, b = 0, c = 0;
            for (int f = begin; f < end; f++) {
                int r = (features[f] & mask) * LONGS;
                a += w[r];
                b += w[r + 1];
                c += w[r + 2];
            }
            int bias = (end - begin) * BIAS;
            s0 += (int) (a & LANE) - bias;
            s1 += (int) (a >>> LANE_BITS & LANE) - bias;
            s2 += (int) (a >>> 2 * LANE_BITS) - bias;
            s3 += (int) (b & LANE) - bias;
            s4 += (int) (b >>> LANE_BITS & LANE) - bias;
            s5 += (int) (b >>> 2 * LANE_BITS) - bias;
            s6 += (int) (c & LANE) - bias;
            s7 += (int) (c >>> LANE_BITS & LANE) - bias;
            s8 += (int) (c >>> 2 * LANE_BITS) - bias;
        }
        scores[at] = s0;
        scores[at + 1] = s1;
        scores[at + 2] = s2;
        scores[at + 3] = s3;
        scores[at + 4] = s4;
        scores[at + 5] = s5;
        scores[at + 6] = s6;
        scores[at + 7] = s7;
        scores[at + 8] = s8;
        return touched;
    }

    /**
     * First touch every row: these loads do not depend on each other, so the memory system
     * fetches many rows at once; the sums then find them in the cache. Returns their sum, for the
     * caller to keep.
     */
    private int touch(int[] features, int count) {
        long[] w = fixed;
        long touched = 0;
        for (int f = 0; f < count; f++) {
            touched += w[(features[f] & mask) * LONGS + LONGS - 1];
        }
        return (int) touched;
    }

    /** Writes the model ({@link #fixed} weights, zeros left out) to {@code out}, which stays open. */
    void write(OutputStream out) throws IOException {
        NameModel f = fixed();
        int rows = 1 << bits;
        int nonzero = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < NameLabels.COUNT; c++) {
                nonzero += f.weight(r, c) != 0 ? 1 : 0;
            }
        }
        GZIPOutputStream gzip = new GZIPOutputStream(out);
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(gzip, 1 << 16));
        data.writeInt(MAGIC);
        data.writeInt(VERSION);
        data.writeInt(bits);
        data.writeInt(NameLabels.COUNT);
        data.writeFloat(f.scale);
        data.writeInt(nonzero);
        int last = -1;
        for (int i = 0; i < rows * NameLabels.COUNT; i++) {
            int q = f.weight(i / NameLabels.COUNT, i % NameLabels.COUNT);
            if (q != 0) {
                writeGap(data, i - last);
                data.writeShort(q);
                last = i;
            }
        }
        data.flush();
        gzip.finish();
    }

    void write(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                write(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the name model " + file + ": " + e.getMessage(), e);
        }
    }

    static NameModel read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in), 1 << 16));
        if (data.readInt() != MAGIC || data.readInt() != VERSION) {
            throw new IOException("not a wirewatch name model (version " + VERSION + ")");
        }
        int bits = data.readInt();
        int labels = data.readInt();
        if (bits < 4 || bits > 26 || labels != NameLabels.COUNT) {
            throw new IOException("name model with " + bits + " bits and " + labels + " labels is not supported");
        }
        float scale = data.readFloat();
        int nonzero = data.readInt();
        short[] fixed = new short[(1 << bits) * labels];
        int at = -1;
        for (int k = 0; k < nonzero; k++) {
            at += readGap(data);
            fixed[at] = data.readShort();
        }
        return new NameModel(bits, null, fixed, scale);
    }

    static NameModel read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the name model " + file + ": " + e.getMessage(), e);
        }
    }

    /** Gaps as base-128 varints: most are a few rows, one or two bytes. */
    private static void writeGap(DataOutputStream out, int gap) throws IOException {
        while ((gap & ~0x7f) != 0) {
            out.writeByte((gap & 0x7f) | 0x80);
            gap >>>= 7;
        }
        out.writeByte(gap);
    }

    private static int readGap(DataInputStream in) throws IOException {
        int gap = 0;
        for (int shift = 0; ; shift += 7) {
            int b = in.readUnsignedByte();
            gap |= (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return gap;
            }
        }
    }
}
