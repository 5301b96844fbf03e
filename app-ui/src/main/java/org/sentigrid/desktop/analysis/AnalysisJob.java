package org.sentigrid.desktop.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.sentigrid.api.SentimentScores;
import org.sentigrid.api.grid.JobSettings;
import org.sentigrid.engine.SentimentAnalyzer;
import org.sentigrid.text.InputProblem;
import org.sentigrid.text.TextInput;
import org.sentigrid.text.TextUnit;
import org.sentigrid.text.UnitSink;

/**
 * One run of the desktop's Analyze: reads each document in order, cuts it into units, sends them in
 * batches to the {@link Scorer} and reports the scores in order. A bounded number of batches is in
 * flight, so a huge input never sits in memory twice. A document that cannot be read and a batch that
 * fails everywhere are reported, and the job goes on. {@link #cancel} stops it within a fraction of a second.
 */
public final class AnalysisJob implements Runnable {
    private static final AtomicLong NEXT_ID = new AtomicLong(1);
    /** How often waits look at the cancel flag. */
    private static final long POLL_MILLIS = 100;

    private final long id = NEXT_ID.getAndIncrement();
    private final AnalysisRequest request;
    private final Scorer scorer;
    private final JobEvents events;
    private final WindowLoad window;
    private final JobSettings settings;
    private final Deque<InFlight> inFlight = new ArrayDeque<>();
    /** Each document's size (chars of text, bytes of a file), for the share of the input read. */
    private final long[] sizes;
    private final long totalSize;
    private volatile boolean cancelled;
    private long doneSize;
    private long unitsRead;
    private double shareRead;

    public AnalysisJob(AnalysisRequest request, Scorer scorer, JobEvents events) {
        this(request, scorer, events, WindowLoad.NONE);
    }

    /** A job that steps aside while the window draws its heavy frames ({@code window}). */
    public AnalysisJob(AnalysisRequest request, Scorer scorer, JobEvents events, WindowLoad window) {
        this.window = window;
        this.request = request;
        this.scorer = scorer;
        this.events = events;
        this.settings = SentimentAnalyzer.of(request.mode(), request.overlay()).jobSettings();
        this.sizes = request.documents().stream().mapToLong(AnalysisJob::size).toArray();
        this.totalSize = Arrays.stream(sizes).sum();
        this.unitsRead = request.resume().unitsDone();
    }

    /** Stops the job: nothing more is read or sent, batches on the grid are dropped. Any thread. */
    public void cancel() {
        cancelled = true;
        scorer.cancel(id);
    }

    @Override
    public void run() {
        try {
            AnalysisRequest.ResumePoint resume = request.resume();
            for (int d = 0; d < request.documents().size(); d++) {
                if (cancelled) {
                    break;
                }
                if (d + 1 < resume.documentsStarted()) {
                    doneSize += sizes[d]; // done before: its results are shown already
                    continue;
                }
                boolean goOn = d + 1 == resume.documentsStarted();
                analyze(request.documents().get(d), sizes[d], goOn ? resume.lastUnit() : -1);
                doneSize += sizes[d];
                reportRead(doneSize);
            }
        } catch (Cancelled e) {
            // Reported below.
        } catch (RuntimeException e) {
            events.problem("The analysis stopped unexpectedly (" + e + "); the results so far are kept.");
        } finally {
            scorer.cancel(id);
            events.finished(cancelled);
        }
    }

    /**
     * Reads, scores and reports one document. What was read before a read error is still scored and
     * reported, and before the next document starts, so every result lands in its own document. A
     * document a resumed job goes on with ({@code doneThrough} ≥ 0) has started already, and its units up
     * to {@code doneThrough} are read but not scored again.
     */
    private void analyze(DocumentInput document, long documentSize, long doneThrough) {
        if (doneThrough < 0) {
            events.documentStarted(document.name());
        }
        Batcher batcher = new Batcher(document, documentSize, Math.max(0, doneThrough));
        String problem = null;
        try {
            if (document.text() != null) {
                TextInput.splitRegion(new StringReader(document.text()), request.split(), 0, batcher);
            } else {
                TextInput.read(document.file(), document.options(request.split()), batcher);
            }
        } catch (InputProblem e) {
            problem = e.getMessage();
        } catch (IOException e) {
            problem = document.name() + " could not be read: " + e.getMessage();
        }
        batcher.flush();
        while (!inFlight.isEmpty()) {
            awaitOldest();
        }
        if (problem != null) {
            events.problem(problem);
        }
    }

    /** Sends the units of a batch, waiting first for the oldest batch when enough are in flight. */
    private void send(List<TextUnit> units) {
        window.awaitLightFrame();
        while (inFlight.size() >= Math.max(2, scorer.batchesInFlight())) {
            awaitOldest();
        }
        if (cancelled) {
            throw new Cancelled();
        }
        List<String> texts = new ArrayList<>(units.size());
        units.forEach(u -> texts.add(u.text()));
        inFlight.addLast(new InFlight(units, scorer.submit(id, settings, texts)));
    }

    private void awaitOldest() {
        InFlight oldest = inFlight.peekFirst();
        while (true) {
            if (cancelled) {
                throw new Cancelled();
            }
            try {
                ScoredTexts batch = oldest.result.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                inFlight.removeFirst();
                report(oldest.units, batch);
                return;
            } catch (TimeoutException e) {
                // Look at the cancel flag again.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancelled = true;
                throw new Cancelled();
            } catch (CancellationException e) {
                throw new Cancelled();
            } catch (ExecutionException e) {
                inFlight.removeFirst();
                if (cancelled) {
                    throw new Cancelled();
                }
                TextUnit first = oldest.units.get(0);
                long last = first.unit() + oldest.units.size() - 1;
                events.problem((first.unit() == last ? "Unit " + first.unit() : "Units " + first.unit() + "–" + last)
                        + " of " + first.source() + " could not be scored (" + reason(e.getCause())
                        + "); the other results are kept.");
                return;
            }
        }
    }

    private void report(List<TextUnit> units, ScoredTexts batch) {
        List<SentimentScores> scores = new ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) {
            scores.add(batch.result().unit(i));
        }
        events.scored(units, scores, batch.worker());
    }

    /** Reports units read and the share of the input read, which never goes back. */
    private void reportRead(long position) {
        shareRead = Math.max(shareRead, totalSize == 0 ? 1 : Math.min(1, position / (double) totalSize));
        events.read(unitsRead, shareRead);
    }

    private static String reason(Throwable cause) {
        String message = cause == null ? null : cause.getMessage();
        return message == null ? String.valueOf(cause) : message;
    }

    private static long size(DocumentInput document) {
        if (document.text() != null) {
            return document.text().length();
        }
        try {
            return document.file().path() == null ? 0 : Files.size(document.file().path());
        } catch (IOException e) {
            return 0;
        }
    }

    /** Collects one document's units into batches as they are read. */
    private final class Batcher implements UnitSink {
        private final DocumentInput document;
        private final long documentSize;
        private final long doneThrough;
        private List<TextUnit> batch = new ArrayList<>();
        private long batchChars;

        Batcher(DocumentInput document, long documentSize, long doneThrough) {
            this.document = document;
            this.documentSize = documentSize;
            this.doneThrough = doneThrough;
        }

        @Override
        public void unit(TextUnit unit) {
            if (cancelled) {
                throw new Cancelled();
            }
            if (unit.unit() <= doneThrough) {
                return; // scored before the job was interrupted: counted in the resume point's units
            }
            TextUnit named = new TextUnit(document.name(), unit.unit(), unit.text(), unit.record(), unit.start(), unit.end());
            batch.add(named);
            batchChars += unit.text().length();
            unitsRead++;
            if (batch.size() >= scorer.batchUnits() || batchChars >= 1 << 20) {
                flush();
                // A plain text unit's end is where reading is in the document (chars against bytes: near enough
                // for an estimate); a table's unit says where it is in its field, so it tells nothing.
                long at = unit.record() == 0 ? Math.min(documentSize, unit.end()) : 0;
                reportRead(doneSize + at);
            }
        }

        @Override
        public void warning(String message) {
            events.problem(message);
        }

        void flush() {
            if (!batch.isEmpty()) {
                List<TextUnit> full = batch;
                batch = new ArrayList<>();
                batchChars = 0;
                send(full);
            }
        }
    }

    private record InFlight(List<TextUnit> units, CompletableFuture<ScoredTexts> result) {
    }

    /** Unwinds the reading when the job is cancelled. */
    private static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super(null, null, false, false);
        }
    }
}
