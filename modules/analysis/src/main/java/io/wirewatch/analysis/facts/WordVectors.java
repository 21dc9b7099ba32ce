package io.wirewatch.analysis.facts;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/**
 * What words mean, as static vectors: a word (lower-cased, as the tokenizer writes it) in, a unit
 * vector out, close to the vectors of words used for the same things ("rose" and "increased").
 * Distilled once from the all-MiniLM-L6-v2 sentence-embedding model (the Model2Vec technique, by
 * {@code tools/word-vectors}): one vector per token of the model's WordPiece vocabulary, reduced
 * by PCA and quantised to bytes. A word is the mean of its WordPiece pieces (greedy longest match,
 * as the model tokenises), so words outside the vocabulary still get a vector from their parts.
 * The model itself never runs here: a word costs a few hash lookups and a few hundred additions.
 * The model is Apache-2.0; see {@code minilm-words.NOTICE} beside the file.
 *
 * <p>Also a word's weight in a sentence vector, from its rank in the vocabulary (which BERT orders
 * by frequency past its first 1,996 entries): frequent words say little (the SIF scheme, with
 * Zipf's law standing in for counted frequencies). Thread-safe; the shipped vectors load once.
 */
final class WordVectors {

    static final String RESOURCE = "minilm-words.wwwv";
    private static final int MAGIC = 0x57575756; // "WWWV"
    /** Where BERT's vocabulary of whole words starts, roughly by frequency after it. */
    private static final int FIRST_WORD = 1996;
    /** SIF's a / (a + p(w)) with p(w) ~ 1 / rank: a word at this rank weighs one half. */
    private static final double HALF_WEIGHT_RANK = 200;
    private static final int MAX_WORD_CHARS = 100;
    /** Word vectors are pure functions of the word; a bounded cache saves the piece lookups. */
    private static final int CACHE_LIMIT = 100_000;

    private final Map<String, Integer> ids;
    private final byte[] values;
    private final float[] scales;
    private final int dims;
    private final Map<String, Word> cache = new ConcurrentHashMap<>();

    /** Fixed-point scale of {@link Word#units()}: a product of two stays far inside an int. */
    static final int UNIT = 1024;

    /**
     * A word's unit vector (shared: not to be changed), the same in fixed point ({@link #UNIT} =
     * 1: word-to-word cosines are sums of int products, which the JIT compiles to vector
     * instructions, and the features read them to three decimals anyway), and its weight in a
     * sentence.
     */
    record Word(float[] vector, int[] units, double weight) {
        static final Word UNKNOWN = new Word(new float[0], new int[0], 0);
    }

    private WordVectors(Map<String, Integer> ids, byte[] values, float[] scales, int dims) {
        this.ids = ids;
        this.values = values;
        this.scales = scales;
        this.dims = dims;
    }

    private static final class Shipped {
        static final WordVectors INSTANCE = load();

        private static WordVectors load() {
            try (InputStream in = WordVectors.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " missing from the classpath");
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The vectors shipped with wirewatch. */
    static WordVectors shipped() {
        return Shipped.INSTANCE;
    }

    static WordVectors read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new GZIPInputStream(raw, 1 << 16));
        if (in.readInt() != MAGIC || in.readInt() != 1) {
            throw new IOException("not a word-vector file (version 1)");
        }
        int count = in.readInt();
        int dims = in.readInt();
        Map<String, Integer> ids = new HashMap<>(count * 2);
        byte[] values = new byte[count * dims];
        float[] scales = new float[count];
        for (int t = 0; t < count; t++) {
            ids.put(in.readUTF(), t);
            scales[t] = in.readFloat();
            in.readFully(values, t * dims, dims);
        }
        return new WordVectors(ids, values, scales, dims);
    }

    int dims() {
        return dims;
    }

    /** A word's vector and weight, or null when none of it is in the vocabulary. */
    Word of(String word) {
        Word w = cache.get(word);
        if (w == null) {
            float[] v = compute(word);
            w = v.length == 0 ? Word.UNKNOWN : new Word(v, fixed(v), weight(word));
            if (cache.size() < CACHE_LIMIT) {
                cache.put(word, w);
            }
        }
        return w == Word.UNKNOWN ? null : w;
    }

    /** How much a word weighs in a sentence: near 0 for the commonest words, near 1 for rare ones. */
    private double weight(String word) {
        Integer id = ids.get(word);
        if (id == null) {
            return 1; // not a word of the vocabulary: rarer than any that is
        }
        double rank = Math.max(1, id - FIRST_WORD);
        return rank / (rank + HALF_WEIGHT_RANK);
    }

    private float[] compute(String word) {
        float[] sum = new float[dims];
        int pieces = 0;
        String text = plain(word);
        int i = 0;
        int n = text.length();
        while (i < n) {
            // BERT splits punctuation off words before the word pieces.
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                pieces += add(ids.get(text.substring(i, i + 1)), sum);
                i++;
                continue;
            }
            int end = i;
            while (end < n && Character.isLetterOrDigit(text.charAt(end))) {
                end++;
            }
            pieces += wordPieces(text.substring(i, end), sum);
            i = end;
        }
        if (pieces == 0) {
            return new float[0];
        }
        double norm = 0;
        for (float x : sum) {
            norm += x * x;
        }
        if (norm == 0) {
            return new float[0];
        }
        float inv = (float) (1 / Math.sqrt(norm));
        for (int d = 0; d < dims; d++) {
            sum[d] *= inv;
        }
        return sum;
    }

    /** Greedy longest-match WordPiece, as BERT's tokenizer: adds each piece's vector, returns how many. */
    private int wordPieces(String word, float[] sum) {
        if (word.length() > MAX_WORD_CHARS) {
            return 0;
        }
        int start = 0;
        int found = 0;
        float[] pieces = new float[dims];
        while (start < word.length()) {
            Integer id = null;
            int end = word.length();
            for (; end > start; end--) {
                String piece = start == 0 ? word.substring(0, end) : "##" + word.substring(start, end);
                id = ids.get(piece);
                if (id != null) {
                    break;
                }
            }
            if (id == null) {
                return 0; // as BERT: the whole word is unknown
            }
            found += add(id, pieces);
            start = end;
        }
        for (int d = 0; d < dims; d++) {
            sum[d] += pieces[d];
        }
        return found;
    }

    private int add(Integer id, float[] sum) {
        if (id == null) {
            return 0;
        }
        float scale = scales[id];
        int at = id * dims;
        for (int d = 0; d < dims; d++) {
            sum[d] += values[at + d] * scale;
        }
        return 1;
    }

    /** Accents off, as the model's uncased normaliser does ("café" is "cafe"). */
    private static String plain(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) > 127) {
                return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            }
        }
        return word;
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int d = 0; d < a.length; d++) {
            dot += a[d] * b[d];
            na += a[d] * a[d];
            nb += b[d] * b[d];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    private static int[] fixed(float[] v) {
        int[] out = new int[v.length];
        for (int d = 0; d < v.length; d++) {
            out[d] = Math.round(v[d] * UNIT);
        }
        return out;
    }

    /** The cosine of two words, from their {@link Word#units()}. */
    static double cosine(int[] a, int[] b) {
        return cosine(dot(a, b));
    }

    /** The dot product of two words' {@link Word#units()}: their cosine in fixed point. */
    static int dot(int[] a, int[] b) {
        int s = 0;
        for (int d = 0; d < a.length; d++) {
            s += a[d] * b[d];
        }
        return s;
    }

    /** The dot products of {@code v} with {@code rows[from]} to {@code rows[from + 3]}, into {@code out}. */
    static void dots(int[] v, int[][] rows, int from, int[] out) {
        int[] a = rows[from];
        int[] b = rows[from + 1];
        int[] c = rows[from + 2];
        int[] e = rows[from + 3];
        int s0 = 0;
        int s1 = 0;
        int s2 = 0;
        int s3 = 0;
        for (int d = 0; d < v.length; d++) {
            int x = v[d];
            s0 += x * a[d];
            s1 += x * b[d];
            s2 += x * c[d];
            s3 += x * e[d];
        }
        out[0] = s0;
        out[1] = s1;
        out[2] = s2;
        out[3] = s3;
    }

    /** A fixed-point dot product of units as a cosine. */
    static double cosine(int dot) {
        return dot / ((double) UNIT * UNIT);
    }

    /** {@link #cosine(int)} of each. */
    static double[] cosines(int[] dots) {
        double[] out = new double[dots.length];
        for (int i = 0; i < dots.length; i++) {
            out[i] = cosine(dots[i]);
        }
        return out;
    }

    /** Four running sums: one sum would wait on each addition. */
    static double dot(float[] a, float[] b) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int d = 0;
        for (int n = a.length & ~3; d < n; d += 4) {
            s0 += a[d] * b[d];
            s1 += a[d + 1] * b[d + 1];
            s2 += a[d + 2] * b[d + 2];
            s3 += a[d + 3] * b[d + 3];
        }
        for (; d < a.length; d++) {
            s0 += a[d] * b[d];
        }
        return (s0 + s1) + (s2 + s3);
    }

    static void addScaled(float[] sum, float[] v, double weight) {
        float w = (float) weight;
        for (int d = 0; d < sum.length; d++) {
            sum[d] += w * v[d];
        }
    }
}
