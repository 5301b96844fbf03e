package org.sentigrid.desktop.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DownsamplingTest {
    private static final Random RANDOM = new Random(42);

    @Test
    void columnExtremesAreTheMaxAndMinOfEachColumnLikeBruteForce() {
        for (int[] shape : new int[][] {{10_007, 333}, {1_000, 1_000}, {5_000, 7}}) {
            int n = shape[0];
            int columns = shape[1];
            double[] values = randomValues(n);
            Downsampling.Extremes extremes = Downsampling.columnExtremes(i -> values[i], n, columns);
            for (int c = 0; c < columns; c++) {
                int column = c;
                int[] members = IntStream.range(0, n).filter(i -> (long) i * columns / n == column).toArray();
                assertThat(members).isNotEmpty();
                int max = IntStream.of(members).reduce((a, b) -> values[b] > values[a] ? b : a).orElseThrow();
                int min = IntStream.of(members).reduce((a, b) -> values[b] < values[a] ? b : a).orElseThrow();
                assertThat(extremes.maxIndex()[c]).as("max of column %d", c).isEqualTo(max);
                assertThat(extremes.minIndex()[c]).as("min of column %d", c).isEqualTo(min);
                assertThat(extremes.mean()[c]).as("mean of column %d", c)
                        .isCloseTo(IntStream.of(members).mapToDouble(i -> values[i]).average().orElseThrow(), within(1e-12));
            }
        }
    }

    @Test
    void columnsWithoutPointsHaveNoExtremes() {
        Downsampling.Extremes extremes = Downsampling.columnExtremes(i -> i, 3, 6);
        assertThat(extremes.maxIndex()).containsExactly(0, -1, 1, -1, 2, -1);
        assertThat(extremes.minIndex()).containsExactly(0, -1, 1, -1, 2, -1);
        assertThat(extremes.mean()).containsExactly(0, Double.NaN, 1, Double.NaN, 2, Double.NaN);
    }

    @Test
    void rollingMeanIsTheCentredClippedMeanLikeBruteForce() {
        double[] values = randomValues(2_000);
        for (int window : new int[] {1, 2, 5, 24, 25, 3_000}) {
            double[] mean = Downsampling.rollingMean(i -> values[i], 100, 1_100, window);
            assertThat(mean).hasSize(1_000);
            for (int k = 0; k < mean.length; k++) {
                int lo = Math.max(100, 100 + k - (window - 1) / 2);
                int hi = Math.min(1_100, 100 + k + window / 2 + 1);
                double sum = 0;
                for (int i = lo; i < hi; i++) {
                    sum += values[i];
                }
                assertThat(mean[k]).as("window %d, point %d", window, k).isCloseTo(sum / (hi - lo), within(1e-12));
            }
        }
    }

    @Test
    void rollingMeanOfWindowOneIsTheValues() {
        double[] values = randomValues(500);
        double[] mean = Downsampling.rollingMean(i -> values[i], 0, 500, 1);
        for (int i = 0; i < values.length; i++) {
            assertThat(mean[i]).isCloseTo(values[i], within(1e-12));
        }
    }

    @Test
    void rollingMeanIsClippedAtTheEnds() {
        double[] values = {1, 2, 3, 4, 5, 6};
        double[] mean = Downsampling.rollingMean(i -> values[i], 0, 6, 5);
        assertThat(mean).containsExactly(new double[] {2, 2.5, 3, 4, 4.5, 5}, within(1e-12));
    }

    private static double[] indices(int n) {
        return IntStream.range(0, n).asDoubleStream().toArray();
    }

    private static double[] randomValues(int n) {
        return RANDOM.doubles(n, -1, 1).toArray();
    }
}
