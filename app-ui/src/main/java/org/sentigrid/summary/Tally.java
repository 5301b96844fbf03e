package org.sentigrid.summary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.distribution.TDistribution;
import org.sentigrid.api.SentimentLabel;

/**
 * Units counted by group and period: how many, their mean compound with its 95% confidence interval
 * (Student's t, from the sample standard deviation), and the share of each label. Groups keep the order
 * they first came in; periods are in time order within each group.
 */
public final class Tally {
    /** One row of the summary; {@code period} null when there is no time column; the interval NaN for a single unit. */
    public record Row(String group, LocalDate period, long units, double meanCompound, double ci95Low, double ci95High,
                      double positive, double neutral, double negative) {
    }

    private final Map<String, Map<LocalDate, Cell>> groups = new LinkedHashMap<>();

    /** Counts one unit; {@code period} null for none. */
    public void add(String group, LocalDate period, double compound, SentimentLabel label) {
        groups.computeIfAbsent(group, g -> new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder())))
                .computeIfAbsent(period, p -> new Cell()).add(compound, label);
    }

    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        groups.forEach((group, periods) -> periods.forEach((period, cell) -> rows.add(cell.row(group, period))));
        return rows;
    }

    /** Welford's running mean and sum of squared differences, and the label counts. */
    private static final class Cell {
        private long n;
        private double mean;
        private double squares;
        private final long[] labels = new long[SentimentLabel.values().length];

        void add(double compound, SentimentLabel label) {
            n++;
            double delta = compound - mean;
            mean += delta / n;
            squares += delta * (compound - mean);
            labels[label.ordinal()]++;
        }

        Row row(String group, LocalDate period) {
            double low = Double.NaN;
            double high = Double.NaN;
            if (n > 1) {
                double t = new TDistribution(null, n - 1).inverseCumulativeProbability(0.975);
                double half = t * Math.sqrt(squares / (n - 1)) / Math.sqrt(n);
                low = mean - half;
                high = mean + half;
            }
            return new Row(group, period, n, mean, low, high, share(SentimentLabel.POSITIVE), share(SentimentLabel.NEUTRAL),
                    share(SentimentLabel.NEGATIVE));
        }

        private double share(SentimentLabel label) {
            return (double) labels[label.ordinal()] / n;
        }
    }
}
