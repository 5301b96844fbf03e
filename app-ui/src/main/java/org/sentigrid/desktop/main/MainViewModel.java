package org.sentigrid.desktop.main;

import org.sentigrid.analysis.PieceScorers;
import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.image.Image;
import org.sentigrid.desktop.export.Exporter;
import org.sentigrid.format.RowFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sentigrid.api.EngineMode;
import org.sentigrid.api.SentimentLabel;
import org.sentigrid.api.SentimentScores;
import org.sentigrid.desktop.analysis.AnalysisJob;
import org.sentigrid.desktop.analysis.AnalysisRequest;
import org.sentigrid.desktop.analysis.DocumentInput;
import org.sentigrid.desktop.analysis.JobEvents;
import org.sentigrid.desktop.analysis.JournalingEvents;
import org.sentigrid.desktop.analysis.WindowLoad;
import org.sentigrid.desktop.charts.ArcChart;
import org.sentigrid.desktop.charts.ScoredPoints;
import org.sentigrid.desktop.results.DocumentSummary;
import org.sentigrid.desktop.results.ResultRows;
import org.sentigrid.desktop.results.ResultStore;
import org.sentigrid.desktop.results.RowQuery;
import org.sentigrid.desktop.results.SummaryTally;
import org.sentigrid.desktop.session.Sessions;
import org.sentigrid.session.SessionSettings;
import org.sentigrid.engine.LexiconOverlay;
import org.sentigrid.engine.SentimentAnalyzer;
import org.sentigrid.text.InputProblem;
import org.sentigrid.text.Source;
import org.sentigrid.text.SplitMode;
import org.sentigrid.text.TablePreview;
import org.sentigrid.text.TextInput;
import org.sentigrid.text.TextUnit;

/**
 * The main screen's state and actions: documents, the running job, the results and how they are
 * shown. Lives on the FX thread; everything slow (reading, scoring, sorting) runs on the injected
 * executor, and results come back in coalesced chunks, at most a frame's budget per pulse, so the FX
 * thread is never held up by a large job.
 */
public final class MainViewModel {
    /** The FX thread spends at most this much of a pulse taking in results. */
    private static final long PULSE_BUDGET_NANOS = Duration.ofMillis(4).toNanos();
    /** The table and the chart in view each catch up this often while results stream in (charts read every unit). */
    private static final long REDRAW_NANOS = Duration.ofMillis(400).toNanos();
    /** How long a catch-up frame (its layout and repaint) is expected to take: the job's threads wait that long. */
    private static final long HEAVY_FRAME_NANOS = Duration.ofMillis(50).toNanos();
    /** The progress bar and its text change ten times a second (each change is a layout and a repaint). */
    private static final long PROGRESS_NANOS = Duration.ofMillis(100).toNanos();
    /** Results enter the FX thread in pieces this large, so one piece never overruns a pulse's budget. */
    private static final int PIECE_UNITS = 1_024;
    /** The job waits while this many results wait for the FX thread. */
    private static final long MAX_UNTAKEN = 20_000;
    private static final long PAUSE_NANOS = Duration.ofMillis(5).toNanos();
    private static final int PREVIEW_ROWS = 5;
    /** The threshold's range: more than 0 and less than 1, as {@code analyze --threshold}, in the box's steps. */
    public static final double MIN_THRESHOLD = 0.01;
    public static final double MAX_THRESHOLD = 0.99;

    private final Executor background;
    private final CompletableFuture<? extends PieceScorers> scorer;
    private final Sessions sessions;
    private final SessionViewModel sessionModel;

    private final ObservableList<DocumentItem> documents = FXCollections.observableArrayList();
    private final ObjectProperty<DocumentItem> selectedDocument = new SimpleObjectProperty<>();
    private final DocumentEditor editor;
    private final ObjectProperty<EngineMode> engine = new SimpleObjectProperty<>(EngineMode.VADER);
    private final ObjectProperty<SplitMode> split = new SimpleObjectProperty<>(SplitMode.SENTENCES);
    private final DoubleProperty threshold = new SimpleDoubleProperty(SentimentLabel.DEFAULT_THRESHOLD);
    private final IntegerProperty arcWindow = new SimpleIntegerProperty(ArcChart.AUTO_WINDOW);
    /** The user's lexicon overlay: the next job scores with it, and sessions and journals keep it. */
    private final ObjectProperty<LexiconOverlay> overlay = new SimpleObjectProperty<>(LexiconOverlay.empty());
    private SentimentAnalyzer analyzer;
    private final BooleanProperty showPositive = new SimpleBooleanProperty(true);
    private final BooleanProperty showNeutral = new SimpleBooleanProperty(true);
    private final BooleanProperty showNegative = new SimpleBooleanProperty(true);
    private final StringProperty filterText = new SimpleStringProperty("");
    private final IntegerProperty selectedIndex = new SimpleIntegerProperty(-1);

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Type or paste text, or open files (Ctrl+O), then Analyze (Ctrl+Enter).");
    private final ReadOnlyLongWrapper resultsVersion = new ReadOnlyLongWrapper();
    /**
     * The units the window shows: the one count that the progress text, the summary, the charts and the row count
     * all give while a job runs. It catches up with the results a few times a second ({@link #showCount}).
     */
    private final ReadOnlyIntegerWrapper unitsShown = new ReadOnlyIntegerWrapper();
    private final ObservableList<String> notices = FXCollections.observableArrayList();
    private final ObservableList<DocumentSummary> summaries = FXCollections.observableArrayList();
    /*
     * The read-only views handed out, made once: a view listens to its list only weakly, so a view made
     * per call, and the listeners put on it, would be collected, and the window would show no notice again.
     */
    private final ObservableList<String> noticesView = FXCollections.unmodifiableObservableList(notices);
    private final ObservableList<DocumentSummary> summariesView = FXCollections.unmodifiableObservableList(summaries);

    private final ResultStore store = new ResultStore();
    private final ResultRows rows = new ResultRows(store);
    /** The results as far as {@link #unitsShown} goes: what the charts draw. */
    private final ScoredPoints shownPoints = new ScoredPoints() {
        @Override
        public int size() {
            return Math.min(unitsShown.get(), store.size());
        }

        @Override
        public double compound(int index) {
            return store.compound(index);
        }

        @Override
        public int documents() {
            return store.documents();
        }

        @Override
        public String documentName(int document) {
            return store.documentName(document);
        }

        @Override
        public int documentStart(int document) {
            return store.documentStart(document);
        }

        @Override
        public int documentSize(int document) {
            return store.documentSize(document);
        }
    };
    private final SummaryTally tally = new SummaryTally(SentimentLabel.DEFAULT_THRESHOLD);
    private RowQuery query = RowQuery.all(SentimentLabel.DEFAULT_THRESHOLD);
    private long queryVersion;

    private final ConcurrentLinkedQueue<Runnable> inbox = new ConcurrentLinkedQueue<>();
    /** The documents the results came from, in the store's order of documents (as the job or the session had them). */
    private List<DocumentInput> analyzed = List.of();
    /** What the rows the table is limited to are ({@link #showOnly}); "" when it is not. */
    private final ReadOnlyStringWrapper onlyShown = new ReadOnlyStringWrapper("");
    /** The running job's typed documents' texts by name: the store keeps their units as places in them. */
    private Map<String, String> typedTexts = Map.of();
    /** Told when a catch-up frame begins, so that the job's threads leave the CPU to it. */
    private final WindowLoad windowLoad = new WindowLoad();
    /** Units the job has handed over that the FX thread has not taken in yet. */
    private final java.util.concurrent.atomic.AtomicLong untaken = new java.util.concurrent.atomic.AtomicLong();
    /** Set when the job is being cancelled: it no longer waits for the window. */
    private volatile boolean stopping;
    private final AnimationTimer drain = new AnimationTimer() {
        @Override
        public void handle(long now) {
            drainInbox();
        }
    };
    private AnalysisJob job;
    /** Completes when the last job's thread is done (its journal closed). */
    private volatile CompletableFuture<Void> jobEnded = CompletableFuture.completedFuture(null);
    private JobStats stats;
    private long lastRedraw;
    /** Whose turn it is to catch up while a job runs: the table (true), or the count, the summary and the charts. */
    private boolean tableTurn;
    private long lastProgress;
    /** The first unit of the store not yet in the table's rows. */
    private int rowsFrom;
    private int textDocuments;
    /** What the last Clear all took away, until Undo or the next Analyze; null when nothing. */
    private Cleared cleared;
    /** Whether the results are the rows of an Evaluate cell (showEvaluated), which a cell may replace. */
    private boolean evaluatedShown;
    /** Set while a session's settings are put in place: they must not re-run the job. */
    private boolean restoring;
    /**
     * Asks the user for a table's sheet (first by default) and text column (or JSON Lines field), shown the first rows
     * of each sheet (one preview, under "", for other tables); empty to leave the file out.
     */
    private BiFunction<String, Map<String, TablePreview>, Optional<TableChoice>> columnChooser = (name, previews) -> Optional.empty();

    public MainViewModel(Executor background, CompletableFuture<? extends PieceScorers> scorer, Sessions sessions) {
        this.background = background;
        this.scorer = scorer;
        this.sessions = sessions;
        this.sessionModel = new SessionViewModel(this, background, sessions);
        this.editor = new DocumentEditor(selectedDocument, background);
        threshold.addListener((obs, old, now) -> {
            query = query.withThreshold(now.doubleValue());
            tally.reset(store, now.doubleValue());
            if (!query.isIdentity()) {
                requery();
            }
            redraw();
        });
        newText();
    }

    // ---- documents -------------------------------------------------------------------------------

    /** Adds an empty text document and selects it. */
    public void newText() {
        DocumentItem item = DocumentItem.text("Text " + (++textDocuments));
        documents.add(item);
        selectedDocument.set(item);
    }

    /**
     * Takes pasted text: a text too long to edit becomes a document of its own (shown as a summary);
     * returns false for a text the editor should take itself.
     */
    public boolean paste(String text) {
        if (text == null || text.length() <= DocumentEditor.EDITOR_LIMIT) {
            return false;
        }
        DocumentItem item = DocumentItem.text("Pasted text " + (++textDocuments));
        item.textProperty().set(text);
        documents.add(item);
        dropBlankFirstText();
        selectedDocument.set(item);
        return true;
    }

    public void remove(DocumentItem item) {
        documents.remove(item);
        if (documents.isEmpty()) {
            newText();
        } else if (selectedDocument.get() == item) {
            selectedDocument.set(documents.get(0));
        }
    }

    /**
     * Clears the documents and the results shown with them (table, charts, summary); {@link #undoClear} brings
     * both back until the next Analyze. Not while a job runs.
     */
    public void clearDocuments() {
        if (running.get()) {
            status.set("The analysis is still running: cancel it (Esc) first, then clear.");
            return;
        }
        ResultStore results = new ResultStore();
        results.replaceWith(store);
        cleared = new Cleared(List.copyOf(documents), textDocuments, results, progressText.get());
        documents.clear();
        textDocuments = 0;
        newText();
        showResultsCleared();
        progress.set(0);
        progressText.set("");
        status.set("Cleared " + plural(cleared.documents().size(), "document") + " and their results.");
    }

    /** Whether {@link #clearDocuments} left something to bring back. */
    public boolean canUndoClear() {
        return cleared != null;
    }

    /** Brings back the documents and results the last Clear all took away. */
    public void undoClear() {
        if (cleared == null || running.get()) {
            return;
        }
        documents.setAll(cleared.documents());
        textDocuments = cleared.textDocuments();
        selectedDocument.set(documents.get(0));
        store.replaceWith(cleared.results());
        tally.reset(store, threshold.get());
        showAllRows();
        redraw();
        progressText.set(cleared.progressText());
        status.set("Brought back " + plural(documents.size(), "document") + " and their results.");
        cleared = null;
    }

    /** What Clear all took away, for Undo. */
    private record Cleared(List<DocumentItem> documents, int textDocuments, ResultStore results, String progressText) {
    }

    public void rename(DocumentItem item, String name) {
        if (name != null && !name.isBlank()) {
            item.nameProperty().set(name.strip());
        }
    }

    /**
     * Adds files and the text files in folders, in the background: a file that cannot be used is
     * refused with a notice naming it and why, and the others load; for CSV/TSV, JSON Lines and spreadsheets the user
     * picks the column or field from a preview. With {@code thenAnalyze}, analysis starts when they are in (if any is).
     */
    public void addFiles(List<Path> paths, boolean thenAnalyze) {
        if (paths.isEmpty()) {
            return;
        }
        status.set("Opening " + plural(paths.size(), "item") + "…");
        List<String> names = paths.stream().map(Path::toString).toList();
        background.execute(() -> {
            List<String> warnings = new ArrayList<>();
            List<Checked> checked = new ArrayList<>();
            for (Source source : TextInput.expand(names, warnings::add)) {
                try {
                    TextInput.check(source);
                    checked.add(new Checked(source, previews(source)));
                } catch (InputProblem problem) {
                    warnings.add(problem.getMessage());
                }
            }
            Platform.runLater(() -> {
                List<String> leftOut = new ArrayList<>(warnings);
                DocumentItem last = null;
                int added = 0;
                for (Checked file : checked) {
                    DocumentItem item = chosenItem(file, leftOut);
                    if (item != null) {
                        documents.add(item);
                        last = item;
                        added++;
                    }
                }
                dropBlankFirstText();
                if (last != null) {
                    selectedDocument.set(last);
                }
                tellLeftOut(leftOut);
                status.set(addedStatus(added, leftOut));
                if (thenAnalyze && added > 0) {
                    analyze();
                }
            });
        });
    }

    /** What adding files came to, with why the first file left out was (the notifications say it too). */
    private static String addedStatus(int added, List<String> leftOut) {
        if (leftOut.isEmpty()) {
            return added == 0 ? "No file was added." : "Added " + plural(added, "file") + ".";
        }
        if (added == 0 && leftOut.size() == 1) {
            return leftOut.get(0);
        }
        String start = added == 0 ? "No file was added" : "Added " + plural(added, "file");
        return leftOut.size() == 1 ? start + "; one was left out: " + leftOut.get(0)
                : String.format(Locale.ENGLISH, "%s; %,d were left out. The first: %s", start, leftOut.size(), leftOut.get(0));
    }

    /** A file to add, with the first rows of each of its sheets (one preview, under "", for CSV/TSV and JSON Lines; none for text). */
    private record Checked(Source source, Map<String, TablePreview> previews) {
    }

    private static Map<String, TablePreview> previews(Source source) throws InputProblem {
        Map<String, TablePreview> previews = new java.util.LinkedHashMap<>();
        List<String> sheets = TablePreview.sheets(source);
        if (sheets.isEmpty()) {
            TablePreview preview = TablePreview.of(source, PREVIEW_ROWS);
            if (preview != null) {
                previews.put("", preview);
            }
        }
        for (String sheet : sheets) {
            previews.put(sheet, TablePreview.of(source, sheet, PREVIEW_ROWS));
        }
        return previews;
    }

    /**
     * One notice for the files left out (notifications shown at once cover each other): each on a line of its
     * own; for many (a folder of photos), how many and the first.
     */
    private void tellLeftOut(List<String> warnings) {
        if (warnings.isEmpty()) {
            return;
        }
        notice(warnings.size() <= 3 ? String.join("\n", warnings)
                : String.format(Locale.ENGLISH, "%,d files were left out. The first: %s", warnings.size(), warnings.get(0)));
    }

    /** The document for a checked file, or null (and why, in {@code leftOut}) when the user chose no column. */
    private DocumentItem chosenItem(Checked file, List<String> leftOut) {
        String name = uniqueName(file.source());
        if (file.previews().isEmpty()) {
            return DocumentItem.file(file.source(), name, null, null, null);
        }
        Optional<TableChoice> choice = columnChooser.apply(file.source().name(), file.previews());
        if (choice.isEmpty()) {
            leftOut.add(file.source().name() + " was not added: no column was chosen for its text.");
            return null;
        }
        boolean json = TextInput.format(file.source()) == TextInput.Format.JSON_LINES;
        String column = choice.get().column();
        return DocumentItem.file(file.source(), name, json ? null : column, json ? column : null, choice.get().sheet());
    }

    /** The file's name; with its folder when another document already has that name (two "notes.txt"). */
    private String uniqueName(Source source) {
        Path path = source.path();
        String name = path.getFileName() == null ? source.name() : path.getFileName().toString();
        boolean taken = documents.stream().anyMatch(d -> d.name().equals(name));
        Path folder = path.toAbsolutePath().getParent();
        return taken && folder != null && folder.getFileName() != null ? folder.getFileName() + "/" + name : name;
    }

    /** The empty "Text 1" the app starts with goes once other documents come in; the next typed text is "Text 1" again. */
    private void dropBlankFirstText() {
        if (documents.size() > 1 && documents.get(0).isBlank()) {
            DocumentItem blank = documents.remove(0);
            if (blank.name().equals("Text " + textDocuments)) {
                textDocuments--;
            }
        }
    }

    // ---- the job ---------------------------------------------------------------------------------

    /** Analyzes every document with text on the grid; the previous results are replaced. */
    public void analyze() {
        if (running.get()) {
            return;
        }
        List<DocumentItem> chosen = documents.stream().filter(d -> !d.isBlank()).toList();
        if (chosen.isEmpty()) {
            status.set("Nothing to analyze: type or paste some text, or open files (Ctrl+O).");
            return;
        }
        clearResults();
        List<DocumentInput> inputs = chosen.stream().map(DocumentItem::input).toList();
        startJob(new AnalysisRequest(inputs, engine.get(), overlay.get(), split.get(), AnalysisRequest.ResumePoint.START),
                sessions.newJournal(settings(), inputs), 0);
    }

    private void clearResults() {
        cleared = null; // new results: what Clear all took away does not come back over them
        evaluatedShown = false;
        store.clear();
        showResultsCleared();
    }

    /** The table, charts and summary show the (now empty) results, and nothing is selected. */
    private void showResultsCleared() {
        tally.reset(store, threshold.get());
        selectedIndex.set(-1);
        showAllRows();
        redraw();
    }

    /**
     * Typed documents' texts by name (the first, where names repeat): the store checks each unit against the
     * text it is given and keeps the unit's own bytes when it is not there.
     */
    private static Map<String, String> typedTexts(AnalysisRequest request) {
        Map<String, String> texts = new HashMap<>();
        request.documents().stream().filter(document -> document.text() != null)
                .forEach(document -> texts.putIfAbsent(document.name(), document.text()));
        return texts;
    }

    /**
     * Runs a job whose results go after those shown ({@code alreadyDone} of them, when it goes on with an
     * interrupted job); its journal is opened on the job's thread.
     */
    private void startJob(AnalysisRequest request, JournalingEvents.Opener journal, long alreadyDone) {
        int count = request.documents().size();
        analyzed = request.documents();
        typedTexts = typedTexts(request);
        stats = new JobStats(System.nanoTime(), alreadyDone);
        stopping = false;
        running.set(true);
        progress.set(-1);
        progressText.set("Starting…");
        status.set(scorer.isDone() ? "Analyzing " + plural(count, "document") + "…"
                : "Waiting for the grid to start…");
        drain.start();
        scorer.thenAccept(ready -> {
            JournalingEvents events = new JournalingEvents(journal, new Events(), windowLoad);
            AnalysisJob started = new AnalysisJob(request, ready, events, windowLoad);
            Platform.runLater(() -> {
                if (running.get() && job == null) {
                    job = started;
                    status.set("Analyzing " + plural(count, "document") + "…");
                    CompletableFuture<Void> ended = new CompletableFuture<>();
                    jobEnded = ended;
                    background.execute(() -> {
                        try {
                            events.open();
                            started.run();
                        } finally {
                            ended.complete(null);
                        }
                    });
                }
            });
        });
    }

    /** Stops the job; the results so far stay. */
    public void cancel() {
        if (!running.get()) {
            return;
        }
        stopping = true;
        if (job != null) {
            job.cancel();
        } else {
            finish(true); // the grid never started: nothing is running yet
        }
    }

    /**
     * Stops the job and waits, at most {@code limit}, until its thread is done: a window that closes
     * cancels its job as Cancel does, and its journal is closed and deleted, not left for resume.
     */
    public void cancelAndWait(Duration limit) {
        cancel();
        try {
            jobEnded.get(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
            // It did not stop in time: its journal stays, and is offered for resume next time.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Re-runs the job when there are results to redo (after the engine or split changed). */
    public void rerunIfAnalyzed() {
        if (store.size() > 0 && !running.get() && !restoring) {
            analyze();
        }
    }

    /** What the job says, handed to the FX thread through the inbox. */
    private final class Events implements JobEvents {
        @Override
        public void documentStarted(String name) {
            inbox.add(() -> store.addDocument(name, typedTexts.get(name)));
        }

        @Override
        public void scored(List<TextUnit> units, List<SentimentScores> scores, String worker) {
            for (int start = 0; start < units.size(); start += PIECE_UNITS) {
                int end = Math.min(units.size(), start + PIECE_UNITS);
                List<TextUnit> pieceUnits = units.subList(start, end);
                List<SentimentScores> pieceScores = scores.subList(start, end);
                untaken.addAndGet(end - start);
                inbox.add(() -> {
                    untaken.addAndGet(-pieceUnits.size());
                    take(pieceUnits, pieceScores, worker);
                });
            }
            // The job waits while the window is behind: scoring faster than results can be shown only
            // takes the CPU the window needs to show them.
            while (untaken.get() > MAX_UNTAKEN && !Thread.currentThread().isInterrupted() && !stopping) {
                java.util.concurrent.locks.LockSupport.parkNanos(PAUSE_NANOS);
            }
        }

        @Override
        public void read(long unitsRead, double shareRead) {
            inbox.add(() -> {
                stats.read = unitsRead;
                stats.shareRead = shareRead;
            });
        }

        @Override
        public void problem(String message) {
            inbox.add(() -> notice(message));
        }

        @Override
        public void finished(boolean cancelled) {
            inbox.add(() -> finish(cancelled));
        }
    }

    private void drainInbox() {
        long deadline = System.nanoTime() + PULSE_BUDGET_NANOS;
        for (Runnable event = inbox.poll(); event != null; event = inbox.poll()) {
            event.run();
            if (System.nanoTime() - deadline > 0) {
                break;
            }
        }
        if (running.get()) {
            if (System.nanoTime() - lastProgress > PROGRESS_NANOS) {
                lastProgress = System.nanoTime();
                showProgress();
            }
            // The first results show at once; then the count (with the summary and the charts) and the table catch
            // up in turns, each a few times a second: each catch-up costs a layout and a repaint, and one pulse
            // should carry only one. The table's turn brings its rows up to the count shown.
            boolean first = unitsShown.get() == 0 && store.size() > 0;
            if (first || System.nanoTime() - lastRedraw > REDRAW_NANOS / 2) {
                lastRedraw = System.nanoTime();
                windowLoad.heavyFrame(HEAVY_FRAME_NANOS);
                if (first) {
                    redraw();
                } else if (tableTurn = !tableTurn) {
                    catchUpTable();
                } else {
                    showCount();
                }
            }
        }
    }

    private void take(List<TextUnit> units, List<SentimentScores> scores, String worker) {
        int from = store.size();
        for (int i = 0; i < units.size(); i++) {
            store.add(units.get(i), scores.get(i), worker);
            tally.add(store.document(from + i), scores.get(i).compound());
        }
        stats.done += units.size();
    }

    /** Adds the units from {@code from} up to those shown to the table's rows (those the filter lets through). */
    private void appendRows(int from) {
        // In a filtered or sorted view, the new rows that pass go at the end; the sort is redone when the job ends.
        rows.append(IntStream.range(from, shown())
                .filter(i -> query.isIdentity() || query.accepts(i, store.compound(i), store.text(i)))
                .toArray());
    }

    private void finish(boolean cancelled) {
        job = null;
        running.set(false);
        drain.stop();
        progress.set(cancelled ? progress.get() : 1);
        double seconds = (System.nanoTime() - stats.started) / 1e9;
        progressText.set(stats.resumedFrom == 0 ? String.format(Locale.ENGLISH, "%,d units in %.1f s", stats.done, seconds)
                : String.format(Locale.ENGLISH, "%,d units (%,d resumed, %,d scored in %.1f s)", stats.done,
                        stats.resumedFrom, stats.done - stats.resumedFrom, seconds));
        status.set(cancelled ? String.format(Locale.ENGLISH, "Cancelled; the %,d units scored so far are kept.", stats.done)
                : String.format(Locale.ENGLISH, "Done: %,d units in %s%s.", store.size(), plural(store.documents(), "document"),
                        stats.resumedFrom == 0 ? "" : String.format(Locale.ENGLISH, " (%,d of them from the interrupted job)", stats.resumedFrom)));
        if (!query.isIdentity()) {
            requery();
        }
        redraw();
    }

    private void showProgress() {
        double seconds = Math.max(1e-3, (System.nanoTime() - stats.started) / 1e9);
        double rate = (stats.done - stats.resumedFrom) / seconds; // units scored by this job
        // Until reading ends, the total is estimated from the share of the input read so far.
        boolean estimating = stats.shareRead < 1;
        long total = estimating && stats.shareRead > 0 ? Math.max(stats.read, Math.round(stats.read / stats.shareRead)) : stats.read;
        long shown = shown();
        progress.set(total == 0 ? -1 : Math.min(1, shown / (double) total));
        String left = rate > 0 && total > stats.done ? ", " + duration((total - stats.done) / rate) + " left" : "";
        // The count is the one the summary, the charts and the table show (not the units taken in since).
        progressText.set(String.format(Locale.ENGLISH, "%,d / %s%,d units · %,.0f units/s%s", shown,
                estimating ? "~" : "", total, rate, left));
    }

    private static String duration(double seconds) {
        return seconds < 60 ? Math.round(Math.ceil(seconds)) + " s"
                : String.format(Locale.ENGLISH, "%d min %02d s", (long) seconds / 60, (long) seconds % 60);
    }

    /** Units done and read, and time, of the running job. FX thread. */
    private static final class JobStats {
        final long started;
        /** Units an interrupted job had scored before this one went on with it. */
        final long resumedFrom;
        long done;
        long read;
        double shareRead;

        JobStats(long started, long resumedFrom) {
            this.started = started;
            this.resumedFrom = resumedFrom;
            this.done = resumedFrom;
        }
    }

    /**
     * The table, charts and summaries catch up with the results. Not every pulse: each catch-up lays the
     * table out again and reads every unit for the chart in view.
     */
    private void redraw() {
        lastRedraw = System.nanoTime();
        showCount();
        catchUpTable();
    }

    /** The count shown becomes the results so far, and the summaries and the charts show as many. */
    private void showCount() {
        unitsShown.set(store.size());
        summaries.setAll(tally.summaries(store));
        resultsVersion.set(resultsVersion.get() + 1);
        if (running.get()) {
            showProgress();
        }
    }

    /** The units shown, at most the results there are (which a new job or a session may just have replaced). */
    private int shown() {
        return Math.min(unitsShown.get(), store.size());
    }

    /** The table's rows catch up with the units shown. */
    private void catchUpTable() {
        if (rowsFrom < shown()) {
            appendRows(rowsFrom);
            rowsFrom = shown();
        }
    }

    /**
     * The threshold typed in its box; when the text is not one (not a number, or outside 0.01–0.99), the one in
     * force, and the status bar says why.
     */
    public double typedThreshold(String text) {
        double current = threshold.get();
        String typed = text == null ? "" : text.strip();
        try {
            double value = Double.parseDouble(typed);
            if (value >= MIN_THRESHOLD && value <= MAX_THRESHOLD) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        status.set(String.format(Locale.ENGLISH, "The threshold is a number from %.2f to %.2f, and \"%s\" is not; it stays %.2f.",
                MIN_THRESHOLD, MAX_THRESHOLD, typed, current));
        return current;
    }

    /** The analyzer of the engine and overlay chosen now (made once per change: building one reads the lexicon). */
    public SentimentAnalyzer analyzer() {
        if (analyzer == null || analyzer.mode() != engine.get() || !analyzer.overlay().equals(overlay.get())) {
            analyzer = SentimentAnalyzer.of(engine.get(), overlay.get());
        }
        return analyzer;
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

    // ---- the table -------------------------------------------------------------------------------

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
        java.util.BitSet only = new java.util.BitSet(store.size());
        for (int index : indices) {
            only.set(index);
        }
        query = query.withOnly(only);
        onlyShown.set(what);
        status.set(String.format(Locale.ENGLISH, "The table shows the %s of %s.", plural(indices.length, "unit"), what));
        requery();
    }

    /**
     * Shows the rows a table the Evaluate tab measured as the results, each row a unit scored whole by {@code mode}
     * (as that tab scores them, without the overlay), and the table only {@code cell}'s of them. Only when that
     * loses nothing: results of the user's own analysis stay, and the cell's rows are in the Evaluate tab's table.
     */
    public void showEvaluated(String source, EngineMode mode, List<TextUnit> units, int[] cell, String what) {
        if (running.get()) {
            status.set("The analysis is still running: cancel it (Esc) first, then pick the cell again.");
            return;
        }
        if (store.size() > 0 && !evaluatedShown) {
            status.set("The cell's rows are in the Evaluate tab's table; the main table keeps your analysis's results"
                    + " (clear them to see the cell's rows there).");
            return;
        }
        background.execute(() -> {
            SentimentAnalyzer scoring = SentimentAnalyzer.of(mode);
            List<SentimentScores> scores = units.stream().map(unit -> scoring.score(unit.text())).toList();
            Platform.runLater(() -> {
                if (running.get()) {
                    return;
                }
                clearResults();
                analyzed = List.of();
                evaluatedShown = true;
                store.addDocument(source);
                for (int i = 0; i < units.size(); i++) {
                    store.add(units.get(i), scores.get(i), "Evaluate");
                }
                tally.reset(store, threshold.get());
                redraw();
                showOnly(cell, what);
            });
        });
    }

    /** The table shows every unit again (as its filter and sort have them). */
    public void showAllRows() {
        query = query.withOnly(null);
        onlyShown.set("");
        requery();
    }

    /** What the table is limited to ({@link #showOnly}), e.g. "group \"a\""; "" when it shows every unit. */
    public ReadOnlyStringProperty onlyShownProperty() {
        return onlyShown.getReadOnlyProperty();
    }

    /** The documents the results came from, in the results' order of documents. */
    public List<DocumentInput> analyzedDocuments() {
        return analyzed;
    }

    /** Applies the label and text filter. */
    public void applyFilter() {
        Set<SentimentLabel> labels = EnumSet.noneOf(SentimentLabel.class);
        if (showPositive.get()) {
            labels.add(SentimentLabel.POSITIVE);
        }
        if (showNeutral.get()) {
            labels.add(SentimentLabel.NEUTRAL);
        }
        if (showNegative.get()) {
            labels.add(SentimentLabel.NEGATIVE);
        }
        query = query.withFilter(labels, filterText.get());
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
            Platform.runLater(() -> {
                if (version == queryVersion) {
                    rows.show(shown);
                    rowsFrom = copy.size();
                    redraw();
                }
            });
        });
    }

    // ---- export ----------------------------------------------------------------------------------

    /**
     * Writes the results in the background, as analyze would: all of them in document order, or only the
     * rows the table shows, in the order shown. Says when done or why not.
     */
    public void exportResults(Path file, RowFormat format, boolean shownRowsOnly) {
        ResultStore copy = store.copy();
        int[] indices = shownRowsOnly ? rows.indices() : IntStream.range(0, copy.size()).toArray();
        double labelThreshold = threshold.get();
        inBackground("Saved " + plural(indices.length, shownRowsOnly ? "row" : "result") + " to " + file.getFileName() + ".",
                "Could not save " + file, () -> Exporter.writeResults(copy, indices, labelThreshold, format, file));
    }

    /** Writes the results as an Excel workbook, as {@code analyze --format xlsx} does: all, or the rows the table shows. */
    public void exportXlsx(Path file, boolean shownRowsOnly) {
        ResultStore copy = store.copy();
        int[] indices = shownRowsOnly ? rows.indices() : IntStream.range(0, copy.size()).toArray();
        double labelThreshold = threshold.get();
        inBackground("Saved " + plural(indices.length, shownRowsOnly ? "row" : "result") + " to " + file.getFileName() + ".",
                "Could not save " + file, () -> Exporter.writeXlsx(copy, indices, labelThreshold, file));
    }

    /** Writes the per-document summary as CSV. */
    public void exportSummary(Path file) {
        List<DocumentSummary> now = List.copyOf(summaries);
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
                Platform.runLater(() -> status.set(done));
            } catch (IOException | RuntimeException e) {
                String reason = e.getMessage() == null ? e.toString() : e.getMessage();
                Platform.runLater(() -> notice(failed + ": " + reason + ". Your results are still here; try another place."));
            }
        });
    }

    private interface IoTask {
        void run() throws IOException;
    }

    // ---- sessions and interrupted jobs (the file work and the offer are in SessionViewModel) ---------

    /** Saving and opening sessions, and the job the app did not finish. */
    public SessionViewModel sessions() {
        return sessionModel;
    }

    SessionSettings settings() {
        return new SessionSettings(engine.get(), split.get(), threshold.get(), arcWindow.get(), overlay.get());
    }

    /** The documents an Analyze would read now. */
    List<DocumentInput> documentInputs() {
        return documents.stream().filter(d -> !d.isBlank()).map(DocumentItem::input).toList();
    }

    boolean isRunning() {
        return running.get();
    }

    void status(String message) {
        status.set(message);
    }

    /** Puts a session's (or a journal's) documents, settings and results in place of what is shown. */
    void show(Sessions.Loaded loaded) {
        restoring = true;
        try {
            engine.set(loaded.settings().engine());
            split.set(loaded.settings().split());
            threshold.set(loaded.settings().threshold());
            arcWindow.set(loaded.settings().arcWindow());
            overlay.set(loaded.settings().overlay());
        } finally {
            restoring = false;
        }
        cleared = null;
        documents.setAll(loaded.documents().stream().map(DocumentItem::of).toList());
        textDocuments = (int) documents.stream().filter(DocumentItem::isText).count();
        if (documents.isEmpty()) {
            newText();
        }
        selectedDocument.set(documents.get(0));
        store.replaceWith(loaded.results());
        analyzed = loaded.documents();
        tally.reset(store, threshold.get());
        selectedIndex.set(-1);
        showAllRows();
        redraw();
        progress.set(0);
        progressText.set("");
    }

    /** Goes on with an interrupted job whose results so far are shown ({@link #show}), writing on into its journal. */
    void resume(Sessions.Resumable resumable) {
        Sessions.Loaded loaded = resumable.loaded();
        startJob(new AnalysisRequest(loaded.documents(), loaded.settings().engine(), loaded.settings().overlay(),
                loaded.settings().split(), resumable.resumeAt()), Sessions.continueJournal(resumable), resumable.resumeAt().unitsDone());
    }

    // ---- notices ---------------------------------------------------------------------------------

    /** Tells the user something in one plain sentence (the view shows it as a notification). */
    public void notice(String message) {
        notices.add(message);
        status.set(message);
    }

    private static String plural(long count, String noun) {
        return String.format(Locale.ENGLISH, "%,d %s%s", count, noun, count == 1 ? "" : "s");
    }

    // ---- properties ------------------------------------------------------------------------------

    public void setColumnChooser(BiFunction<String, Map<String, TablePreview>, Optional<TableChoice>> chooser) {
        this.columnChooser = chooser;
    }

    public ObservableList<DocumentItem> documents() {
        return documents;
    }

    public ObjectProperty<DocumentItem> selectedDocumentProperty() {
        return selectedDocument;
    }

    public StringProperty editorTextProperty() {
        return editor.textProperty();
    }

    public ReadOnlyBooleanProperty editorEditableProperty() {
        return editor.editableProperty();
    }

    public ObjectProperty<EngineMode> engineProperty() {
        return engine;
    }

    public ObjectProperty<SplitMode> splitProperty() {
        return split;
    }

    public DoubleProperty thresholdProperty() {
        return threshold;
    }

    public ObjectProperty<LexiconOverlay> overlayProperty() {
        return overlay;
    }

    public IntegerProperty arcWindowProperty() {
        return arcWindow;
    }

    public BooleanProperty showPositiveProperty() {
        return showPositive;
    }

    public BooleanProperty showNeutralProperty() {
        return showNeutral;
    }

    public BooleanProperty showNegativeProperty() {
        return showNegative;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    /** The selected unit's index in the results (the table's row and the charts' mark); -1 for none. */
    public IntegerProperty selectedIndexProperty() {
        return selectedIndex;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0..1, or -1 while the total is unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
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

    /** Every notice so far, oldest first. */
    public ObservableList<String> notices() {
        return noticesView;
    }

    public ObservableList<DocumentSummary> summaries() {
        return summariesView;
    }

    public ResultStore results() {
        return store;
    }

    public ResultRows rows() {
        return rows;
    }
}
