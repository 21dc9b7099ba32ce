package io.wirewatch.app.eval;

/** Counts of a yes/no judgement against gold labels: (predicted, actual) in, accuracy and F1 out. */
final class BinaryTally {

    private int tp;
    private int fp;
    private int tn;
    private int fn;

    void add(boolean predicted, boolean actual) {
        if (predicted && actual) {
            tp++;
        } else if (predicted) {
            fp++;
        } else if (actual) {
            fn++;
        } else {
            tn++;
        }
    }

    double accuracy() {
        int all = tp + fp + tn + fn;
        return all == 0 ? 0 : (double) (tp + tn) / all;
    }

    double precision() {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    double recall() {
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
