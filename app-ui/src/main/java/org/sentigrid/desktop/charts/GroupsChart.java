package org.sentigrid.desktop.charts;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.text.TextAlignment;
import org.sentigrid.summary.Tally;

/**
 * Each group's mean compound with its 95% interval ({@code summarize}'s rows, in the order given): a row per
 * group, its name at the left, a dot at the mean and a line across the interval, its unit count at the right
 * (as many groups as have a row of at least {@value #MIN_ROW} pixels; the last row says how many more there
 * are). A click on a row picks its group.
 */
public final class GroupsChart extends SummaryChart {
    private static final double MIN_ROW = 18;
    private static final double[] TICKS = {-1, -0.5, 0, 0.5, 1};

    private Consumer<Tally.Row> onPick = row -> { };
    /** Rows drawn on screen, as of the last drawing: for clicks. */
    private int rowsShown;

    public GroupsChart(ScoredPoints points) {
        super(points, "Analyze some text to see its groups.");
        addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.isStillSincePress()) {
                int row = rowAt(event.getY());
                if (row >= 0) {
                    onPick.accept(rows().get(row));
                }
            }
        });
    }

    /** Told the group clicked. */
    public void setOnPick(Consumer<Tally.Row> pick) {
        onPick = pick;
    }

    /** The index of the group drawn at {@code y} (chart coordinates), -1 for none. */
    private int rowAt(double y) {
        Rectangle2D plot = plot();
        int row = (int) Math.floor((y - plot.getMinY()) / rowHeight(plot));
        return y < plot.getMinY() || row >= rowsShown ? -1 : row;
    }

    /** Where the middle of group {@code index}'s row is drawn (chart coordinates). */
    public double rowMiddle(int index) {
        Rectangle2D plot = plot();
        return plot.getMinY() + (index + 0.5) * rowHeight(plot);
    }

    @Override
    protected String title() {
        return "Mean compound by group, with 95% intervals";
    }

    @Override
    protected String xTitle() {
        return "Mean compound (the line: its 95% interval)";
    }

    private double rowHeight(Rectangle2D plot) {
        int fits = (int) Math.max(1, Math.floor(plot.getHeight() / MIN_ROW));
        return plot.getHeight() / Math.max(1, Math.min(rows().size(), fits));
    }

    @Override
    protected void draw(GraphicsContext gc) {
        Rectangle2D plot = plot();
        if (rows().isEmpty()) {
            rowsShown = 0;
            return;
        }
        double row = rowHeight(plot);
        int fits = (int) Math.round(plot.getHeight() / row);
        rowsShown = fits < rows().size() ? fits - 1 : rows().size();
        double nameWidth = Math.min(200, plot.getWidth() * 0.25);
        double countWidth = textWidth("n = 0,000,000", AXIS_FONT);
        double left = plot.getMinX() + nameWidth + 8;
        double right = plot.getMaxX() - countWidth - 8;
        gc.setLineWidth(1);
        gc.setFont(AXIS_FONT);
        gc.setTextBaseline(VPos.TOP);
        gc.setTextAlign(TextAlignment.CENTER);
        for (double tick : TICKS) {
            double x = crisp(xOf(tick, left, right));
            gc.setStroke(tick == 0 ? palette().axis() : palette().grid());
            gc.strokeLine(x, plot.getMinY(), x, plot.getMaxY());
            gc.setFill(palette().text());
            gc.fillText(decimal(tick), x, plot.getMaxY() + 5);
        }
        for (int r = 0; r < rowsShown; r++) {
            Tally.Row group = rows().get(r);
            double middle = plot.getMinY() + (r + 0.5) * row;
            gc.setFill(palette().text());
            gc.setFont(LABEL_FONT);
            gc.setTextBaseline(VPos.CENTER);
            gc.setTextAlign(TextAlignment.LEFT);
            gc.fillText(fit(group.group().isEmpty() ? "(no value)" : group.group(), LABEL_FONT, nameWidth), plot.getMinX(), middle);
            gc.setFont(AXIS_FONT);
            gc.setTextAlign(TextAlignment.RIGHT);
            gc.fillText(String.format(Locale.ENGLISH, "n = %,d", group.units()), plot.getMaxX(), middle);
            gc.setStroke(palette().accent());
            gc.setLineWidth(2);
            if (!Double.isNaN(group.ci95Low())) {
                double low = xOf(Math.max(-1, group.ci95Low()), left, right);
                double high = xOf(Math.min(1, group.ci95High()), left, right);
                gc.strokeLine(low, middle, high, middle);
                gc.strokeLine(low, middle - 4, low, middle + 4);
                gc.strokeLine(high, middle - 4, high, middle + 4);
            }
            gc.setLineWidth(1);
            double mean = xOf(group.meanCompound(), left, right);
            gc.setFill(palette().accent());
            gc.fillOval(mean - 4.5, middle - 4.5, 9, 9);
        }
        if (rowsShown < rows().size()) {
            gc.setFill(palette().text());
            gc.setFont(LABEL_FONT);
            gc.setTextAlign(TextAlignment.LEFT);
            gc.fillText("+" + count(rows().size() - rowsShown) + " more groups (sort them, or export the summary)",
                    plot.getMinX(), plot.getMinY() + (rowsShown + 0.5) * row);
        }
    }

    private static double xOf(double value, double left, double right) {
        return left + (value + 1) / 2 * (right - left);
    }
}
