package org.sentigrid.desktop.evaluate;

import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.sentigrid.desktop.charts.ChartPalette;

/** A canvas that fills its region, with axes from given ranges: what the Evaluate tab's two charts share. */
abstract class AgreementCanvas extends Region {
    private static final Font FONT = Font.font("System", 11);
    private static final double TOP = 22;
    private static final double RIGHT = 12;
    private static final double BOTTOM = 34;
    private static final double LEFT = 44;

    private final Canvas canvas = new Canvas();
    private final ObjectProperty<ChartPalette> palette = new SimpleObjectProperty<>(this, "palette", ChartPalette.LIGHT);
    private final String title;

    AgreementCanvas(String title) {
        this.title = title;
        getChildren().add(canvas);
        setMinSize(0, 0);
        setPrefSize(320, 240);
        palette.addListener(observable -> redraw());
    }

    public final ObjectProperty<ChartPalette> paletteProperty() {
        return palette;
    }

    /** Draws the chart's content inside {@code plot}; the frame, title and axes are drawn. */
    abstract void draw(GraphicsContext gc, Rectangle2D plot, ChartPalette palette);

    /** Whether there is anything to draw; else the hint is shown. */
    abstract boolean hasData();

    abstract String emptyHint();

    final void redraw() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        ChartPalette colours = palette.get();
        gc.setFill(colours.background());
        gc.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        gc.setFont(FONT);
        gc.setFill(colours.text());
        if (!hasData()) {
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.CENTER);
            gc.fillText(emptyHint(), canvas.getWidth() / 2, canvas.getHeight() / 2);
            return;
        }
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        gc.fillText(title, 4, 4);
        Rectangle2D plot = new Rectangle2D(LEFT, TOP, Math.max(1, canvas.getWidth() - LEFT - RIGHT),
                Math.max(1, canvas.getHeight() - TOP - BOTTOM));
        gc.setStroke(colours.axis());
        gc.setLineWidth(1);
        gc.strokeRect(plot.getMinX() + 0.5, plot.getMinY() + 0.5, plot.getWidth() - 1, plot.getHeight() - 1);
        draw(gc, plot, colours);
    }

    /** Tick labels along both axes, and the x axis's name (the title names the y axis). */
    final void axes(GraphicsContext gc, Rectangle2D plot, ChartPalette colours, double[] xTicks, double xLow, double xHigh,
                    double[] yTicks, double yLow, double yHigh, String xName) {
        gc.setFont(FONT);
        gc.setFill(colours.text());
        gc.setStroke(colours.grid());
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        for (double tick : xTicks) {
            double x = x(plot, tick, xLow, xHigh);
            gc.strokeLine(x, plot.getMinY() + 1, x, plot.getMaxY() - 1);
            gc.fillText(number(tick), x, plot.getMaxY() + 3);
        }
        gc.fillText(xName, plot.getMinX() + plot.getWidth() / 2, plot.getMaxY() + 17);
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.CENTER);
        for (double tick : yTicks) {
            double y = y(plot, tick, yLow, yHigh);
            gc.strokeLine(plot.getMinX() + 1, y, plot.getMaxX() - 1, y);
            gc.fillText(number(tick), plot.getMinX() - 4, y);
        }
    }

    static double x(Rectangle2D plot, double value, double low, double high) {
        return plot.getMinX() + (value - low) / (high - low) * plot.getWidth();
    }

    static double y(Rectangle2D plot, double value, double low, double high) {
        return plot.getMaxY() - (value - low) / (high - low) * plot.getHeight();
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.format(Locale.ENGLISH, "%.0f", value) : String.format(Locale.ENGLISH, "%.1f", value);
    }

    @Override
    protected void layoutChildren() {
        double width = snapSizeX(getWidth());
        double height = snapSizeY(getHeight());
        if (width != canvas.getWidth() || height != canvas.getHeight()) {
            canvas.setWidth(width);
            canvas.setHeight(height);
            redraw();
        }
    }
}
