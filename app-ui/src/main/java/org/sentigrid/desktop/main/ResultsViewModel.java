package org.sentigrid.desktop.main;

import static org.sentigrid.desktop.main.StatusViewModel.plural;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.stream.IntStream;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sentigrid.api.SentimentLabel;
import org.sentigrid.api.SentimentScores;
import org.sentigrid.desktop.analysis.DocumentInput;
import org.sentigrid.desktop.charts.ScoredPoints;
import org.sentigrid.desktop.results.DocumentSummary;
import org.sentigrid.desktop.results.ResultRows;
import org.sentigrid.desktop.results.ResultStore;
import org.sentigrid.desktop.results.RowQuery;
import org.sentigrid.desktop.results.SummaryTally;
import org.sentigrid.text.TextUnit;

/**
 * The results and how the main screen shows them: the table's rows under its filter, sort and limit, the
 * per-document summary, the charts' points and the selected unit. While a job runs, the count shown, the
 * summary and the charts catch up with the results only when told to ({@link #showCount}, {@link #catchUpTable}):
 * the job decides how often. Queries that take long run on the background executor. FX thread.
 */
public final class ResultsViewModel {
    private final Executor background;
    /** Runs on the FX thread what the background work found. */
    private final Executor fx;
    private final StatusViewModel status;
    private final DoubleProperty threshold;

    private final ResultStore store = new ResultStore();
    private final ResultRows rows = new ResultRows(store);
    private final SummaryTally tally = new SummaryTally(SentimentLabel.DEFAULT_THRESHOLD);
    private RowQuery query = RowQuery.all(SentimentLabel.DEFAULT_THRESHOLD);
    private long queryVersion;
    /** The first unit of the store not yet in the table's rows. */
    private int rowsFrom;
    /**
     * The units the window shows: the one count that the progress text, the summary, the charts and the row count
     * all give while a job runs. It catches up with the results a few times a second ({@link #showCount}).
     */
    private final ReadOnlyIntegerWrapper unitsShown = new ReadOnlyIntegerWrapper();
    private final ReadOnlyLongWrapper resultsVersion = new ReadOnlyLongWrapper();
    private final ObservableList<DocumentSummary> summaries = FXCollections.observableArrayList();
    /* Made once: a view listens to its list only weakly (see StatusViewModel's notices). */
    private final ObservableList<DocumentSummary> summariesView = FXCollections.unmodifiableObservableList(summaries);
    /** The results as far as {@link #unitsShown} goes: what the charts draw. */
    private final ScoredPoints shownPoints = new ShownPoints(store, unitsShown);
    private final IntegerProperty selectedIndex = new SimpleIntegerProperty(-1);
    /** What the rows the table is limited to are ({@link #showOnly}); "" when it is not. */
    private final ReadOnlyStringWrapper onlyShown = new ReadOnlyStringWrapper("");
    /** The documents the results came from, in the store's order of documents (as the job or the session had them). */
    private List<DocumentInput> analyzed = List.of();
    /** Whether the results are the rows of an Evaluate cell ({@link #showEvaluated}), which a cell may replace. */
    private boolean evaluatedShown;

    ResultsViewModel(Executor background, Executor fx, StatusViewModel status, DoubleProperty threshold) {
        this.background = background;
        this.fx = fx;
        this.status = status;
        this.threshold = threshold;
        threshold.addListener((obs, old, now) -> {
            query = query.withThreshold(now.doubleValue());
            tally.reset(store, now.doubleValue());
            if (!query.isIdentity()) {
                requery();
            }
            redraw();
        });
    }

    // ---- what the table shows --------------------------------------------------------------------

    /** Sorts the table by these keys (empty: the order of the documents), in the background. */
    public void sort(List<RowQuery.SortKey> keys) {
        query = query.withSort(keys);
        requery();
    }

    /**
     * The table shows only these units (a group, a period, a matrix cell), under its label and text filter and
     * its sort; {@code what} says which they are, until {@link #showAllRows}.
     */
    public void showOnly(int[] indices, String what) {
        BitSet only = new BitSet(store.size());
        for (int index : indices) {
            only.set(index);
        }
        query = query.withOnly(only);
        onlyShown.set(what);
        status.set(String.format(Locale.ENGLISH, "The table shows the %s of %s.", plural(indices.length, "unit"), what));
        requery();
    }

    /** The table shows every unit again (as its filter and sort have them). */
    public void showAllRows() {
        query = query.withOnly(null);
        onlyShown.set("");
        requery();
    }

    /** The table shows the rows of these labels that contain this text ("" for any). */
    void filter(Set<SentimentLabel> labels, String text) {
        query = query.withFilter(labels, text);
        requery();
    }

    /**
     * Rebuilds the table's rows for the query: at once when it shows everything, else in the background
     * from a copy; units that arrive meanwhile are appended after it ({@code rowsFrom}).
     */
    private void requery() {
        long version = ++queryVersion;
        rowsFrom = shown();
        if (query.isIdentity()) {
            int[] all = new int[rowsFrom];
            for (int i = 0; i < all.length; i++) {
                all[i] = i;
            }
            rows.show(all);
            return;
        }
        RowQuery wanted = query;
        ResultStore copy = store.copy();
        background.execute(() -> {
            int[] shown = wanted.apply(copy);
            fx.execute(() -> {
                if (version == queryVersion) {
                    rows.show(shown);
                    rowsFrom = copy.size();
                    redraw();
                }
            });
        });
    }

    /**
     * Puts new scores in place of some units' (the lexicon editor's live effect, for the units that contain
     * a changed word); the table, charts and summaries show them.
     */
    public void rescore(int[] indices, SentimentScores[] scores) {
        for (int i = 0; i < indices.length; i++) {
            store.setScores(indices[i], scores[i]);
        }
        tally.reset(store, threshold.get());
        requery();
        redraw();
    }

    // ---- what comes in and what goes ------------------------------------------------------------

    /** A job starts on these documents: its results go after those in the store (none, unless it goes on with one). */
    void analyzing(List<DocumentInput> documents) {
        analyzed = documents;
    }

    /** Takes in the job's results (shown at the next {@link #showCount} and {@link #catchUpTable}). */
    void take(List<TextUnit> units, List<SentimentScores> scores, String worker) {
        int from = store.size();
        for (int i = 0; i < units.size(); i++) {
            store.add(units.get(i), scores.get(i), worker);
            tally.add(store.document(from + i), scores.get(i).compound());
        }
    }

    /** The job is over: a filtered or sorted table is queried again (new rows only went at its end), and all is shown. */
    void jobEnded() {
        if (!query.isIdentity()) {
            requery();
        }
        redraw();
    }

    /** No results any more; the window shows none. */
    void clear() {
        evaluatedShown = false;
        store.clear();
        showReplaced();
    }

    /** Moves the results out of the store (for Clear all's Undo); the window shows none. */
    ResultStore takeAway() {
        ResultStore taken = new ResultStore();
        taken.replaceWith(store);
        showReplaced();
        return taken;
    }

    /** Puts back what {@link #takeAway} took. */
    void putBack(ResultStore taken) {
        store.replaceWith(taken);
        tally.reset(store, threshold.get());
        showAllRows();
        redraw();
    }

    /** Shows a session's (or a journal's) results, of these documents, in place of what is shown. */
    void showSaved(ResultStore saved, List<DocumentInput> documents) {
        store.replaceWith(saved);
        analyzed = documents;
        showReplaced();
    }

    /** The table, charts and summary show the results that replaced those shown (or none), and nothing is selected. */
    private void showReplaced() {
        tally.reset(store, threshold.get());
        selectedIndex.set(-1);
        showAllRows();
        redraw();
    }

    /** Whether results of the user's own analysis are shown (an Evaluate cell's rows must not replace them). */
    boolean holdsAnalysis() {
        return store.size() > 0 && !evaluatedShown;
    }

    /** Shows the units an Evaluate cell's table scored as the results, and the table only {@code cell}'s of them. */
    void showEvaluated(String source, List<TextUnit> units, List<SentimentScores> scores, int[] cell, String what) {
        clear();
        analyzed = List.of();
        evaluatedShown = true;
        store.addDocument(source);
        for (int i = 0; i < units.size(); i++) {
            store.add(units.get(i), scores.get(i), "Evaluate");
        }
        tally.reset(store, threshold.get());
        redraw();
        showOnly(cell, what);
    }

    // ---- catching up while a job runs -----------------------------------------------------------

    /**
     * The table, charts and summaries catch up with the results. Not every pulse: each catch-up lays the
     * table out again and reads every unit for the chart in view.
     */
    void redraw() {
        showCount();
        catchUpTable();
    }

    /** The count shown becomes the results so far, and the summaries and the charts show as many. */
    void showCount() {
        unitsShown.set(store.size());
        summaries.setAll(tally.summaries(store));
        resultsVersion.set(resultsVersion.get() + 1);
    }

    /** The units shown, at most the results there are (which a new job or a session may just have replaced). */
    int shown() {
        return Math.min(unitsShown.get(), store.size());
    }

    /** The table's rows catch up with the units shown. */
    void catchUpTable() {
        if (rowsFrom < shown()) {
            appendRows(rowsFrom);
            rowsFrom = shown();
        }
    }

    /** Adds the units from {@code from} up to those shown to the table's rows (those the filter lets through). */
    private void appendRows(int from) {
        // In a filtered or sorted view, the new rows that pass go at the end; the sort is redone when the job ends.
        rows.append(IntStream.range(from, shown())
                .filter(i -> query.isIdentity() || query.accepts(i, store.compound(i), store.text(i)))
                .toArray());
    }

    // ---- properties ------------------------------------------------------------------------------

    /** What the table is limited to ({@link #showOnly}), e.g. "group \"a\""; "" when it shows every unit. */
    public ReadOnlyStringProperty onlyShownProperty() {
        return onlyShown.getReadOnlyProperty();
    }

    /** The documents the results came from, in the results' order of documents. */
    public List<DocumentInput> analyzedDocuments() {
        return analyzed;
    }

    /** The selected unit's index in the results (the table's row and the charts' mark); -1 for none. */
    public IntegerProperty selectedIndexProperty() {
        return selectedIndex;
    }

    /** The units the window shows (see {@link #unitsShown}). */
    public ReadOnlyIntegerProperty unitsShownProperty() {
        return unitsShown.getReadOnlyProperty();
    }

    /** The results as far as the window shows them: what the charts draw. */
    public ScoredPoints shownResults() {
        return shownPoints;
    }

    /** Changes whenever charts should redraw (results came in, or the threshold changed). */
    public ReadOnlyLongProperty resultsVersionProperty() {
        return resultsVersion.getReadOnlyProperty();
    }

    public ObservableList<DocumentSummary> summaries() {
        return summariesView;
    }

    /** Every result, shown or not yet. */
    public ResultStore store() {
        return store;
    }

    /** The table's rows. */
    public ResultRows rows() {
        return rows;
    }
}
