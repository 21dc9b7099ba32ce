package io.wirewatch.analysis.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the statistical name finder: a CoNLL-2003-style file in (for example
 * ../shared/corpora/ner/eng.train), an OpenNLP maxent name-finder model out (the file wirewatch
 * ships as {@code names-en.bin}, read by {@link StatisticalNames}).
 *
 * <p>The features are those of {@code name-features.xml} (token and token-class windows,
 * prefixes and suffixes, bigrams, the sentence start, and the document's earlier decisions for the
 * same word); each token also gets {@link NameFeatures}' context (capitalisation in context and
 * gazetteer membership), computed the same way at tagging time. Training takes a few minutes and
 * never runs in the test suite; retrain with {@code wirewatch eval entities --train FILE --model OUT}.
 */
public final class NameModelTrainer {

    /** The shipped model's settings: on eng.testa, 150/2 beat 100/3 by 0.7 F1 on ORG (2.5 MB vs 1.7 MB). */
    public static final int ITERATIONS = 150;
    public static final int CUTOFF = 2;

    private final int iterations;
    private final int cutoff;
    private final NameFeatures features;

    public NameModelTrainer(int iterations, int cutoff, NameFeatures features) {
        this.iterations = iterations;
        this.cutoff = cutoff;
        this.features = features;
    }

    public void train(Path conll, Path modelOut) throws IOException {
        List<NameSample> samples = samples(ConllCorpus.read(conll), features);
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        byte[] descriptor;
        try (InputStream in = NameModelTrainer.class.getResourceAsStream("name-features.xml")) {
            descriptor = in.readAllBytes();
        }
        TokenNameFinderFactory factory = new TokenNameFinderFactory(descriptor, Map.of(), new BioCodec());
        TokenNameFinderModel model = NameFinderME.train("en", null, new ListStream(samples), params, factory);
        Files.createDirectories(modelOut.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(modelOut)) {
            model.serialize(out);
        }
    }

    static List<NameSample> samples(List<ConllCorpus.Document> docs, NameFeatures features) {
        List<NameSample> samples = new ArrayList<>();
        for (ConllCorpus.Document doc : docs) {
            boolean first = true;
            for (ConllCorpus.Sentence s : doc.sentences()) {
                String[] tokens = s.tokens().toArray(String[]::new);
                Span[] names = s.names().stream().map(n -> new Span(n.start(), n.end(), n.type()))
                        .toArray(Span[]::new);
                samples.add(new NameSample(tokens, names, features.context(tokens), first));
                first = false;
            }
        }
        return samples;
    }

    private static final class ListStream implements ObjectStream<NameSample> {
        private final List<NameSample> samples;
        private Iterator<NameSample> it;

        ListStream(List<NameSample> samples) {
            this.samples = samples;
            this.it = samples.iterator();
        }

        @Override
        public NameSample read() {
            return it.hasNext() ? it.next() : null;
        }

        @Override
        public void reset() {
            it = samples.iterator();
        }
    }

    /** {@code NameModelTrainer CONLL_FILE MODEL_OUT [iterations] [cutoff]}. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: NameModelTrainer CONLL_FILE MODEL_OUT [iterations] [cutoff]");
            System.exit(2);
        }
        int iterations = args.length > 2 ? Integer.parseInt(args[2]) : ITERATIONS;
        int cutoff = args.length > 3 ? Integer.parseInt(args[3]) : CUTOFF;
        try {
            new NameModelTrainer(iterations, cutoff, NameFeatures.standard())
                    .train(Path.of(args[0]), Path.of(args[1]));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
