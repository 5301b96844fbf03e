package org.sentigrid.desktop.charts;

import java.util.Arrays;
import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;

/** Pure functions that reduce a million points to what a few thousand pixels can show. */
public final class Downsampling {
    private Downsampling() {
    }

    /** For each pixel column, the index of its highest and of its lowest value; -1 where a column holds no point. */
    public record Extremes(int[] maxIndex, int[] minIndex) {
        public int columns() {
            return maxIndex.length;
        }
    }

    /**
     * Largest-Triangle-Three-Buckets (Steinarsson 2013): the indices in {@code [from, to)} of the points that
     * keep the shape of the line. The first and last points are kept; exactly {@code threshold} indices are
     * returned when the range holds more points, else all of them.
     *
     * @throws IllegalArgumentException if {@code threshold < 3}
     */
    public static int[] lttb(double[] x, double[] y, int from, int to, int threshold) {
        if (threshold < 3) {
            throw new IllegalArgumentException("threshold " + threshold + " < 3");
        }
        int n = to - from;
        if (n <= threshold) {
            return IntStream.range(from, to).toArray();
        }
        int[] kept = new int[threshold];
        double bucket = (double) (n - 2) / (threshold - 2);
        int a = from;
        kept[0] = a;
        for (int b = 0; b < threshold - 2; b++) {
            int start = from + (int) (b * bucket) + 1;
            int end = from + (int) ((b + 1) * bucket) + 1;
            int nextEnd = Math.min(from + (int) ((b + 2) * bucket) + 1, to);
            double nextX = 0;
            double nextY = 0;
            for (int i = end; i < nextEnd; i++) {
                nextX += x[i];
                nextY += y[i];
            }
            nextX /= nextEnd - end;
            nextY /= nextEnd - end;
            double largest = -1;
            int chosen = start;
            for (int i = start; i < end; i++) {
                double area = Math.abs((x[a] - nextX) * (y[i] - y[a]) - (x[a] - x[i]) * (nextY - y[a]));
                if (area > largest) {
                    largest = area;
                    chosen = i;
                }
            }
            kept[b + 1] = chosen;
            a = chosen;
        }
        kept[threshold - 1] = to - 1;
        return kept;
    }

    /** Points {@code [0, n)} spread evenly over {@code columns} columns: point i falls in column {@code i * columns / n}. */
    public static Extremes columnExtremes(IntToDoubleFunction value, int n, int columns) {
        int[] max = new int[columns];
        int[] min = new int[columns];
        Arrays.fill(max, -1);
        Arrays.fill(min, -1);
        double[] maxValue = new double[columns];
        double[] minValue = new double[columns];
        for (int i = 0; i < n; i++) {
            int column = (int) ((long) i * columns / n);
            double v = value.applyAsDouble(i);
            if (max[column] < 0 || v > maxValue[column]) {
                max[column] = i;
                maxValue[column] = v;
            }
            if (min[column] < 0 || v < minValue[column]) {
                min[column] = i;
                minValue[column] = v;
            }
        }
        return new Extremes(max, min);
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
