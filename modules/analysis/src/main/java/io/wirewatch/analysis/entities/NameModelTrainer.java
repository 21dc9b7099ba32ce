package io.wirewatch.analysis.entities;

import io.wirewatch.model.EntityMention;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Trains the statistical name finder: CoNLL-2003-style documents in (for example
 * ../shared/corpora/ner/eng.train), a {@link NameModel} out (the file wirewatch ships as
 * {@code names-en.wwnf}, read by {@link StatisticalNames}).
 *
 * <p>A structured averaged perceptron: each epoch walks the documents in a new random order and
 * labels each as the finder will ({@link ArticleNames}, with the built-in gazetteer's mentions as
 * a feature); where a sentence's labels differ from the gold ones, the gold labels' features gain
 * one and the predicted ones' lose one. The model is the average of the weights over all steps,
 * which generalises much better than the last weights. Seeded: the same corpus and settings give
 * the same model. A few seconds on one core for eng.train; never runs in the test suite on
 * real data. Retrain with {@code wirewatch eval entities --train FILE --model-out OUT}.
 */
public final class NameModelTrainer {

    /** The shipped model's settings, tuned on eng.testa (see docs/quality.md). */
    public static final int EPOCHS = 12;
    public static final int BITS = 17;
    private static final long SEED = 20_030;

    private final int epochs;
    private final int bits;
    private final EntityTagger gazetteer;

    /** {@code bits}: the weight table has 2^bits rows; {@code gazetteer}: the known names feature. */
    public NameModelTrainer(int epochs, int bits, EntityTagger gazetteer) {
        if (epochs < 1 || bits < 4 || bits > 26) {
            throw new IllegalArgumentException("need at least one epoch and 4 to 26 bits");
        }
        this.epochs = epochs;
        this.bits = bits;
        this.gazetteer = gazetteer;
    }

    /** Trains on the CoNLL file {@code conll} and writes the model to {@code modelOut}. */
    public void train(Path conll, Path modelOut) throws IOException {
        train(ConllCorpus.read(conll)).write(modelOut);
    }

    /** Trains a finder on {@code docs}, ready to tag. */
    public StatisticalNames trainFinder(List<ConllCorpus.Document> docs) {
        return new StatisticalNames(train(docs).fixed(), gazetteer);
    }

    NameModel train(List<ConllCorpus.Document> docs) {
        List<Example> examples = new ArrayList<>(docs.size());
        for (ConllCorpus.Document d : docs) {
            examples.add(Example.of(d, gazetteer));
        }
        Averaged weights = new Averaged(bits);
        NameModel live = new NameModel(bits, weights.current);
        ArticleNames article = new ArticleNames();
        Random random = new Random(SEED);
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(examples, random);
            for (Example e : examples) {
                e.words(article.words);
                article.label(e.text, e.known, live, (hashes, first, last, memory, predicted) ->
                        weights.update(live, hashes, first, last, memory, e.gold, predicted));
            }
        }
        return new NameModel(bits, weights.average());
    }

    /** One training document: its text as the finder sees it, its words, gold labels, gazetteer mentions. */
    private record Example(String text, int[] start, int[] end, int[] sentenceEnds, int[] gold,
            List<EntityMention> known) {

        static Example of(ConllCorpus.Document doc, EntityTagger gazetteer) {
            StringBuilder text = new StringBuilder();
            List<int[]> spans = new ArrayList<>();
            List<Integer> gold = new ArrayList<>();
            int[] sentenceEnds = new int[doc.sentences().size()];
            int s = 0;
            for (ConllCorpus.Sentence sentence : doc.sentences()) {
                if (text.length() > 0) {
                    text.append('\n');
                }
                int[] labels = new int[sentence.tokens().size()];
                for (ConllCorpus.Name n : sentence.names()) {
                    labels[n.start()] = NameLabels.begin(n.type());
                    for (int k = n.start() + 1; k < n.end(); k++) {
                        labels[k] = NameLabels.inside(labels[n.start()]);
                    }
                }
                for (int w = 0; w < sentence.tokens().size(); w++) {
                    if (w > 0) {
                        text.append(' ');
                    }
                    int start = text.length();
                    text.append(sentence.tokens().get(w));
                    spans.add(new int[] {start, text.length()});
                    gold.add(labels[w]);
                }
                sentenceEnds[s++] = spans.size();
            }
            String t = text.toString();
            return new Example(t, spans.stream().mapToInt(x -> x[0]).toArray(),
                    spans.stream().mapToInt(x -> x[1]).toArray(), sentenceEnds,
                    gold.stream().mapToInt(Integer::intValue).toArray(),
                    gazetteer == null ? List.of() : gazetteer.tag(t));
        }

        /** Puts the document's own words (CoNLL's tokens, not a re-split) into {@code words}. */
        void words(ArticleWords words) {
            words.clear();
            int s = 0;
            for (int i = 0; i < start.length; i++) {
                words.add(start[i], end[i]);
                if (i + 1 == sentenceEnds[s]) {
                    words.endSentence();
                    s++;
                }
            }
        }
    }

    /** Perceptron weights with their running sum, for the averaged model. */
    private static final class Averaged {
        private static final int L = NameLabels.COUNT;

        final float[] current;
        /** Sum over steps of step number times change: average = current - sum / steps. */
        private final double[] sum;
        private final int[] features = new int[NameFeatures.MAX];
        private long step = 1;

        Averaged(int bits) {
            current = new float[(1 << bits) * L];
            sum = new double[current.length];
        }

        void update(NameModel model, WordHashes h, int first, int last, int[] memory, int[] gold, int[] predicted) {
            for (int i = first; i < last; i++) {
                if (h.plain(i, first, last)) {
                    continue; // the decoder never scores these: nothing to learn there
                }
                int g = gold[i];
                int p = predicted[i];
                int goldBefore = i == first ? NameLabels.START : gold[i - 1];
                int predictedBefore = i == first ? NameLabels.START : predicted[i - 1];
                if (g != p) {
                    int count = NameFeatures.word(h, first, last, i, memory[i], features);
                    for (int f = 0; f < count; f++) {
                        change(model.row(features[f]), g, p);
                    }
                }
                if (g != p || goldBefore != predictedBefore) {
                    int count = NameFeatures.transition(h, i, goldBefore, features);
                    for (int f = 0; f < count; f++) {
                        bump(model.row(features[f]) + g, 1);
                    }
                    count = NameFeatures.transition(h, i, predictedBefore, features);
                    for (int f = 0; f < count; f++) {
                        bump(model.row(features[f]) + p, -1);
                    }
                }
            }
            step++;
        }

        private void change(int row, int up, int down) {
            bump(row + up, 1);
            bump(row + down, -1);
        }

        private void bump(int at, int by) {
            current[at] += by;
            sum[at] += (double) step * by;
        }

        float[] average() {
            float[] out = new float[current.length];
            for (int k = 0; k < out.length; k++) {
                out[k] = (float) (current[k] - sum[k] / step);
            }
            return out;
        }
    }

    /** {@code NameModelTrainer CONLL_FILE MODEL_OUT [epochs] [bits]}. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: NameModelTrainer CONLL_FILE MODEL_OUT [epochs] [bits]");
            System.exit(2);
        }
        int epochs = args.length > 2 ? Integer.parseInt(args[2]) : EPOCHS;
        int bits = args.length > 3 ? Integer.parseInt(args[3]) : BITS;
        new NameModelTrainer(epochs, bits, DefaultGazetteer.builtIn()).train(Path.of(args[0]), Path.of(args[1]));
    }
}
