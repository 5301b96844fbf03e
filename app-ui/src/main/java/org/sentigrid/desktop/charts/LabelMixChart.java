package org.sentigrid.desktop.charts;

import java.util.Arrays;
import java.util.Locale;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import org.sentigrid.api.SentimentLabel;

/** How many points have each label, and their share: one horizontal bar per label. */
public final class LabelMixChart extends CanvasChart {
    private final long[] counts = new long[SentimentLabel.values().length];

    public LabelMixChart(ScoredPoints points) {
        super(points, "Analyze some text to see its mix of labels.");
        thresholdProperty().addListener(observable -> refresh());
    }

    /** The points with {@code label} as of the last refresh. */
    public long count(SentimentLabel label) {
        return counts[label.ordinal()];
    }

    @Override
    protected void update() {
        Arrays.fill(counts, 0);
        for (int i = 0; i < pointCount(); i++) {
            counts[SentimentLabel.of(points().compound(i), getThreshold()).ordinal()]++;
        }
    }

    @Override
    protected void draw(GraphicsContext gc) {
        Rectangle2D plot = plot();
        SentimentLabel[] labels = SentimentLabel.values();
        String[] texts = new String[labels.length];
        double textWidth = 0;
        for (SentimentLabel label : labels) {
            texts[label.ordinal()] = text(label);
            textWidth = Math.max(textWidth, textWidth(texts[label.ordinal()], LABEL_FONT));
        }
        double row = plot.getHeight() / labels.length;
        double thickness = Math.min(28, row * 0.6);
        double barStart = plot.getMinX() + textWidth + 12;
        gc.setFont(LABEL_FONT);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        for (SentimentLabel label : labels) {
            double middle = plot.getMinY() + (label.ordinal() + 0.5) * row;
            gc.setFill(palette().text());
            gc.fillText(texts[label.ordinal()], plot.getMinX(), middle);
            gc.setFill(palette().track());
            gc.fillRect(barStart, middle - thickness / 2, plot.getMaxX() - barStart, thickness);
            gc.setFill(LabelColors.of(label));
            gc.fillRect(barStart, middle - thickness / 2, share(label) * (plot.getMaxX() - barStart), thickness);
        }
    }

    private double share(SentimentLabel label) {
        return (double) count(label) / pointCount();
    }

    /** E.g. {@code Positive 1,234 (45.6%)}. */
    private String text(SentimentLabel label) {
        String name = label.id().substring(0, 1).toUpperCase(Locale.ROOT) + label.id().substring(1);
        return String.format(Locale.ENGLISH, "%s %,d (%.1f%%)", name, count(label), 100 * share(label));
    }
}
