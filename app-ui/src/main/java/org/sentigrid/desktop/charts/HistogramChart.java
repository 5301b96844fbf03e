package org.sentigrid.desktop.charts;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.GraphicsContext;
import org.sentigrid.api.SentimentLabel;

/**
 * How the compound scores spread: 20 bins of width 0.1 over [-1, 1], each bar stacked by the labels of
 * its units (a bin that straddles a threshold, like [0, 0.1) with VADER's many exact zeros, shows both).
 */
public final class HistogramChart extends CanvasChart {
    public static final int BINS = 20;
    private static final double[] EDGES = {-1, -0.5, 0, 0.5, 1};

    private final long[] counts = new long[BINS];
    /** Per bin, its units per label (in SentimentLabel order) under the threshold. */
    private final long[][] labelCounts = new long[BINS][SentimentLabel.values().length];

    public HistogramChart(ScoredPoints points) {
        super(points, "Analyze some text to see how its scores spread.");
        thresholdProperty().addListener(observable -> refresh());
    }

    /** The points in bin {@code bin} (0 for [-1, -0.9), ..., 19 for [0.9, 1]) as of the last refresh. */
    public long count(int bin) {
        return counts[bin];
    }

    /** The bin of a compound score; 1 goes in the last bin, out-of-range scores in the nearest end bin. */
    static int bin(double compound) {
        return Math.max(0, Math.min(BINS - 1, (int) Math.floor((compound + 1) * BINS / 2)));
    }

    /** 1, 2 or 5 times a power of ten, at least {@code rough}. */
    private static double niceStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double factor : new double[] {1, 2, 5}) {
            if (factor * power >= rough) {
                return factor * power;
            }
        }
        return 10 * power;
    }

    /** The units of bin {@code bin} labelled {@code label}, as of the last refresh. */
    public long count(int bin, SentimentLabel label) {
        return labelCounts[bin][label.ordinal()];
    }

    @Override
    protected String title() {
        return "Compound scores in " + BINS + " bins, by label";
    }

    @Override
    protected String xTitle() {
        return "Compound score";
    }

    @Override
    protected String yTitle() {
        return "Units";
    }

    @Override
    protected boolean coloursByLabel() {
        return true;
    }

    /** Each bin's range and its units by label, as the bars stack them. */
    @Override
    public ChartNumbers numbers() {
        return new ChartNumbers(List.of("Compound from", "to", "Negative", "Neutral", "Positive", "Units"), BINS,
                (bin, column) -> switch (column) {
                    case 0 -> String.format(Locale.ROOT, "%.1f", -1 + bin * 2.0 / BINS);
                    case 1 -> String.format(Locale.ROOT, "%.1f", -1 + (bin + 1) * 2.0 / BINS);
                    case 2 -> Long.toString(count(bin, SentimentLabel.NEGATIVE));
                    case 3 -> Long.toString(count(bin, SentimentLabel.NEUTRAL));
                    case 4 -> Long.toString(count(bin, SentimentLabel.POSITIVE));
                    default -> Long.toString(count(bin));
                });
    }

    @Override
    protected void update() {
        Arrays.fill(counts, 0);
        for (long[] bin : labelCounts) {
            Arrays.fill(bin, 0);
        }
        double t = getThreshold();
        for (int i = 0; i < pointCount(); i++) {
            double compound = points().compound(i);
            int b = bin(compound);
            counts[b]++;
            labelCounts[b][SentimentLabel.of(compound, t).ordinal()]++;
        }
    }

    @Override
    protected void draw(GraphicsContext gc) {
        long largest = Arrays.stream(counts).max().orElse(0);
        double step = niceStep(Math.max(1, largest / 4.0));
        int steps = (int) Math.ceil(largest / step);
        double top = Math.max(1, steps) * step;
        double[] ticks = new double[Math.max(1, steps) + 1];
        for (int i = 0; i < ticks.length; i++) {
            ticks[i] = i * step;
        }
        yAxis(gc, 0, top, ticks, tick -> count((long) tick));
        Rectangle2D plot = plot();
        double width = plot.getWidth() / BINS;
        for (int b = 0; b < BINS; b++) {
            long below = 0;
            for (SentimentLabel label : new SentimentLabel[] {SentimentLabel.NEGATIVE, SentimentLabel.NEUTRAL, SentimentLabel.POSITIVE}) {
                long n = labelCounts[b][label.ordinal()];
                if (n == 0) {
                    continue;
                }
                double bottom = yOf(plot, below, 0, top);
                double y = yOf(plot, below + n, 0, top);
                gc.setFill(LabelColors.of(label));
                gc.fillRect(plot.getMinX() + b * width + 1, y, width - 2, bottom - y);
                below += n;
            }
        }
        for (double edge : EDGES) {
            xLabel(gc, decimal(edge), plot.getMinX() + (edge + 1) / 2 * plot.getWidth());
        }
    }
}
