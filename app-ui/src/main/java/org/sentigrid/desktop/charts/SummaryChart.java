package org.sentigrid.desktop.charts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import org.sentigrid.summary.SummaryCsv;
import org.sentigrid.summary.Tally;

/**
 * A chart of {@code summarize}'s rows, counted elsewhere (by the same {@link Tally}): it draws the rows it is
 * given, and its table of numbers is those rows as {@code summarize} writes them.
 */
public abstract class SummaryChart extends CanvasChart {
    private List<Tally.Row> rows = List.of();

    protected SummaryChart(ScoredPoints points, String emptyHint) {
        super(points, emptyHint);
    }

    /** Draws {@code source}'s rows now and whenever they change. */
    public final void follow(ObservableValue<List<Tally.Row>> source) {
        setRows(source.getValue());
        source.addListener((obs, old, now) -> setRows(now));
    }

    /** The rows to draw, in this order. */
    public final void setRows(List<Tally.Row> shown) {
        rows = List.copyOf(shown);
        refresh();
    }

    protected final List<Tally.Row> rows() {
        return rows;
    }

    /** Reads nothing: the rows are counted elsewhere, and drawing reads them. */
    @Override
    protected void update() {
    }

    /**
     * The rows drawn, each as {@code summarize} writes it: group, period (for rows of periods), units, mean compound
     * and its 95% interval (4 decimals; no interval for one unit).
     */
    @Override
    public final ChartNumbers numbers() {
        List<Tally.Row> shown = rows;
        Map<String, Function<Tally.Row, String>> columns = new LinkedHashMap<>();
        columns.put("Group", Tally.Row::group);
        if (shown.stream().anyMatch(row -> row.period() != null)) {
            columns.put("Period", row -> row.period().toString());
        }
        columns.put("Units", row -> Long.toString(row.units()));
        columns.put("Mean compound", row -> SummaryCsv.decimal(row.meanCompound()));
        columns.put("95% low", row -> SummaryCsv.decimal(row.ci95Low()));
        columns.put("95% high", row -> SummaryCsv.decimal(row.ci95High()));
        List<Function<Tally.Row, String>> cells = List.copyOf(columns.values());
        return new ChartNumbers(List.copyOf(columns.keySet()), shown.size(), (row, column) -> cells.get(column).apply(shown.get(row)));
    }
}
