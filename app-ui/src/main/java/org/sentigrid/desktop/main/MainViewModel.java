package org.sentigrid.desktop.main;

import org.sentigrid.analysis.PieceScorers;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import org.sentigrid.api.EngineMode;
import org.sentigrid.api.SentimentScores;
import org.sentigrid.desktop.analysis.AnalysisRequest;
import org.sentigrid.desktop.analysis.DocumentInput;
import org.sentigrid.desktop.session.Sessions;
import org.sentigrid.engine.SentimentAnalyzer;
import org.sentigrid.text.TextUnit;

/**
 * The main screen, as parts that each hold one concern's state: the status bar and notices, the settings,
 * the documents, the results and how the table shows them, the running job, export and saved sessions.
 * This class makes them and does what takes several of them (Analyze). They live on the FX thread; everything
 * slow (reading, scoring, sorting, writing) runs on the injected executor.
 */
public final class MainViewModel {
    private final Executor background;
    private final Sessions sessions;
    private final StatusViewModel status = new StatusViewModel();
    private final SettingsViewModel settings = new SettingsViewModel(status);
    private final ResultsViewModel results;
    private final TableFilterViewModel filter;
    private final JobViewModel job;
    private final DocumentsViewModel documents;
    private final ExportViewModel export;
    private final SessionViewModel sessionModel;

    public MainViewModel(Executor background, CompletableFuture<? extends PieceScorers> scorer, Sessions sessions) {
        this.background = background;
        this.sessions = sessions;
        Executor fx = Platform::runLater;
        this.results = new ResultsViewModel(background, fx, status, settings.thresholdProperty());
        this.filter = new TableFilterViewModel(results);
        this.job = new JobViewModel(background, scorer, status, results);
        this.documents = new DocumentsViewModel(background, fx, status, results, job.runningProperty());
        this.export = new ExportViewModel(background, fx, status, results, settings.thresholdProperty());
        this.sessionModel = new SessionViewModel(background, sessions, status, settings, documents, results, job);
    }

    /** Analyzes every document with text on the grid; the previous results are replaced. */
    public void analyze() {
        if (job.isRunning()) {
            return;
        }
        List<DocumentInput> inputs = documents.inputs();
        if (inputs.isEmpty()) {
            status.set("Nothing to analyze: type or paste some text, or open files (Ctrl+O).");
            return;
        }
        clearResults();
        job.start(new AnalysisRequest(inputs, settings.engineProperty().get(), settings.overlayProperty().get(),
                settings.splitProperty().get(), AnalysisRequest.ResumePoint.START),
                sessions.newJournal(settings.sessionSettings(), inputs), 0);
    }

    /** New results will come: what Clear all took away does not come back over them. */
    private void clearResults() {
        documents.forgetCleared();
        results.clear();
    }

    /**
     * Adds files and the text files in folders ({@link DocumentsViewModel#addFiles}); with {@code thenAnalyze},
     * analysis starts when they are in (if any is).
     */
    public void addFiles(List<Path> paths, boolean thenAnalyze) {
        documents.addFiles(paths, thenAnalyze ? this::analyze : () -> { });
    }

    /** Re-runs the job when there are results to redo (after the engine or split changed). */
    public void rerunIfAnalyzed() {
        if (results.store().size() > 0 && !job.isRunning() && !settings.isRestoring()) {
            analyze();
        }
    }

    /**
     * Shows the rows a table the Evaluate tab measured as the results, each row a unit scored whole by {@code mode}
     * (as that tab scores them, without the overlay), and the table only {@code cell}'s of them. Only when that
     * loses nothing: results of the user's own analysis stay, and the cell's rows are in the Evaluate tab's table.
     */
    public void showEvaluated(String source, EngineMode mode, List<TextUnit> units, int[] cell, String what) {
        if (job.isRunning()) {
            status.set("The analysis is still running: cancel it (Esc) first, then pick the cell again.");
            return;
        }
        if (results.holdsAnalysis()) {
            status.set("The cell's rows are in the Evaluate tab's table; the main table keeps your analysis's results"
                    + " (clear them to see the cell's rows there).");
            return;
        }
        background.execute(() -> {
            SentimentAnalyzer scoring = SentimentAnalyzer.of(mode);
            List<SentimentScores> scores = units.stream().map(unit -> scoring.score(unit.text())).toList();
            Platform.runLater(() -> {
                if (job.isRunning()) {
                    return;
                }
                documents.forgetCleared();
                results.showEvaluated(source, units, scores, cell, what);
            });
        });
    }

    /** Tells the user something in one plain sentence (the view shows it as a notification). */
    public void notice(String message) {
        status.notice(message);
    }

    /** The status bar (progress and status line) and the notices. */
    public StatusViewModel status() {
        return status;
    }

    /** The engine, split, threshold, arc window and lexicon overlay. */
    public SettingsViewModel settings() {
        return settings;
    }

    /** The documents and the text box. */
    public DocumentsViewModel documents() {
        return documents;
    }

    /** The results, the table's rows, the summary, the charts' points and the selected unit. */
    public ResultsViewModel results() {
        return results;
    }

    /** The table's label and text filter. */
    public TableFilterViewModel filter() {
        return filter;
    }

    /** The running job. */
    public JobViewModel job() {
        return job;
    }

    /** File › Export. */
    public ExportViewModel export() {
        return export;
    }

    /** Saving and opening sessions, and the job the app did not finish. */
    public SessionViewModel sessions() {
        return sessionModel;
    }
}
