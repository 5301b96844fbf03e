package org.sentigrid.desktop.charts;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import org.sentigrid.api.SentimentLabel;

/**
 * The compound score of every point, in document order: a bar from 0 per point, coloured by its label. With more
 * points than pixel columns, bars would fill the plot solid: each column shows the density of its points instead,
 * a band from its lowest to its highest score (so no extreme is lost) and their mean, a line in the mean's label
 * colour; a click picks the more extreme of its lowest and highest.
 */
public final class CompoundBarChart extends SelectableChart {
    private static final double[] TICKS = {-1, -0.5, 0, 0.5, 1};
    /** Narrower documents go unnamed: a few letters and an ellipsis say nothing. */
    private static final double MIN_NAME_WIDTH = 30;

    /** The extremes per pixel column when there are more points than columns, else null: a bar per point. */
    private Downsampling.Extremes extremes;

    public CompoundBarChart(ScoredPoints points) {
        super(points, "Analyze some text to see the score of each sentence.");
        thresholdProperty().addListener(observable -> redraw());
    }

    @Override
    protected String title() {
        return "Compound score of each unit";
    }

    @Override
    protected String xTitle() {
        return "Units, in document order";
    }

    @Override
    protected String yTitle() {
        return "Compound score";
    }

    @Override
    protected boolean coloursByLabel() {
        return true;
    }

    /** Each unit's compound, by document and position in it. */
    @Override
    public ChartNumbers numbers() {
        return new ChartNumbers(List.of("Document", "Position", "Compound"), pointCount(), (row, column) -> {
            int document = documentOf(row);
            return switch (column) {
                case 0 -> points().documentName(document);
                case 1 -> Integer.toString(row - points().documentStart(document) + 1);
                default -> String.format(Locale.ROOT, "%.4f", points().compound(row));
            };
        });
    }

    @Override
    protected void update() {
        int columns = (int) plot().getWidth();
        extremes = pointCount() > columns
                ? Downsampling.columnExtremes(points()::compound, pointCount(), columns)
                : null;
    }

    @Override
    public int indexAt(double x, double y) {
        Rectangle2D plot = plot();
        if (pointCount() == 0 || !plot.contains(x, y)) {
            return -1;
        }
        if (extremes == null) {
            return Math.min(pointCount() - 1, (int) ((x - plot.getMinX()) * pointCount() / plot.getWidth()));
        }
        int column = Math.min(extremes.columns() - 1, (int) (x - plot.getMinX()));
        int max = extremes.maxIndex()[column];
        int min = extremes.minIndex()[column];
        return Math.abs(points().compound(max)) >= Math.abs(points().compound(min)) ? max : min;
    }

    @Override
    protected Point2D positionOf(int index) {
        if (index >= pointCount()) {
            return null;
        }
        Rectangle2D plot = plot();
        double x = extremes == null
                ? plot.getMinX() + (index + 0.5) * plot.getWidth() / pointCount()
                : plot.getMinX() + (int) ((long) index * extremes.columns() / pointCount()) + 0.5;
        return new Point2D(x, yOf(plot, points().compound(index), -1, 1));
    }

    @Override
    protected void drawPoints(GraphicsContext gc) {
        yAxis(gc, -1, 1, TICKS, CanvasChart::decimal);
        Rectangle2D plot = plot();
        if (extremes == null) {
            double slot = plot.getWidth() / pointCount();
            double gap = slot >= 4 ? slot * 0.2 : 0;
            for (int i = 0; i < pointCount(); i++) {
                bar(gc, plot.getMinX() + i * slot + gap / 2, slot - gap, points().compound(i));
            }
        } else {
            density(gc);
        }
        documentBoundaries(gc);
        xLabel(gc, "1", plot.getMinX());
        xLabel(gc, count(pointCount()), plot.getMaxX());
    }

    /** Per pixel column, the band from its lowest to its highest score, and the line of the columns' means. */
    private void density(GraphicsContext gc) {
        Rectangle2D plot = plot();
        gc.setFill(palette().axis().deriveColor(0, 1, 1, 0.4));
        for (int column = 0; column < extremes.columns(); column++) {
            double top = yOf(plot, points().compound(extremes.maxIndex()[column]), -1, 1);
            double bottom = yOf(plot, points().compound(extremes.minIndex()[column]), -1, 1);
            gc.fillRect(plot.getMinX() + column, top, 1, Math.max(1, bottom - top));
        }
        gc.setLineWidth(1.5);
        double[] mean = extremes.mean();
        for (int column = 1; column < extremes.columns(); column++) {
            gc.setStroke(LabelColors.of(SentimentLabel.of(mean[column], getThreshold())));
            gc.strokeLine(plot.getMinX() + column - 0.5, yOf(plot, mean[column - 1], -1, 1),
                    plot.getMinX() + column + 0.5, yOf(plot, mean[column], -1, 1));
        }
        gc.setLineWidth(1);
    }

    /** A bar from 0 to {@code compound}, at least a pixel high so that zeros show. */
    private void bar(GraphicsContext gc, double x, double width, double compound) {
        Rectangle2D plot = plot();
        double zero = yOf(plot, 0, -1, 1);
        double top = yOf(plot, compound, -1, 1);
        gc.setFill(LabelColors.of(SentimentLabel.of(compound, getThreshold())));
        gc.fillRect(x, Math.min(zero, top), width, Math.max(1, Math.abs(zero - top)));
    }

    /** With several documents, a thin line where each begins and its name above, where there is room for it. */
    private void documentBoundaries(GraphicsContext gc) {
        int documents = points().documents();
        if (documents < 2) {
            return;
        }
        Rectangle2D plot = plot();
        gc.setStroke(palette().axis());
        gc.setLineWidth(1);
        gc.setFont(AXIS_FONT);
        gc.setFill(palette().text());
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.BOTTOM);
        for (int d = 0; d < documents && points().documentStart(d) < pointCount(); d++) {
            double x = xOfStart(d);
            if (d > 0) {
                gc.strokeLine(crisp(x), plot.getMinY(), crisp(x), plot.getMaxY());
            }
            double room = (d + 1 < documents ? xOfStart(d + 1) : plot.getMaxX()) - x - 6;
            if (room >= MIN_NAME_WIDTH) {
                gc.fillText(fit(points().documentName(d), AXIS_FONT, room), x + 3, plot.getMinY() - 4);
            }
        }
    }

    private double xOfStart(int document) {
        Rectangle2D plot = plot();
        int start = Math.min(points().documentStart(document), pointCount());
        return plot.getMinX() + (double) start * plot.getWidth() / pointCount();
    }
}
