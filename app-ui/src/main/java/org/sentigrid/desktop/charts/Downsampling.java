package org.sentigrid.desktop.charts;

import java.util.Arrays;
import java.util.function.IntToDoubleFunction;

/** Pure functions that reduce a million points to what a few thousand pixels can show. */
public final class Downsampling {
    private Downsampling() {
    }

    /**
     * For each pixel column, the index of its highest and of its lowest value (-1 where a column holds no point),
     * and the mean of its values (NaN there).
     */
    public record Extremes(int[] maxIndex, int[] minIndex, double[] mean) {
        public int columns() {
            return maxIndex.length;
        }
    }

    /** Points {@code [0, n)} spread evenly over {@code columns} columns: point i falls in column {@code i * columns / n}. */
    public static Extremes columnExtremes(IntToDoubleFunction value, int n, int columns) {
        int[] max = new int[columns];
        int[] min = new int[columns];
        Arrays.fill(max, -1);
        Arrays.fill(min, -1);
        double[] maxValue = new double[columns];
        double[] minValue = new double[columns];
        double[] mean = new double[columns];
        int[] count = new int[columns];
        for (int i = 0; i < n; i++) {
            int column = (int) ((long) i * columns / n);
            double v = value.applyAsDouble(i);
            mean[column] += v;
            count[column]++;
            if (max[column] < 0 || v > maxValue[column]) {
                max[column] = i;
                maxValue[column] = v;
            }
            if (min[column] < 0 || v < minValue[column]) {
                min[column] = i;
                minValue[column] = v;
            }
        }
        for (int column = 0; column < columns; column++) {
            mean[column] = count[column] == 0 ? Double.NaN : mean[column] / count[column];
        }
        return new Extremes(max, min, mean);
    }

    /**
     * The centred rolling mean of the values in {@code [from, to)}, element k for point {@code from + k}: the mean
     * over the {@code window} points around it ({@code (window - 1) / 2} before, {@code window / 2} after), clipped
     * to the range at its ends, so the first and last means are over fewer points. O(n) through prefix sums.
     */
    public static double[] rollingMean(IntToDoubleFunction value, int from, int to, int window) {
        if (window < 1) {
            throw new IllegalArgumentException("window " + window + " < 1");
        }
        int n = to - from;
        double[] prefix = new double[n + 1];
        for (int k = 0; k < n; k++) {
            prefix[k + 1] = prefix[k] + value.applyAsDouble(from + k);
        }
        double[] mean = new double[n];
        for (int k = 0; k < n; k++) {
            int lo = Math.max(0, k - (window - 1) / 2);
            int hi = Math.min(n, k + window / 2 + 1);
            mean[k] = (prefix[hi] - prefix[lo]) / (hi - lo);
        }
        return mean;
    }
}
