package org.sentigrid.desktop.reader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sentigrid.desktop.main.MainViewModel;
import org.sentigrid.desktop.results.ResultStore;
import org.sentigrid.engine.Explanation;
import org.sentigrid.engine.SentimentAnalyzer;
import org.sentigrid.text.SplitMode;

/**
 * The reader: the whole text of one document of the results, as runs of its units ({@link ReaderLayout}),
 * each unit with its score and the explanation of its words. It shows the document of the selected unit,
 * and selecting a unit here selects it everywhere. Laid out again when the results or the lexicon change
 * while it is in view (never while it is not); explanations are made as runs come into view, and the last
 * {@value #EXPLAINED} are kept.
 */
public final class ReaderViewModel {
    private static final int EXPLAINED = 4_096;

    private final MainViewModel main;
    private final Executor background;
    private final ObservableList<String> documents = FXCollections.observableArrayList();
    private final IntegerProperty document = new SimpleIntegerProperty(-1);
    private final ObservableList<ReaderRun> runs = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final Map<Integer, Explanation> explained = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Explanation> eldest) {
            return size() > EXPLAINED;
        }
    };
    /** Whether the reader is in view. */
    private boolean shown;
    /** When the document was last laid out (System.nanoTime()). */
    private long laidOutAt;
    /** The last layout asked for: only its runs are shown. */
    private long laidOut;

    public ReaderViewModel(MainViewModel main, Executor background) {
        this.main = main;
        this.background = background;
        main.results().resultsVersionProperty().addListener((obs, old, now) -> {
            // While a job streams in, at most once a second: each time reads the whole document.
            if (!main.job().runningProperty().get() || System.nanoTime() - laidOutAt > 1_000_000_000L) {
                layOut();
            }
        });
        main.job().runningProperty().addListener((obs, was, now) -> layOut());
        main.settings().overlayProperty().addListener((obs, old, now) -> layOut());
        main.settings().engineProperty().addListener((obs, old, now) -> layOut());
        document.addListener((obs, old, now) -> layOut());
        main.results().selectedIndexProperty().addListener((obs, old, now) -> {
            int index = now.intValue();
            if (index >= 0 && index < main.results().store().size()) {
                document.set(main.results().store().document(index));
            }
        });
    }

    /**
     * The reader came into view, or left it. In view, the document is laid out now and again whenever the
     * results change; out of view, not at all (not before it is first shown either).
     */
    public void shown(boolean inView) {
        shown = inView;
        layOut();
    }

    private void layOut() {
        if (!shown) {
            return;
        }
        laidOutAt = System.nanoTime();
        ResultStore results = main.results().store();
        explained.clear();
        List<String> names = new java.util.ArrayList<>();
        for (int d = 0; d < results.documents(); d++) {
            names.add(results.documentName(d));
        }
        if (!names.equals(documents)) {
            documents.setAll(names);
        }
        if (document.get() >= names.size() || document.get() < 0 && !names.isEmpty()) {
            int selected = main.results().selectedIndexProperty().get();
            document.set(selected >= 0 && selected < results.size() ? results.document(selected) : names.isEmpty() ? -1 : 0);
            return; // the document's listener lays it out
        }
        long request = ++laidOut;
        if (document.get() < 0) {
            runs.clear();
            return;
        }
        // Laid out in the background (a 10 MB document is a quarter of a million units), over a copy.
        ResultStore copy = results.copy();
        int shownDocument = document.get();
        SplitMode split = main.settings().splitProperty().get();
        inBackground(() -> {
            List<ReaderRun> made = ReaderLayout.runs(copy, shownDocument, split);
            Platform.runLater(() -> {
                if (request == laidOut) {
                    runs.setAll(made);
                }
            });
        });
    }

    /** The text of the unit at {@code index} of the results. */
    public String text(int index) {
        return main.results().store().text(index);
    }

    /** Its compound, as the table shows it. */
    public double compound(int index) {
        return main.results().store().compound(index);
    }

    /** Why it scored as it did (made now, or kept from before). */
    public Explanation explanation(int index) {
        return explained.computeIfAbsent(index, i -> main.settings().analyzer().explain(main.results().store().text(i)));
    }

    /** Selects a unit in the table, the charts and the explanation. */
    public void select(int index) {
        main.results().selectedIndexProperty().set(index);
    }

    /** The run that holds the unit at {@code index}, or -1. */
    public int runOf(int index) {
        int low = 0;
        int high = runs.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            ReaderRun run = runs.get(middle);
            if (run.lastIndex() < index) {
                low = middle + 1;
            } else if (run.firstIndex() > index) {
                high = middle - 1;
            } else {
                return middle;
            }
        }
        return -1;
    }

    /**
     * The next ({@code step} 1) or previous (-1) unit of the document from the selected one (the first
     * when none of it is selected), or -1 at its ends.
     */
    public int step(int step) {
        ResultStore results = main.results().store();
        int d = document.get();
        if (d < 0 || results.documentSize(d) == 0) {
            return -1;
        }
        int first = results.documentStart(d);
        int last = first + results.documentSize(d) - 1;
        int selected = main.results().selectedIndexProperty().get();
        if (selected < first || selected > last) {
            return first;
        }
        int next = selected + step;
        return next < first || next > last ? -1 : next;
    }

    /**
     * Writes the document in view as a self-contained HTML file, in the background; the status says when
     * it is done, a notice why not.
     */
    public void exportHtml(Path file) {
        int d = document.get();
        if (d < 0) {
            main.notice("There is no document to export yet: analyze some text first.");
            return;
        }
        ResultStore copy = main.results().store().copy();
        SentimentAnalyzer analyzer = main.settings().analyzer();
        double threshold = main.settings().thresholdProperty().get();
        SplitMode split = main.settings().splitProperty().get();
        inBackground(() -> {
            try {
                ReaderHtml.write(file, copy, d, split, analyzer, threshold);
                Platform.runLater(() -> status.set("Saved the reader's view to " + file.getFileName() + "."));
            } catch (IOException | RuntimeException e) {
                String reason = e.getMessage() == null ? e.toString() : e.getMessage();
                Platform.runLater(() -> main.notice("Could not save " + file + ": " + reason
                        + ". Your results are still here; try another place."));
            }
        });
    }

    /** Runs a task in the background; none once the window has closed. */
    private void inBackground(Runnable task) {
        try {
            background.execute(task);
        } catch (RejectedExecutionException closed) {
            // The window is closing: nobody will see it.
        }
    }

    /** The names of the results' documents. */
    public ObservableList<String> documents() {
        return documents;
    }

    /** The document shown, by number; -1 before there are results. */
    public IntegerProperty documentProperty() {
        return document;
    }

    public ObservableList<ReaderRun> runs() {
        return runs;
    }

    public ReadOnlyIntegerProperty selectedIndexProperty() {
        return main.results().selectedIndexProperty();
    }

    public ReadOnlyDoubleProperty thresholdProperty() {
        return main.settings().thresholdProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
