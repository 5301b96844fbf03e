package org.sentigrid.desktop.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.beans.InvalidationListener;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * The sentiment arc of each document, overlaid: x is the relative position in the document (0 to 1), y the
 * centred rolling mean of the compound score over {@link #windowProperty() window} points (by default a tenth of
 * each document's points, so that a short document's arc is not flat and a long one's not noise). A curve with
 * more points than pixel columns shows, per column, the band its rolling means span and their mean as the line.
 * The y axis is symmetric around 0 and fits the curves (to the next 0.1), since rolling means stay well inside [-1, 1].
 */
public final class ArcChart extends SelectableChart {
    /** More curves than this are unreadable; the legend says how many documents are left out. */
    public static final int MAX_CURVES = 8;
    /** How far from the nearest drawn point a click may be to select it, in pixels. */
    private static final double PICK_RADIUS = 16;
    private static final double[] POSITIONS = {0, 0.25, 0.5, 0.75, 1};

    /** The window's value that means a tenth of each document's points. */
    public static final int AUTO_WINDOW = 0;

    private final IntegerProperty window = new SimpleIntegerProperty(this, "window", AUTO_WINDOW);
    private final ObservableList<Integer> shownDocuments = FXCollections.observableArrayList();
    private List<Curve> curves = List.of();
    private int leftOut;
    /** The y axis goes from -range to range. */
    private double range = 1;

    /**
     * One document's arc: its rolling means (element k for point start + k); with more of them than pixel columns,
     * their extremes and mean per column (else null); the points a click can pick (all, or one per column).
     */
    private record Curve(String name, int start, double[] mean, Downsampling.Extremes density, int[] kept, Color color) {
    }

    public ArcChart(ScoredPoints points) {
        super(points, "Analyze some text to see its sentiment arc.");
        window.addListener(observable -> refresh());
        shownDocuments.addListener((InvalidationListener) observable -> refresh());
    }

    /** The points each rolling mean is taken over; {@link #AUTO_WINDOW} (the default) for a tenth of each document's. */
    public IntegerProperty windowProperty() {
        return window;
    }

    public int getWindow() {
        return window.get();
    }

    public void setWindow(int value) {
        window.set(value);
    }

    /**
     * The documents whose arcs are drawn, by index; empty (the default) for all. Documents without points are
     * skipped, and only the first {@link #MAX_CURVES} are drawn.
     */
    public ObservableList<Integer> getShownDocuments() {
        return shownDocuments;
    }

    @Override
    protected String title() {
        return "Sentiment arc: rolling mean of the compound score over "
                + (getWindow() == AUTO_WINDOW ? "a tenth of each document" : count(getWindow()) + " units");
    }

    @Override
    protected String xTitle() {
        return "Position in the document";
    }

    @Override
    protected String yTitle() {
        return "Rolling mean of compound";
    }

    /** The window a document of {@code size} points is averaged over. */
    private int window(int size) {
        return getWindow() == AUTO_WINDOW ? Math.max(1, Math.round(size / 10f)) : Math.max(1, getWindow());
    }

    /** Each drawn document's rolling means, by position in it: what the curves go through. */
    @Override
    public ChartNumbers numbers() {
        List<Curve> drawn = curves;
        int[] firstRow = new int[drawn.size() + 1];
        for (int c = 0; c < drawn.size(); c++) {
            firstRow[c + 1] = firstRow[c] + drawn.get(c).mean().length;
        }
        return new ChartNumbers(List.of("Document", "Position", "Rolling mean"), firstRow[drawn.size()], (row, column) -> {
            int c = 0;
            while (firstRow[c + 1] <= row) {
                c++;
            }
            Curve curve = drawn.get(c);
            int k = row - firstRow[c];
            return switch (column) {
                case 0 -> curve.name();
                case 1 -> Integer.toString(k + 1);
                default -> String.format(java.util.Locale.ROOT, "%.4f", curve.mean()[k]);
            };
        });
    }

    @Override
    protected void update() {
        int[] candidates = candidates();
        int columns = Math.max(1, (int) plot().getWidth());
        List<Curve> made = new ArrayList<>();
        double largest = 0;
        for (int d : candidates) {
            if (made.size() == MAX_CURVES) {
                break;
            }
            int start = points().documentStart(d);
            double[] mean = Downsampling.rollingMean(points()::compound, start, start + size(d), window(size(d)));
            for (double m : mean) {
                largest = Math.max(largest, Math.abs(m));
            }
            Downsampling.Extremes density = mean.length > columns
                    ? Downsampling.columnExtremes(k -> mean[k], mean.length, columns) : null;
            int[] kept = density == null ? IntStream.range(0, mean.length).toArray()
                    : IntStream.range(0, columns).map(c -> (int) (((long) c * mean.length + mean.length / 2) / columns)).toArray();
            made.add(new Curve(points().documentName(d), start, mean, density, kept, LabelColors.document(made.size())));
        }
        curves = made;
        leftOut = candidates.length - made.size();
        range = Math.max(0.1, Math.min(1, Math.ceil(largest * 10 - 1e-9) / 10)); // 0.8 * 10 is 8.000000000000002
    }

    /** The documents asked for (all if none were) that exist and have points. */
    private int[] candidates() {
        int documents = points().documents();
        IntStream asked = shownDocuments.isEmpty()
                ? IntStream.range(0, documents)
                : shownDocuments.stream().mapToInt(Integer::intValue);
        return asked.filter(d -> d >= 0 && d < documents && size(d) > 0).toArray();
    }

    /** The document's points among those read by the last refresh. */
    private int size(int document) {
        return Math.max(0, Math.min(points().documentSize(document), pointCount() - points().documentStart(document)));
    }

    @Override
    public int indexAt(double x, double y) {
        int nearest = -1;
        double best = PICK_RADIUS * PICK_RADIUS;
        for (Curve curve : curves) {
            for (int k : curve.kept()) {
                Point2D p = pixel(curve, k);
                double distance = (p.getX() - x) * (p.getX() - x) + (p.getY() - y) * (p.getY() - y);
                if (distance <= best) {
                    best = distance;
                    nearest = curve.start() + k;
                }
            }
        }
        return nearest;
    }

    @Override
    protected Point2D positionOf(int index) {
        for (Curve curve : curves) {
            if (index >= curve.start() && index < curve.start() + curve.mean().length) {
                return pixel(curve, index - curve.start());
            }
        }
        return null;
    }

    /** The relative position 0..1 of point k of a document with {@code length} points. */
    private static double position(int k, int length) {
        return length == 1 ? 0.5 : (double) k / (length - 1);
    }

    private Point2D pixel(Curve curve, int k) {
        Rectangle2D plot = plot();
        return new Point2D(plot.getMinX() + position(k, curve.mean().length) * plot.getWidth(),
                yOf(plot, curve.mean()[k], -range, range));
    }

    @Override
    protected void drawPoints(GraphicsContext gc) {
        yAxis(gc, -range, range, new double[] {-range, -range / 2, 0, range / 2, range}, CanvasChart::decimal);
        Rectangle2D plot = plot();
        for (double position : POSITIONS) {
            double x = crisp(plot.getMinX() + position * plot.getWidth());
            gc.setStroke(palette().grid());
            gc.strokeLine(x, plot.getMinY(), x, plot.getMaxY());
            xLabel(gc, Math.round(position * 100) + "%", x);
        }
        for (Curve curve : curves) {
            if (curve.density() != null) {
                band(gc, curve);
            }
        }
        gc.setLineWidth(1.5);
        for (Curve curve : curves) {
            double[] xs = new double[curve.kept().length];
            double[] ys = new double[xs.length];
            for (int i = 0; i < xs.length; i++) {
                Point2D p = pixel(curve, curve.kept()[i]);
                xs[i] = p.getX();
                ys[i] = curve.density() == null ? p.getY() : yOf(plot, curve.density().mean()[i], -range, range);
            }
            gc.setStroke(curve.color());
            gc.strokePolyline(xs, ys, xs.length);
        }
        gc.setLineWidth(1);
        legend(gc);
    }

    /** Per pixel column, the band from the lowest to the highest rolling mean of a curve's points there. */
    private void band(GraphicsContext gc, Curve curve) {
        Rectangle2D plot = plot();
        Downsampling.Extremes density = curve.density();
        gc.setFill(curve.color().deriveColor(0, 1, 1, 0.25));
        for (int column = 0; column < density.columns(); column++) {
            double top = yOf(plot, curve.mean()[density.maxIndex()[column]], -range, range);
            double bottom = yOf(plot, curve.mean()[density.minIndex()[column]], -range, range);
            gc.fillRect(plot.getMinX() + column, top, 1, Math.max(1, bottom - top));
        }
    }

    /** A swatch and the name of each curve above the plot, then how many documents were left out. */
    private void legend(GraphicsContext gc) {
        Rectangle2D plot = plot();
        double x = plot.getMinX();
        double y = plot.getMinY() - 12;
        gc.setFont(AXIS_FONT);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        for (Curve curve : curves) {
            String name = fit(curve.name(), AXIS_FONT, Math.min(160, plot.getMaxX() - x - 14));
            if (name.isEmpty()) {
                return;
            }
            gc.setFill(curve.color());
            gc.fillRect(x, y - 4, 10, 8);
            gc.setFill(palette().text());
            gc.fillText(name, x + 14, y);
            x += 14 + textWidth(name, AXIS_FONT) + 14;
        }
        if (leftOut > 0) {
            gc.fillText(fit("+" + count(leftOut) + " more not shown", AXIS_FONT, plot.getMaxX() - x), x, y);
        }
    }
}
