package org.sentigrid.desktop.charts;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * A chart of single points, one of which can be selected: a click selects the point under the mouse
 * ({@link #indexAt}), and the selected point, however it was set, is marked by a vertical line and a dot.
 */
public abstract class SelectableChart extends CanvasChart {
    private final IntegerProperty selectedIndex = new SimpleIntegerProperty(this, "selectedIndex", -1);

    protected SelectableChart(ScoredPoints points, String emptyHint) {
        super(points, emptyHint);
        selectedIndex.addListener(observable -> redraw());
        addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.isStillSincePress()) {
                setSelectedIndex(indexAt(event.getX(), event.getY()));
            }
        });
    }

    /** The global index of the selected point, -1 for none. */
    public final IntegerProperty selectedIndexProperty() {
        return selectedIndex;
    }

    public final int getSelectedIndex() {
        return selectedIndex.get();
    }

    public final void setSelectedIndex(int index) {
        selectedIndex.set(index);
    }

    /** The global index of the point a click at {@code (x, y)} (chart coordinates) selects, -1 for none. */
    public abstract int indexAt(double x, double y);

    /** Where the point {@code index} is drawn, or null if it is not drawn. */
    protected abstract Point2D positionOf(int index);

    /** Draws the points; the selection marker goes on top. */
    protected abstract void drawPoints(GraphicsContext gc);

    @Override
    protected final void draw(GraphicsContext gc) {
        drawPoints(gc);
        Point2D marker = getSelectedIndex() < 0 ? null : positionOf(getSelectedIndex());
        if (marker != null) {
            Rectangle2D plot = plot();
            double x = crisp(marker.getX());
            gc.setStroke(palette().accent());
            gc.setLineWidth(1);
            gc.strokeLine(x, plot.getMinY(), x, plot.getMaxY());
            gc.setFill(palette().accent());
            gc.fillOval(marker.getX() - 4, marker.getY() - 4, 8, 8);
            gc.setStroke(palette().background());
            gc.strokeOval(marker.getX() - 4, marker.getY() - 4, 8, 8);
        }
    }
}
