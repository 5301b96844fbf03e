package org.sentigrid.desktop.evaluate;

import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.sentigrid.desktop.charts.ChartPalette;

/** Each row's compound against its gold rating, a dot each (translucent, so that crowds show), and the fitted line. */
public final class GoldScatter extends AgreementCanvas {
    private EvaluateViewModel.Scatter scatter = EvaluateViewModel.Scatter.NONE;
    private double low;
    private double high;

    public GoldScatter() {
        super("Gold rating by compound, fitted line");
    }

    /** Shows these points; the gold axis spans their ratings (at least -1 to 1). */
    public void show(EvaluateViewModel.Scatter points) {
        scatter = points;
        low = -1;
        high = 1;
        for (double gold : points.gold()) {
            low = Math.min(low, Math.floor(gold));
            high = Math.max(high, Math.ceil(gold));
        }
        redraw();
    }

    /** How many points are drawn. */
    public int pointCount() {
        return scatter.compound().length;
    }

    @Override
    boolean hasData() {
        return pointCount() > 0;
    }

    @Override
    String emptyHint() {
        return "The scatter needs numeric ratings as the gold.";
    }

    @Override
    void draw(GraphicsContext gc, Rectangle2D plot, ChartPalette palette) {
        double[] yTicks = new double[(int) (high - low) + 1];
        for (int i = 0; i < yTicks.length; i++) {
            yTicks[i] = low + i;
        }
        axes(gc, plot, palette, new double[] {-1, -0.5, 0, 0.5, 1}, -1, 1, yTicks, low, high, "compound");
        Color dot = palette.accent();
        gc.setFill(new Color(dot.getRed(), dot.getGreen(), dot.getBlue(), 0.25));
        for (int i = 0; i < scatter.compound().length; i++) {
            gc.fillOval(x(plot, scatter.compound()[i], -1, 1) - 1.5, y(plot, scatter.gold()[i], low, high) - 1.5, 3, 3);
        }
        gc.save();
        gc.beginPath();
        gc.rect(plot.getMinX(), plot.getMinY(), plot.getWidth(), plot.getHeight());
        gc.clip();
        gc.setStroke(palette.text());
        gc.setLineWidth(2);
        gc.strokeLine(x(plot, -1, -1, 1), y(plot, scatter.intercept() - scatter.slope(), low, high),
                x(plot, 1, -1, 1), y(plot, scatter.intercept() + scatter.slope(), low, high));
        gc.restore();
    }
}
