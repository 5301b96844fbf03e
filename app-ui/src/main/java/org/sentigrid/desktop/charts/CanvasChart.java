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
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.sentigrid.api.SentimentLabel;

/**
 * A chart drawn on one canvas that fills the region. There is no node per point: {@link #refresh()} makes one
 * O(n) pass over the points into a summary the size of the screen, and drawing reads only that summary, so a
 * million points stay fast. The same drawing makes a picture of any size ({@link #picture}).
 */
public abstract class CanvasChart extends Region {
    static final Font AXIS_FONT = Font.font("System", 11);
    static final Font LABEL_FONT = Font.font("System", 12);
    private static final Font AXIS_TITLE_FONT = Font.font("System", FontWeight.BOLD, 11);
    private static final Font TITLE_FONT = Font.font("System", FontWeight.BOLD, 15);

    private static final double TOP = 24;
    private static final double RIGHT = 16;
    private static final double BOTTOM = 22;
    private static final double LEFT = 52;
    /** Room for an axis's title, beyond its labels. */
    private static final double AXIS_TITLE = 16;
    /** Room above a picture's chart for its title and legend. */
    private static final double TITLE_ROW = 36;

    private final ScoredPoints points;
    private final String emptyHint;
    private final Canvas canvas = new Canvas();
    private final Text measure = new Text();
    private int pointCount;
    private final javafx.beans.property.ReadOnlyLongWrapper readings = new javafx.beans.property.ReadOnlyLongWrapper(this, "readings");
    /** The size drawn for: the canvas's on screen, a picture's while one is made. */
    private double width;
    private double height;
    /** Room for a title above the chart: none on screen. */
    private double titleRoom;
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
        readings.set(readings.get() + 1);
        update();
        redraw();
    }

    /** Reads the points into what {@link #draw} needs; called by {@link #refresh()}, also when the size changed. */
    protected abstract void update();

    /** Draws the chart; called only when there are points. */
    protected abstract void draw(GraphicsContext gc);

    /** What the chart shows, as a picture's title says it. */
    protected abstract String title();

    /** The numbers the chart draws, as of the last {@link #refresh()}, for its table view. */
    public abstract ChartNumbers numbers();

    /** The document of the point at {@code index} (the last whose first point is not after it). */
    protected final int documentOf(int index) {
        int low = 0;
        int high = points.documents() - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (points.documentStart(middle) <= index) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }

    /** The title of the x axis, or null for none. */
    protected String xTitle() {
        return null;
    }

    /** The title of the y axis, or null for none. */
    protected String yTitle() {
        return null;
    }

    /** Whether the chart colours by label: a picture of it then has the labels' legend. */
    protected boolean coloursByLabel() {
        return false;
    }

    protected final ScoredPoints points() {
        return points;
    }

    /** How many times the chart has read its points ({@link #refresh()}): a change means new numbers. */
    public final javafx.beans.property.ReadOnlyLongProperty readingsProperty() {
        return readings.getReadOnlyProperty();
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
        paint(canvas.getGraphicsContext2D());
    }

    private void paint(GraphicsContext gc) {
        gc.setFill(palette().background());
        gc.fillRect(0, 0, width, height);
        if (pointCount > 0) {
            draw(gc);
            axisTitles(gc);
        } else {
            gc.setFill(palette().text());
            gc.setFont(LABEL_FONT);
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.CENTER);
            gc.fillText(emptyHint, width / 2, height / 2);
        }
    }

    /**
     * The chart drawn anew at {@code pictureWidth} × {@code pictureHeight} (in the units of its layout) on a picture
     * of {@code scale} times as many pixels each way (2 for a HiDPI screen), with its title above it and, when it
     * colours by label, the labels' legend. What the screen shows is left as it was.
     */
    public final WritableImage picture(double pictureWidth, double pictureHeight, double scale) {
        double screenWidth = width;
        double screenHeight = height;
        Canvas picture = new Canvas(Math.round(pictureWidth * scale), Math.round(pictureHeight * scale));
        width = pictureWidth;
        height = pictureHeight;
        titleRoom = TITLE_ROW;
        try {
            update();
            GraphicsContext gc = picture.getGraphicsContext2D();
            gc.scale(scale, scale);
            paint(gc);
            titleRow(gc);
        } finally {
            width = screenWidth;
            height = screenHeight;
            titleRoom = 0;
            update();
        }
        return picture.snapshot(null, null);
    }

    /** The title (what the chart shows, of how many units) at the left, the labels' legend at the right. */
    private void titleRow(GraphicsContext gc) {
        double middle = TITLE_ROW / 2 + 4;
        double legend = coloursByLabel() ? labelLegend(gc, width - RIGHT, middle) : width - RIGHT;
        int documents = points.documents();
        String title = title() + (pointCount == 0 ? "" : " · " + count(pointCount) + (pointCount == 1 ? " unit" : " units")
                + (documents > 1 ? " in " + count(documents) + " documents" : ""));
        gc.setFill(palette().text());
        gc.setFont(TITLE_FONT);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(fit(title, TITLE_FONT, legend - 16 - LEFT / 2), LEFT / 2, middle);
    }

    /** A swatch and the name of each label (negative at the left, as bars stack), ending at {@code right}; returns where it begins. */
    final double labelLegend(GraphicsContext gc, double right, double middle) {
        gc.setFont(AXIS_FONT);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        double x = right;
        SentimentLabel[] labels = SentimentLabel.values(); // positive first: drawn from the right
        for (int i = 0; i < labels.length; i++) {
            String name = labels[i].id().substring(0, 1).toUpperCase(Locale.ROOT) + labels[i].id().substring(1);
            x -= textWidth(name, AXIS_FONT);
            gc.setFill(palette().text());
            gc.fillText(name, x, middle);
            x -= 14;
            gc.setFill(LabelColors.of(labels[i]));
            gc.fillRect(x, middle - 5, 10, 10);
            x -= 12;
        }
        return x;
    }

    /** The axes' titles: the x axis's under its labels, the y axis's turned up beside its labels. */
    private void axisTitles(GraphicsContext gc) {
        Rectangle2D plot = plot();
        gc.setFont(AXIS_TITLE_FONT);
        gc.setFill(palette().text());
        gc.setTextAlign(TextAlignment.CENTER);
        if (xTitle() != null) {
            gc.setTextBaseline(VPos.BOTTOM);
            gc.fillText(xTitle(), plot.getMinX() + plot.getWidth() / 2, height - 4);
        }
        if (yTitle() != null) {
            gc.save();
            gc.translate(4 + AXIS_TITLE / 2, plot.getMinY() + plot.getHeight() / 2);
            gc.rotate(-90);
            gc.setTextBaseline(VPos.CENTER);
            gc.fillText(yTitle(), 0, 0);
            gc.restore();
        }
    }

    /** The area inside the room left for axis labels and titles, legend and names, in the chart's coordinates. */
    protected final Rectangle2D plot() {
        double left = LEFT + (yTitle() == null ? 0 : AXIS_TITLE);
        double top = TOP + titleRoom;
        double bottom = BOTTOM + (xTitle() == null ? 0 : AXIS_TITLE);
        return new Rectangle2D(left, top, Math.max(1, width - left - RIGHT), Math.max(1, height - top - bottom));
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

    /**
     * {@code text} shortened to fit {@code room} by an ellipsis in its middle, so that its end (a file's extension)
     * stays: "customer-re…2024.csv"; empty if not even that fits.
     */
    final String fit(String text, Font font, double room) {
        if (textWidth(text, font) <= room) {
            return text;
        }
        for (int kept = text.length() - 1; kept > 0; kept--) {
            int head = (kept + 1) / 2;
            String shortened = text.substring(0, head) + "…" + text.substring(text.length() - (kept - head));
            if (textWidth(shortened, font) <= room) {
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
        double newWidth = snapSizeX(getWidth());
        double newHeight = snapSizeY(getHeight());
        if (newWidth != canvas.getWidth() || newHeight != canvas.getHeight()) {
            canvas.setWidth(newWidth);
            canvas.setHeight(newHeight);
            width = newWidth;
            height = newHeight;
            refresh();
        }
    }
}
