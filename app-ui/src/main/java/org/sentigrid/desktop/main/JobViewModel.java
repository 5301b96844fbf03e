package org.sentigrid.desktop.main;

import org.sentigrid.analysis.PieceScorers;
import static org.sentigrid.desktop.main.StatusViewModel.plural;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.sentigrid.api.SentimentScores;
import org.sentigrid.desktop.analysis.AnalysisJob;
import org.sentigrid.desktop.analysis.AnalysisRequest;
import org.sentigrid.desktop.analysis.JobEvents;
import org.sentigrid.desktop.analysis.JournalingEvents;
import org.sentigrid.desktop.analysis.WindowLoad;
import org.sentigrid.desktop.results.ResultStore;
import org.sentigrid.text.TextUnit;

/**
 * The running job of the main screen: starting and cancelling it, what it says (its {@link JobEvents}), and the
 * pace at which its results enter the window. Results come back in coalesced chunks, at most a frame's budget
 * per pulse, so the FX thread is never held up by a large job; the progress bar and its text say how far it is.
 */
public final class JobViewModel {
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

    private final Executor background;
    private final CompletableFuture<? extends PieceScorers> scorer;
    private final StatusViewModel status;
    private final ResultsViewModel results;
    private final ResultStore store;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ConcurrentLinkedQueue<Runnable> inbox = new ConcurrentLinkedQueue<>();
    /** The running job's typed documents' texts by name: the store keeps their units as places in them. */
    private Map<String, String> typedTexts = Map.of();
    /** Told when a catch-up frame begins, so that the job's threads leave the CPU to it. */
    private final WindowLoad windowLoad = new WindowLoad();
    /** Units the job has handed over that the FX thread has not taken in yet. */
    private final AtomicLong untaken = new AtomicLong();
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
    /** When the window last caught up with the results (the table, the charts and the summary). */
    private long lastRedraw;
    /** Whose turn it is to catch up while a job runs: the table (true), or the count, the summary and the charts. */
    private boolean tableTurn;
    private long lastProgress;

    JobViewModel(Executor background, CompletableFuture<? extends PieceScorers> scorer, StatusViewModel status, ResultsViewModel results) {
        this.background = background;
        this.scorer = scorer;
        this.status = status;
        this.results = results;
        this.store = results.store();
        // Whenever the count shown catches up, the progress text gives the same count.
        results.resultsVersionProperty().addListener(observable -> {
            lastRedraw = System.nanoTime();
            if (running.get()) {
                showProgress();
            }
        });
    }

    /**
     * Runs a job whose results go after those shown ({@code alreadyDone} of them, when it goes on with an
     * interrupted job); its journal is opened on the job's thread.
     */
    void start(AnalysisRequest request, JournalingEvents.Opener journal, long alreadyDone) {
        int count = request.documents().size();
        results.analyzing(request.documents());
        typedTexts = typedTexts(request);
        stats = new JobStats(System.nanoTime(), alreadyDone);
        stopping = false;
        running.set(true);
        status.progress(-1);
        status.progressText("Starting…");
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
            jobEnded.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // It did not stop in time: its journal stays, and is offered for resume next time.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
                LockSupport.parkNanos(PAUSE_NANOS);
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
            inbox.add(() -> status.notice(message));
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
            boolean first = results.unitsShownProperty().get() == 0 && store.size() > 0;
            if (first || System.nanoTime() - lastRedraw > REDRAW_NANOS / 2) {
                lastRedraw = System.nanoTime();
                windowLoad.heavyFrame(HEAVY_FRAME_NANOS);
                if (first) {
                    results.redraw();
                } else if (tableTurn = !tableTurn) {
                    results.catchUpTable();
                } else {
                    results.showCount();
                }
            }
        }
    }

    private void take(List<TextUnit> units, List<SentimentScores> scores, String worker) {
        results.take(units, scores, worker);
        stats.done += units.size();
    }

    private void finish(boolean cancelled) {
        job = null;
        running.set(false);
        drain.stop();
        status.progress(cancelled ? status.progressProperty().get() : 1);
        double seconds = (System.nanoTime() - stats.started) / 1e9;
        status.progressText(stats.resumedFrom == 0 ? String.format(Locale.ENGLISH, "%,d units in %.1f s", stats.done, seconds)
                : String.format(Locale.ENGLISH, "%,d units (%,d resumed, %,d scored in %.1f s)", stats.done,
                        stats.resumedFrom, stats.done - stats.resumedFrom, seconds));
        status.set(cancelled ? String.format(Locale.ENGLISH, "Cancelled; the %,d units scored so far are kept.", stats.done)
                : String.format(Locale.ENGLISH, "Done: %,d units in %s%s.", store.size(), plural(store.documents(), "document"),
                        stats.resumedFrom == 0 ? "" : String.format(Locale.ENGLISH, " (%,d of them from the interrupted job)", stats.resumedFrom)));
        results.jobEnded();
    }

    private void showProgress() {
        double seconds = Math.max(1e-3, (System.nanoTime() - stats.started) / 1e9);
        double rate = (stats.done - stats.resumedFrom) / seconds; // units scored by this job
        // Until reading ends, the total is estimated from the share of the input read so far.
        boolean estimating = stats.shareRead < 1;
        long total = estimating && stats.shareRead > 0 ? Math.max(stats.read, Math.round(stats.read / stats.shareRead)) : stats.read;
        long shown = results.shown();
        status.progress(total == 0 ? -1 : Math.min(1, shown / (double) total));
        String left = rate > 0 && total > stats.done ? ", " + duration((total - stats.done) / rate) + " left" : "";
        // The count is the one the summary, the charts and the table show (not the units taken in since).
        status.progressText(String.format(Locale.ENGLISH, "%,d / %s%,d units · %,.0f units/s%s", shown,
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

    boolean isRunning() {
        return running.get();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
