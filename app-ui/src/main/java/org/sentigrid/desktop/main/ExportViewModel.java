package org.sentigrid.desktop.main;

import static org.sentigrid.desktop.main.StatusViewModel.plural;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.stream.IntStream;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.image.Image;
import org.sentigrid.desktop.export.Exporter;
import org.sentigrid.desktop.results.DocumentSummary;
import org.sentigrid.desktop.results.ResultStore;
import org.sentigrid.format.RowFormat;

/**
 * File › Export of the main screen: the results, the rows shown, the summary or a chart's picture, written by
 * the {@link Exporter} on the background executor from a copy taken on the FX thread. Each export ends in one
 * sentence: what was saved, or why not.
 */
public final class ExportViewModel {
    private final Executor background;
    /** Runs on the FX thread what the background work came to. */
    private final Executor fx;
    private final StatusViewModel status;
    private final ResultsViewModel results;
    private final ObservableDoubleValue threshold;

    ExportViewModel(Executor background, Executor fx, StatusViewModel status, ResultsViewModel results,
            ObservableDoubleValue threshold) {
        this.background = background;
        this.fx = fx;
        this.status = status;
        this.results = results;
        this.threshold = threshold;
    }

    /**
     * Writes the results in the background, as analyze would: all of them in document order, or only the
     * rows the table shows, in the order shown. Says when done or why not.
     */
    public void exportResults(Path file, RowFormat format, boolean shownRowsOnly) {
        ResultStore copy = results.store().copy();
        int[] indices = shownRowsOnly ? results.rows().indices() : IntStream.range(0, copy.size()).toArray();
        double labelThreshold = threshold.get();
        inBackground("Saved " + plural(indices.length, shownRowsOnly ? "row" : "result") + " to " + file.getFileName() + ".",
                "Could not save " + file, () -> Exporter.writeResults(copy, indices, labelThreshold, format, file));
    }

    /** Writes the results as an Excel workbook, as {@code analyze --format xlsx} does: all, or the rows the table shows. */
    public void exportXlsx(Path file, boolean shownRowsOnly) {
        ResultStore copy = results.store().copy();
        int[] indices = shownRowsOnly ? results.rows().indices() : IntStream.range(0, copy.size()).toArray();
        double labelThreshold = threshold.get();
        inBackground("Saved " + plural(indices.length, shownRowsOnly ? "row" : "result") + " to " + file.getFileName() + ".",
                "Could not save " + file, () -> Exporter.writeXlsx(copy, indices, labelThreshold, file));
    }

    /** Writes the per-document summary as CSV. */
    public void exportSummary(Path file) {
        List<DocumentSummary> now = List.copyOf(results.summaries());
        inBackground("Saved the summary to " + file.getFileName() + ".", "Could not save " + file,
                () -> Exporter.writeSummary(now, file));
    }

    /** Writes a picture (a chart's snapshot) as PNG. */
    public void exportImage(Image image, Path file) {
        inBackground("Saved the chart to " + file.getFileName() + ".", "Could not save " + file,
                () -> Exporter.writePng(image, file));
    }

    /** A file task that ends in one sentence: what was done, or what went wrong and that nothing else is lost. */
    private void inBackground(String done, String failed, IoTask task) {
        background.execute(() -> {
            try {
                task.run();
                fx.execute(() -> status.set(done));
            } catch (IOException | RuntimeException e) {
                String reason = e.getMessage() == null ? e.toString() : e.getMessage();
                fx.execute(() -> status.notice(failed + ": " + reason + ". Your results are still here; try another place."));
            }
        });
    }

    private interface IoTask {
        void run() throws IOException;
    }
}
