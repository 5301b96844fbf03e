package org.sentigrid.evaluate;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Correlations of paired values, and their 95% intervals. */
public final class Correlation {
    /** The standard normal quantile of 0.975. */
    static final double Z_975 = 1.959963984540054;

    private Correlation() {
    }

    /** Pearson's r; NaN for fewer than two pairs or when either side does not vary. */
    public static double pearson(double[] x, double[] y) {
        int n = x.length;
        if (n != y.length) {
            throw new IllegalArgumentException(n + " x values but " + y.length + " y values");
        }
        if (n < 2) {
            return Double.NaN;
        }
        double meanX = mean(x);
        double meanY = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - meanX;
            double dy = y[i] - meanY;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        if (sxx == 0 || syy == 0) {
            return Double.NaN;
        }
        return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
    }

    /** Spearman's rho: Pearson's r of the ranks, tied values sharing the mean of their ranks. */
    public static double spearman(double[] x, double[] y) {
        return pearson(ranks(x), ranks(y));
    }

    /** Each value's rank from 1; a run of equal values gets the mean of the ranks it spans. */
    static double[] ranks(double[] values) {
        Integer[] order = IntStream.range(0, values.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double[] ranks = new double[values.length];
        int from = 0;
        while (from < order.length) {
            int to = from + 1;
            while (to < order.length && values[order[to]] == values[order[from]]) {
                to++;
            }
            double rank = (from + 1 + to) / 2.0; // the mean of ranks from+1 .. to
            for (int i = from; i < to; i++) {
                ranks[order[i]] = rank;
            }
            from = to;
        }
        return ranks;
    }

    /**
     * The 95% interval of a correlation r from n pairs by Fisher's z: atanh(r) ± 1.96 / sqrt(n - 3), back
     * through tanh. NaN bounds for n of 3 or less, or r NaN.
     */
    public static Interval interval95(double r, int n) {
        if (n <= 3 || Double.isNaN(r)) {
            return new Interval(Double.NaN, Double.NaN);
        }
        if (Math.abs(r) == 1) {
            return new Interval(r, r);
        }
        double z = 0.5 * Math.log((1 + r) / (1 - r));
        double half = Z_975 / Math.sqrt(n - 3);
        return new Interval(Math.tanh(z - half), Math.tanh(z + half));
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    /** A confidence interval; NaN bounds when there is none. */
    public record Interval(double low, double high) {
    }
}
