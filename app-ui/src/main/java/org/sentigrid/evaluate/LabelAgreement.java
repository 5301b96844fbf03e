package org.sentigrid.evaluate;

import java.util.ArrayList;
import java.util.List;
import org.sentigrid.api.SentimentLabel;

/**
 * How the labels compound scores give agree with human labels: at the threshold asked for, and over the
 * sweep of thresholds 0.01, 0.02, ... 0.99, whose best macro-F1 names the threshold to use.
 *
 * @param threshold the threshold of {@code confusion}
 * @param sweep     macro-F1 at each threshold of the sweep, in order
 * @param best      the point of the sweep with the highest macro-F1 (the lowest threshold of equals)
 */
public record LabelAgreement(double threshold, Confusion confusion, List<ThresholdPoint> sweep, ThresholdPoint best) {
    public static final int SWEEP_STEPS = 99;

    public LabelAgreement {
        sweep = List.copyOf(sweep);
    }

    /** @param gold each row's human label; {@code compound} the score of the same row */
    public static LabelAgreement of(double[] compound, SentimentLabel[] gold, double threshold) {
        List<ThresholdPoint> sweep = new ArrayList<>(SWEEP_STEPS);
        ThresholdPoint best = null;
        for (int step = 1; step <= SWEEP_STEPS; step++) {
            double at = step / 100.0;
            ThresholdPoint point = new ThresholdPoint(at, Confusion.of(compound, gold, at).macroF1());
            sweep.add(point);
            if (best == null || point.macroF1() > best.macroF1()) {
                best = point;
            }
        }
        return new LabelAgreement(threshold, Confusion.of(compound, gold, threshold), sweep, best);
    }

    public long n() {
        return confusion.n();
    }

    /** Macro-F1 at one threshold. */
    public record ThresholdPoint(double threshold, double macroF1) {
    }
}
