package org.sentigrid.desktop.charts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.text.TextAlignment;
import org.sentigrid.summary.Tally;

/**
 * A line per group of its mean compound over the periods that have units ({@code summarize --time}'s rows),
 * and beneath, a bar per period of its units (all groups). A click on a line's point picks that group and
 * period; a click on a bar, the period (all groups).
 */
public final class TimeChart extends SummaryChart {
    /** The share of the plot's height the unit counts take, at its bottom. */
    private static final double COUNTS_SHARE = 0.25;
    private static final double GAP = 8;
    /** Room at the right of the plot for the groups' legend. */
    private static final double LEGEND = 130;

    private List<LocalDate> periods = List.of();
    /** Per group (in order), its mean per period (NaN where it has no units). */
    private final Map<String, double[]> means = new LinkedHashMap<>();
    private long[] units = new long[0];
    /** The range of the mean compound axis: the means', in quarters, at least one quarter wide. */
    private double low = -1;
    private double high = 1;
    private BiConsumer<String, LocalDate> onPick = (group, period) -> { };

    public TimeChart(ScoredPoints points) {
        super(points, "Analyze a table with a date column, and choose it above.");
        addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.isStillSincePress()) {
                pick(event.getX(), event.getY());
            }
        });
    }

    /** Reads {@code summarize --time}'s rows into the periods, each group's line and the units per period. */
    @Override
    protected void update() {
        List<Tally.Row> rows = rows();
        TreeMap<LocalDate, Integer> order = new TreeMap<>();
        rows.forEach(row -> order.put(row.period(), 0));
        periods = new ArrayList<>(order.keySet());
        for (int p = 0; p < periods.size(); p++) {
            order.put(periods.get(p), p);
        }
        means.clear();
        units = new long[periods.size()];
        for (Tally.Row row : rows) {
            int p = order.get(row.period());
            means.computeIfAbsent(row.group(), g -> {
                double[] line = new double[periods.size()];
                java.util.Arrays.fill(line, Double.NaN);
                return line;
            })[p] = row.meanCompound();
            units[p] += row.units();
        }
        double least = rows.stream().mapToDouble(Tally.Row::meanCompound).min().orElse(-1);
        double most = rows.stream().mapToDouble(Tally.Row::meanCompound).max().orElse(1);
        low = Math.max(-1, Math.floor(least * 4 - 0.2) / 4);
        high = Math.min(1, Math.ceil(most * 4 + 0.2) / 4);
    }

    /** The periods drawn, in time order. */
    public List<LocalDate> periods() {
        return periods;
    }

    /** The units of each period (all groups), in {@link #periods()} order. */
    public long[] units() {
        return units.clone();
    }

    /** The groups drawn, each a line. */
    public List<String> groups() {
        return List.copyOf(means.keySet());
    }

    /** Told the group (null for all, from a bar) and the period clicked. */
    public void setOnPick(BiConsumer<String, LocalDate> pick) {
        onPick = pick;
    }

    @Override
    protected String title() {
        return "Mean compound per period, a line per group; units per period beneath";
    }

    @Override
    protected String xTitle() {
        return "Period (its first day)";
    }

    @Override
    protected String yTitle() {
        return "Mean compound";
    }

    /** The plot less the legend's room at its right. */
    private Rectangle2D data() {
        Rectangle2D plot = plot();
        return new Rectangle2D(plot.getMinX(), plot.getMinY(), Math.max(1, plot.getWidth() - LEGEND), plot.getHeight());
    }

    private Rectangle2D lines() {
        Rectangle2D data = data();
        return new Rectangle2D(data.getMinX(), data.getMinY(), data.getWidth(), data.getHeight() * (1 - COUNTS_SHARE) - GAP);
    }

    private Rectangle2D bars() {
        Rectangle2D data = data();
        double height = data.getHeight() * COUNTS_SHARE;
        return new Rectangle2D(data.getMinX(), data.getMaxY() - height, data.getWidth(), height);
    }

    /** Where period {@code p} is drawn across. */
    public double xOf(int p) {
        Rectangle2D data = data();
        double step = data.getWidth() / Math.max(1, periods.size());
        return data.getMinX() + (p + 0.5) * step;
    }

    /** Where {@code group}'s point of period {@code p} is drawn down. */
    public double yOf(String group, int p) {
        return CanvasChart.yOf(lines(), means.get(group)[p], low, high);
    }

    /** The middle of period {@code p}'s bar of units, down. */
    public double barY() {
        Rectangle2D bars = bars();
        return bars.getMaxY() - 2;
    }

    private void pick(double x, double y) {
        if (periods.isEmpty()) {
            return;
        }
        Rectangle2D data = data();
        int p = (int) Math.floor((x - data.getMinX()) / (data.getWidth() / periods.size()));
        if (p < 0 || p >= periods.size() || y < data.getMinY() || y > data.getMaxY()) {
            return;
        }
        if (y >= bars().getMinY()) {
            onPick.accept(null, periods.get(p));
            return;
        }
        String nearest = null;
        double distance = Double.MAX_VALUE;
        for (Map.Entry<String, double[]> line : means.entrySet()) {
            if (!Double.isNaN(line.getValue()[p]) && Math.abs(yOf(line.getKey(), p) - y) < distance) {
                distance = Math.abs(yOf(line.getKey(), p) - y);
                nearest = line.getKey();
            }
        }
        if (nearest != null) {
            onPick.accept(nearest, periods.get(p));
        }
    }

    @Override
    protected void draw(GraphicsContext gc) {
        if (periods.isEmpty()) {
            gc.setFill(palette().text());
            gc.setFont(LABEL_FONT);
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.CENTER);
            Rectangle2D plot = plot();
            gc.fillText("Choose a time column above (a column of dates in the table analyzed).",
                    plot.getMinX() + plot.getWidth() / 2, plot.getMinY() + plot.getHeight() / 2);
            return;
        }
        Rectangle2D lines = lines();
        Rectangle2D bars = bars();
        gc.setFont(AXIS_FONT);
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.CENTER);
        gc.setLineWidth(1);
        for (double tick = low; tick <= high + 1e-9; tick += high - low > 1 ? 0.5 : 0.25) {
            double y = crisp(CanvasChart.yOf(lines, tick, low, high));
            gc.setStroke(Math.abs(tick) < 1e-9 ? palette().axis() : palette().grid());
            gc.strokeLine(lines.getMinX(), y, lines.getMaxX(), y);
            gc.setFill(palette().text());
            gc.fillText(decimal(tick), lines.getMinX() - 6, y);
        }
        long most = java.util.Arrays.stream(units).max().orElse(1);
        double step = bars.getWidth() / periods.size();
        for (int p = 0; p < periods.size(); p++) {
            double height = units[p] / (double) most * (bars.getHeight() - 14);
            gc.setFill(palette().axis());
            gc.fillRect(xOf(p) - Math.max(1, step * 0.35), bars.getMaxY() - height, Math.max(2, step * 0.7), height);
        }
        gc.setFill(palette().text());
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.fillText(count(most), bars.getMinX() - 6, bars.getMaxY() - (bars.getHeight() - 14));
        gc.fillText("units", bars.getMinX() - 6, bars.getMaxY() - 6);
        double every = Math.max(1, Math.ceil(textWidth("2024-12-31", AXIS_FONT) * 1.3 / step));
        for (int p = 0; p < periods.size(); p += (int) every) {
            xLabel(gc, periods.get(p).toString(), xOf(p));
        }
        int colour = 0;
        for (Map.Entry<String, double[]> line : means.entrySet()) {
            gc.setStroke(LabelColors.document(colour));
            gc.setFill(LabelColors.document(colour));
            gc.setLineWidth(2);
            double[] values = line.getValue();
            int previous = -1;
            for (int p = 0; p < values.length; p++) {
                if (Double.isNaN(values[p])) {
                    continue;
                }
                double y = yOf(line.getKey(), p);
                if (previous >= 0) {
                    gc.strokeLine(xOf(previous), yOf(line.getKey(), previous), xOf(p), y);
                }
                gc.fillOval(xOf(p) - 3.5, y - 3.5, 7, 7);
                previous = p;
            }
            colour++;
        }
        legend(gc, lines);
    }

    /** The groups' colours, at the top right of the lines. */
    private void legend(GraphicsContext gc, Rectangle2D lines) {
        gc.setFont(AXIS_FONT);
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        double y = lines.getMinY() + 6;
        double x = lines.getMaxX() + 12;
        int colour = 0;
        for (String group : means.keySet()) {
            if (y > lines.getMaxY() - 6) {
                gc.setFill(palette().text());
                gc.fillText("+" + count(means.size() - colour) + " more", x, y);
                break;
            }
            gc.setFill(LabelColors.document(colour));
            gc.fillRect(x, y - 5, 10, 10);
            gc.setFill(palette().text());
            gc.fillText(fit(group.isEmpty() ? "(no value)" : group, AXIS_FONT, LEGEND - 30), x + 14, y);
            y += 15;
            colour++;
        }
    }
}
