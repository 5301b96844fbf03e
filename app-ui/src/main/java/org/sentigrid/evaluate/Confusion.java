package org.sentigrid.evaluate;

import java.util.Arrays;
import java.util.List;
import org.sentigrid.api.SentimentLabel;

/**
 * Rows counted by their gold label and the label their compound gives them at one threshold, and the
 * measures read from those counts. Precision, recall and F1 of a class are NaN where they divide by zero;
 * macro-F1 averages F1 over the classes the gold uses, a class never predicted counting 0.
 */
public final class Confusion {
    private static final SentimentLabel[] LABELS = SentimentLabel.values();
    /** [gold][predicted], by ordinal. */
    private final long[][] counts = new long[LABELS.length][LABELS.length];

    private Confusion() {
    }

    /** @param gold each row's human label; {@code compound} the score of the same row */
    public static Confusion of(double[] compound, SentimentLabel[] gold, double threshold) {
        if (compound.length != gold.length) {
            throw new IllegalArgumentException(compound.length + " scores but " + gold.length + " labels");
        }
        Confusion confusion = new Confusion();
        for (int i = 0; i < compound.length; i++) {
            confusion.counts[gold[i].ordinal()][SentimentLabel.of(compound[i], threshold).ordinal()]++;
        }
        return confusion;
    }

    public long count(SentimentLabel gold, SentimentLabel predicted) {
        return counts[gold.ordinal()][predicted.ordinal()];
    }

    public long n() {
        return Arrays.stream(counts).flatMapToLong(Arrays::stream).sum();
    }

    public double accuracy() {
        long right = 0;
        for (SentimentLabel label : LABELS) {
            right += count(label, label);
        }
        return (double) right / n();
    }

    /** Of the rows predicted {@code label}, the share the gold agrees with. */
    public double precision(SentimentLabel label) {
        long predicted = 0;
        for (SentimentLabel gold : LABELS) {
            predicted += count(gold, label);
        }
        return (double) count(label, label) / predicted;
    }

    /** Of the rows the gold calls {@code label}, the share predicted so. */
    public double recall(SentimentLabel label) {
        return (double) count(label, label) / gold(label);
    }

    /** The harmonic mean of precision and recall; 0 when the class is never predicted or never right. */
    public double f1(SentimentLabel label) {
        double recall = recall(label);
        if (Double.isNaN(recall)) {
            return Double.NaN;
        }
        if (count(label, label) == 0) {
            return 0;
        }
        double precision = precision(label);
        return 2 * precision * recall / (precision + recall);
    }

    /** How many rows the gold calls {@code label}. */
    public long gold(SentimentLabel label) {
        return Arrays.stream(counts[label.ordinal()]).sum();
    }

    /** The classes the gold uses, in the order positive, neutral, negative. */
    public List<SentimentLabel> goldClasses() {
        return Arrays.stream(LABELS).filter(label -> gold(label) > 0).toList();
    }

    public double macroF1() {
        return goldClasses().stream().mapToDouble(this::f1).average().orElse(Double.NaN);
    }
}
