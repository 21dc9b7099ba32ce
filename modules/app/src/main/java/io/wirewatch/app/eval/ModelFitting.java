package io.wirewatch.app.eval;

import io.wirewatch.analysis.facts.FactJudge;
import io.wirewatch.analysis.facts.LogisticFit;
import io.wirewatch.analysis.facts.RestatementModel;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * {@code wirewatch eval novelty --fit}: labelled pairs in, the restatement model's weights out.
 * Each pair becomes the features the judge reads (sentence 2 against sentence 1, one way, as
 * the topology judges a version against its story's memory) and its label (MSRP: 1 paraphrase,
 * 0 not; STS: similarity / 5 as a soft label). Prints the K-fold cross-validated accuracy and F1
 * (MSRP) or Pearson and Spearman (STS): the honest figure for pairs not fitted on, for a plain
 * weighted sum of the features and for the model that also weighs their products; then each
 * fitted on all pairs, and its weights as Java source to paste into {@code Restatements.FITTED}.
 */
final class ModelFitting {

    private final FactJudge judge;
    private final PrintStream out;
    private final int folds;

    ModelFitting(FactJudge judge, PrintStream out, int folds) {
        this.judge = judge;
        this.out = out;
        this.folds = folds;
    }

    void fit(List<PairFile.Pair> pairs, boolean binary) {
        double[][] x = new double[pairs.size()][];
        double[] y = new double[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            PairFile.Pair p = pairs.get(i);
            x[i] = judge.features(List.of(p.first()), p.second());
            y[i] = binary ? (p.label() >= 0.5 ? 1 : 0) : p.label() / 5;
        }
        report(folds + "-fold cross-validated, weighted sum", LogisticFit.heldOut(x, y, folds, 6, false), y, binary);
        report(folds + "-fold cross-validated, with products", LogisticFit.heldOut(x, y, folds, 6, true), y, binary);
        // Both fitted on all pairs: the decision ships the weighted sum, the grade the products (see Restatements).
        for (RestatementModel model : List.of(LogisticFit.fit(x, y), LogisticFit.fitCrossed(x, y))) {
            double[] all = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                all[i] = model.probability(x[i]);
            }
            String kind = model.center().length == 0 ? "weighted sum" : "with products";
            report(kind + ", fitted on all " + pairs.size() + " pairs", all, y, binary);
            out.println("weights: " + model);
            out.println(javaSource(model));
        }
    }

    private void report(String what, double[] p, double[] y, boolean binary) {
        if (binary) {
            BinaryTally t = new BinaryTally();
            for (int i = 0; i < p.length; i++) {
                t.add(p[i] >= 0.5, y[i] >= 0.5);
            }
            out.printf(Locale.ROOT, "%s: accuracy=%.3f precision=%.3f recall=%.3f f1=%.3f (positive = paraphrase)%n",
                    what, t.accuracy(), t.precision(), t.recall(), t.f1());
        } else {
            out.printf(Locale.ROOT, "%s: pearson=%.3f spearman=%.3f%n", what, Correlation.pearson(p, y),
                    Correlation.spearman(p, y));
        }
    }

    private static String javaSource(RestatementModel m) {
        StringBuilder s = new StringBuilder("new RestatementModel(");
        array(s, m.weights());
        s.append(String.format(Locale.ROOT, ", %.5f, ", m.intercept()));
        array(s, m.center());
        s.append(", ");
        array(s, m.scale());
        return s.append(')').toString();
    }

    private static void array(StringBuilder s, double[] values) {
        s.append("new double[] {");
        for (int i = 0; i < values.length; i++) {
            s.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.5f", values[i]));
        }
        s.append('}');
    }
}
