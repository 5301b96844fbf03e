package org.sentigrid.desktop.charts;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.sentigrid.api.SentimentLabel;

/**
 * How many points have each label, and their share. Of one document: a horizontal bar per label. Of several: a row
 * for all of them, then one per document, each split into its labels' shares (as many documents as have a row of
 * at least {@value #MIN_ROW} pixels; the last row says how many more there are).
 */
public final class LabelMixChart extends CanvasChart {
    private static final double MIN_ROW = 18;
    /** Labels in the order their shares are drawn in a row: negative at the left, positive at the right. */
    private static final SentimentLabel[] ORDER = {SentimentLabel.NEGATIVE, SentimentLabel.NEUTRAL, SentimentLabel.POSITIVE};

    private final long[] counts = new long[SentimentLabel.values().length];
    /** Per document, its points per label (in SentimentLabel order), as of the last refresh. */
    private long[][] documentCounts = new long[0][];

    public LabelMixChart(ScoredPoints points) {
        super(points, "Analyze some text to see its mix of labels.");
        thresholdProperty().addListener(observable -> refresh());
    }

    /** The points with {@code label} as of the last refresh. */
    public long count(SentimentLabel label) {
        return counts[label.ordinal()];
    }

    /** The points of document {@code document} with {@code label}, as of the last refresh. */
    public long count(int document, SentimentLabel label) {
        return documentCounts[document][label.ordinal()];
    }

    @Override
    protected String title() {
        return documentCounts.length > 1 ? "Label mix, of all documents and of each" : "Label mix";
    }

    @Override
    protected String xTitle() {
        return "Share of units";
    }

    /** Per label, its units and their share: of all documents, then (of several) of each. */
    @Override
    public ChartNumbers numbers() {
        long[][] rows = documentCounts.length > 1 ? new long[documentCounts.length + 1][] : new long[][] {counts};
        if (documentCounts.length > 1) {
            rows[0] = counts;
            System.arraycopy(documentCounts, 0, rows, 1, documentCounts.length);
        }
        return new ChartNumbers(List.of("Document", "Negative", "Neutral", "Positive", "Negative share", "Neutral share",
                "Positive share"), rows.length, (row, column) -> {
            if (column == 0) {
                return row == 0 && rows.length > 1 || points().documents() == 0 ? "All" : points().documentName(rows.length > 1 ? row - 1 : 0);
            }
            long[] mix = rows[row];
            SentimentLabel label = ORDER[(column - 1) % ORDER.length];
            return column <= ORDER.length ? Long.toString(mix[label.ordinal()])
                    : String.format(Locale.ENGLISH, "%.1f%%", 100 * share(mix, label));
        });
    }

    @Override
    protected void update() {
        Arrays.fill(counts, 0);
        int documents = points().documents();
        documentCounts = new long[documents][SentimentLabel.values().length];
        for (int d = 0; d < documents; d++) {
            int end = Math.min(pointCount(), points().documentStart(d) + points().documentSize(d));
            for (int i = points().documentStart(d); i < end; i++) {
                int label = SentimentLabel.of(points().compound(i), getThreshold()).ordinal();
                documentCounts[d][label]++;
                counts[label]++;
            }
        }
    }

    @Override
    protected void draw(GraphicsContext gc) {
        if (documentCounts.length > 1) {
            drawRows(gc);
        } else {
            drawLabels(gc);
        }
    }

    /** One document: a bar per label, with its count and share. */
    private void drawLabels(GraphicsContext gc) {
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
            gc.fillRect(barStart, middle - thickness / 2, share(counts, label) * (plot.getMaxX() - barStart), thickness);
        }
    }

    /** Several documents: a row of shares for all of them, then one per document; the labels' legend above (of its own). */
    private void drawRows(GraphicsContext gc) {
        Rectangle2D plot = plot();
        labelLegend(gc, plot.getMaxX(), plot.getMinY() - 12);
        int documents = documentCounts.length;
        int rows = (int) Math.max(2, Math.min(documents + 1, Math.floor(plot.getHeight() / MIN_ROW)));
        int shown = rows - 1 < documents ? rows - 2 : documents; // the last row says how many more, when not all fit
        double row = plot.getHeight() / rows;
        double nameWidth = Math.min(200, plot.getWidth() * 0.3);
        double barStart = plot.getMinX() + nameWidth + 8;
        String all = "All " + count(documents) + " documents";
        shareRow(gc, all, counts, plot.getMinY(), row, barStart);
        for (int d = 0; d < shown; d++) {
            shareRow(gc, points().documentName(d), documentCounts[d], plot.getMinY() + (d + 1) * row, row, barStart);
        }
        if (shown < documents) {
            gc.setFill(palette().text());
            gc.setFont(LABEL_FONT);
            gc.setTextAlign(TextAlignment.LEFT);
            gc.fillText("+" + count(documents - shown) + " more documents (the Summary tab lists each)", plot.getMinX(),
                    plot.getMinY() + (rows - 0.5) * row);
        }
    }

    /** A row: its name at the left, then its labels' shares side by side, each with its percentage where it fits. */
    private void shareRow(GraphicsContext gc, String name, long[] labelCounts, double top, double row, double barStart) {
        Rectangle2D plot = plot();
        double middle = top + row / 2;
        double thickness = Math.min(24, row * 0.7);
        gc.setFont(LABEL_FONT);
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setFill(palette().text());
        gc.fillText(fit(name, LABEL_FONT, barStart - plot.getMinX() - 8), plot.getMinX(), middle);
        double width = plot.getMaxX() - barStart;
        gc.setFill(palette().track());
        gc.fillRect(barStart, middle - thickness / 2, width, thickness);
        double x = barStart;
        gc.setFont(AXIS_FONT);
        gc.setTextAlign(TextAlignment.CENTER);
        for (SentimentLabel label : ORDER) {
            double part = share(labelCounts, label) * width;
            gc.setFill(LabelColors.of(label));
            gc.fillRect(x, middle - thickness / 2, part, thickness);
            String percent = String.format(Locale.ENGLISH, "%.0f%%", 100 * share(labelCounts, label));
            if (thickness >= 12 && part >= textWidth(percent, AXIS_FONT) + 6) {
                gc.setFill(Color.WHITE);
                gc.fillText(percent, x + part / 2, middle);
            }
            x += part;
        }
    }

    private static double share(long[] labelCounts, SentimentLabel label) {
        long total = Arrays.stream(labelCounts).sum();
        return total == 0 ? 0 : (double) labelCounts[label.ordinal()] / total;
    }

    /** E.g. {@code Positive 1,234 (45.6%)}. */
    private String text(SentimentLabel label) {
        String name = label.id().substring(0, 1).toUpperCase(Locale.ROOT) + label.id().substring(1);
        return String.format(Locale.ENGLISH, "%s %,d (%.1f%%)", name, count(label), 100 * share(counts, label));
    }
}
