package org.sentigrid.desktop.evaluate;

import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.GraphicsContext;
import org.sentigrid.desktop.charts.ChartPalette;
import org.sentigrid.evaluate.LabelAgreement;

/** Macro-F1 over the thresholds of the sweep, with the best one and the one in use marked. */
public final class ThresholdCurve extends AgreementCanvas {
    private LabelAgreement agreement;

    public ThresholdCurve() {
        super("Macro-F1 by threshold (dot: best)");
    }

    public void show(LabelAgreement labels) {
        agreement = labels;
        redraw();
    }

    @Override
    boolean hasData() {
        return agreement != null;
    }

    @Override
    String emptyHint() {
        return "The threshold curve appears with gold labels or ratings.";
    }

    @Override
    void draw(GraphicsContext gc, Rectangle2D plot, ChartPalette palette) {
        axes(gc, plot, palette, new double[] {0, 0.25, 0.5, 0.75, 1}, 0, 1, new double[] {0, 0.25, 0.5, 0.75, 1}, 0, 1,
                "threshold ±");
        gc.setStroke(palette.accent());
        gc.setLineWidth(2);
        gc.beginPath();
        boolean first = true;
        for (LabelAgreement.ThresholdPoint point : agreement.sweep()) {
            double x = x(plot, point.threshold(), 0, 1);
            double y = y(plot, Double.isNaN(point.macroF1()) ? 0 : point.macroF1(), 0, 1);
            if (first) {
                gc.moveTo(x, y);
                first = false;
            } else {
                gc.lineTo(x, y);
            }
        }
        gc.stroke();
        gc.setStroke(palette.text());
        gc.setLineWidth(1);
        gc.setLineDashes(4, 4);
        double used = x(plot, agreement.threshold(), 0, 1);
        gc.strokeLine(used, plot.getMinY(), used, plot.getMaxY());
        gc.setLineDashes();
        gc.setFill(palette.text());
        LabelAgreement.ThresholdPoint best = agreement.best();
        gc.fillOval(x(plot, best.threshold(), 0, 1) - 4, y(plot, best.macroF1(), 0, 1) - 4, 8, 8);
    }
}
