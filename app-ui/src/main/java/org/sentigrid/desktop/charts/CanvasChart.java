package org.sentigrid.desktop.charts;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;
import java.util.function.DoubleFunction;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.sentigrid.api.SentimentLabel;

/**
 * A chart drawn on one canvas that fills the region. There is no node per point: {@link #refresh()} makes one
 * O(n) pass over the points into a summary the size of the screen, and drawing reads only that summary, so a
 * million points stay fast.
 */
public abstract class CanvasChart extends Region {
    static final Font AXIS_FONT = Font.font("System", 11);
    static final Font LABEL_FONT = Font.font("System", 12);

    private static final double TOP = 24;
    private static final double RIGHT = 16;
    private static final double BOTTOM = 22;
    private static final double LEFT = 52;

    private final ScoredPoints points;
    private final String emptyHint;
    private final Canvas canvas = new Canvas();
    private final Text measure = new Text();
    private int pointCount;
    private final DoubleProperty threshold =
            new SimpleDoubleProperty(this, "threshold", SentimentLabel.DEFAULT_THRESHOLD);
    private final ObjectProperty<ChartPalette> palette = new SimpleObjectProperty<>(this, "palette", ChartPalette.LIGHT);

    protected CanvasChart(ScoredPoints points, String emptyHint) {
        this.points = Objects.requireNonNull(points, "points");
        this.emptyHint = emptyHint;
        getChildren().add(canvas);
        setMinSize(0, 0);
        setPrefSize(600, 300);
        palette.addListener(observable -> redraw());
    }

    /**
     * The label threshold that charts colouring by label follow (the arc does not); each chart decides
     * whether a change repaints or counts again.
     */
    public final DoubleProperty thresholdProperty() {
        return threshold;
    }

    public final double getThreshold() {
        return threshold.get();
    }

    public final void setThreshold(double value) {
        threshold.set(value);
    }

    /** The frame's colours (light or dark); a change repaints. */
    public final ObjectProperty<ChartPalette> paletteProperty() {
        return palette;
    }

    protected final ChartPalette palette() {
        return palette.get();
    }

    /** Reads the points again, after some were appended, and redraws: one O(n) pass over them. */
    public final void refresh() {
        pointCount = points.size();
        update();
        redraw();
    }

    /** Reads the points into what {@link #draw} needs; called by {@link #refresh()}, also when the size changed. */
    protected abstract void update();

    /** Draws the chart; called only when there are points. */
    protected abstract void draw(GraphicsContext gc);

    protected final ScoredPoints points() {
        return points;
    }

    /** The points read by the last {@link #refresh()}: what is drawn, however many were appended since. */
    public final int pointCount() {
        return pointCount;
    }

    /**
     * Draws again from what the last {@link #refresh()} read, e.g. when only colours changed; when the points
     * were cleared or replaced by fewer since, reads them again first: what was read is gone.
     */
    protected final void redraw() {
        if (points.size() < pointCount) {
            refresh();
            return;
        }
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setFill(palette().background());
        gc.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (pointCount > 0) {
            draw(gc);
        } else {
            gc.setFill(palette().text());
            gc.setFont(LABEL_FONT);
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.CENTER);
            gc.fillText(emptyHint, canvas.getWidth() / 2, canvas.getHeight() / 2);
        }
    }

    /** The area inside the room left for axis labels, legend and names, in the chart's coordinates. */
    protected final Rectangle2D plot() {
        return new Rectangle2D(LEFT, TOP, Math.max(1, canvas.getWidth() - LEFT - RIGHT),
                Math.max(1, canvas.getHeight() - TOP - BOTTOM));
    }

    /** The pixel row of {@code value} on a y axis from {@code low} (plot bottom) to {@code high} (plot top). */
    static double yOf(Rectangle2D plot, double value, double low, double high) {
        return plot.getMaxY() - (value - low) / (high - low) * plot.getHeight();
    }

    /** Horizontal grid lines with their labels at the left, the zero line (if among the ticks) darker. */
    final void yAxis(GraphicsContext gc, double low, double high, double[] ticks, DoubleFunction<String> label) {
        Rectangle2D plot = plot();
        gc.setFont(AXIS_FONT);
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.CENTER);
        gc.setLineWidth(1);
        for (double tick : ticks) {
            double y = crisp(yOf(plot, tick, low, high));
            gc.setStroke(tick == 0 ? palette().axis() : palette().grid());
            gc.strokeLine(plot.getMinX(), y, plot.getMaxX(), y);
            gc.setFill(palette().text());
            gc.fillText(label.apply(tick), plot.getMinX() - 6, y);
        }
    }

    /** A label under the plot, centred on {@code x} but kept inside the plot's width at its ends. */
    final void xLabel(GraphicsContext gc, String text, double x) {
        Rectangle2D plot = plot();
        gc.setFont(AXIS_FONT);
        gc.setFill(palette().text());
        gc.setTextAlign(x <= plot.getMinX() + 1 ? TextAlignment.LEFT : x >= plot.getMaxX() - 1 ? TextAlignment.RIGHT : TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        gc.fillText(text, x, plot.getMaxY() + 5);
    }

    final double textWidth(String text, Font font) {
        measure.setFont(font);
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }

    /** {@code text} shortened with an ellipsis to fit {@code width}; empty if not even that fits. */
    final String fit(String text, Font font, double width) {
        if (textWidth(text, font) <= width) {
            return text;
        }
        for (int end = text.length() - 1; end > 0; end--) {
            String shortened = text.substring(0, end) + "…";
            if (textWidth(shortened, font) <= width) {
                return shortened;
            }
        }
        return "";
    }

    /** The centre of a pixel, so that 1-pixel lines are sharp. */
    static double crisp(double position) {
        return Math.floor(position) + 0.5;
    }

    static String count(long n) {
        return String.format(Locale.ENGLISH, "%,d", n);
    }

    static String decimal(double value) {
        return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(value);
    }

    @Override
    protected void layoutChildren() {
        double width = snapSizeX(getWidth());
        double height = snapSizeY(getHeight());
        if (width != canvas.getWidth() || height != canvas.getHeight()) {
            canvas.setWidth(width);
            canvas.setHeight(height);
            refresh();
        }
    }
}
