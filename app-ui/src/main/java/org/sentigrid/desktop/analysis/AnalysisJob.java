package org.sentigrid.desktop.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.sentigrid.analysis.OrderedScoring;
import org.sentigrid.analysis.OrderedScoring.SourceUnits;
import org.sentigrid.analysis.PieceScorer;
import org.sentigrid.analysis.PieceScorers;
import org.sentigrid.api.SentimentLabel;
import org.sentigrid.api.SentimentScores;
import org.sentigrid.api.grid.JobSettings;
import org.sentigrid.api.grid.Region;
import org.sentigrid.api.grid.RegionResult;
import org.sentigrid.engine.SentimentAnalyzer;
import org.sentigrid.format.RegionUnits;
import org.sentigrid.format.ScoredUnit;
import org.sentigrid.text.InputProblem;
import org.sentigrid.text.RegionSink;
import org.sentigrid.text.TextInput;
import org.sentigrid.text.TextUnit;
import org.sentigrid.text.UnitSink;

/**
 * One run of the desktop's Analyze, on the pipeline {@code analyze} uses: reads each document in order
 * and hands it to {@link OrderedScoring}, a plain-text file as regions of bytes that the workers decode,
 * split and score, anything else (typed text, tables, documents) as chunks of units. Results are reported
 * in order as they arrive; a bounded number of pieces is in flight, so a huge input never sits in memory
 * twice. A document that cannot be read and a piece that fails everywhere are reported, and the job goes
 * on. {@link #cancel} stops it within a fraction of a second.
 */
public final class AnalysisJob implements Runnable {
    private static final AtomicLong NEXT_ID = new AtomicLong(1);
    /** Units between two reports of how far reading has come. */
    private static final int READ_REPORT_UNITS = 1_024;

    private final long id = NEXT_ID.getAndIncrement();
    private final AnalysisRequest request;
    private final PieceScorer scorer;
    private final JobEvents events;
    private final WindowLoad window;
    private final JobSettings settings;
    /** Each document's size (chars of text, bytes of a file), for the share of the input read. */
    private final long[] sizes;
    private final long totalSize;
    private volatile boolean cancelled;
    private long doneSize;
    private long unitsRead;
    private double shareRead;

    public AnalysisJob(AnalysisRequest request, PieceScorers scorers, JobEvents events) {
        this(request, scorers, events, WindowLoad.NONE);
    }

    /** A job that steps aside while the window draws its heavy frames ({@code window}). */
    public AnalysisJob(AnalysisRequest request, PieceScorers scorers, JobEvents events, WindowLoad window) {
        this.window = window;
        this.request = request;
        this.events = events;
        SentimentAnalyzer analyzer = SentimentAnalyzer.of(request.mode(), request.overlay());
        this.settings = analyzer.jobSettings();
        this.scorer = scorers.open(id, analyzer);
        this.sizes = request.documents().stream().mapToLong(AnalysisJob::size).toArray();
        this.totalSize = Arrays.stream(sizes).sum();
        this.unitsRead = request.resume().unitsDone();
    }

    /** Stops the job: nothing more is read or sent, pieces being scored are dropped. Any thread. */
    public void cancel() {
        cancelled = true;
        scorer.close();
    }

    @Override
    public void run() {
        try (OrderedScoring scoring = new OrderedScoring(scorer, new Shown())) {
            AnalysisRequest.ResumePoint resume = request.resume();
            for (int d = 0; d < request.documents().size() && !cancelled; d++) {
                if (d + 1 < resume.documentsStarted()) {
                    doneSize += sizes[d]; // done before: its results are shown already
                    continue;
                }
                boolean goOn = d + 1 == resume.documentsStarted();
                analyze(scoring, request.documents().get(d), goOn ? resume.lastUnit() : -1);
                doneSize += sizes[d];
                reportRead(doneSize);
            }
        } catch (RuntimeException e) {
            // Cancelling unwinds the reading and the waits with exceptions of its own: nothing to report then.
            if (!cancelled) {
                events.problem("The analysis stopped unexpectedly (" + e + "); the results so far are kept.");
            }
        } finally {
            scorer.close();
            events.finished(cancelled);
        }
    }

    /**
     * Reads, scores and reports one document. What was read before a read error is still scored and
     * reported, and before the next document starts, so every result lands in its own document. A
     * document a resumed job goes on with ({@code doneThrough} ≥ 0) has started already: it is read as
     * units, and its units up to {@code doneThrough} are not scored again.
     */
    private void analyze(OrderedScoring scoring, DocumentInput document, long doneThrough) {
        if (doneThrough < 0) {
            events.documentStarted(document.name());
        }
        Feed feed = new Feed(scoring, document, Math.max(0, doneThrough));
        String problem = null;
        try {
            if (document.text() != null) {
                TextInput.warnOfOneTextALine(document.name(), document.text(), request.split(), feed);
                TextInput.splitRegion(new StringReader(document.text()), request.split(), 0, (UnitSink) feed);
            } else if (doneThrough >= 0) {
                TextInput.read(document.file(), document.options(request.split()), (UnitSink) feed);
            } else {
                TextInput.read(document.file(), document.options(request.split()), (RegionSink) feed);
            }
        } catch (InputProblem e) {
            problem = e.getMessage();
        } catch (IOException e) {
            problem = document.name() + " could not be read: " + e.getMessage();
        }
        drain(scoring);
        if (problem != null) {
            events.problem(problem);
        }
    }

    private static void drain(OrderedScoring scoring) {
        try {
            scoring.drain();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the window's results throw none
        }
    }

    /** Reports units read and the share of the input read, which never goes back. */
    private void reportRead(long position) {
        shareRead = Math.max(shareRead, totalSize == 0 ? 1 : Math.min(1, position / (double) totalSize));
        events.read(unitsRead, shareRead);
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

    /** Hands one document's units and regions to scoring as they are read, named as the document. */
    private final class Feed implements RegionSink {
        private final OrderedScoring scoring;
        private final DocumentInput document;
        private final SourceUnits source;
        private final long doneThrough;
        private long bytesSent;

        Feed(OrderedScoring scoring, DocumentInput document, long doneThrough) {
            this.scoring = scoring;
            this.document = document;
            this.source = new SourceUnits(document.name());
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
            window.awaitLightFrame();
            try {
                scoring.add(new TextUnit(document.name(), unit.unit(), unit.text(), unit.record(), unit.start(), unit.end()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (++unitsRead % READ_REPORT_UNITS == 0) {
                // A plain text unit's end is where reading is in the document (chars against bytes: near enough
                // for an estimate); a table's unit says where it is in its field, so it tells nothing.
                reportRead(doneSize + (unit.record() == 0 ? unit.end() : 0));
            }
        }

        @Override
        public void region(byte[] bytes, Charset charset, long charOffset) {
            if (cancelled) {
                throw new Cancelled();
            }
            window.awaitLightFrame();
            try {
                scoring.addRegion(source, batchId -> new Region(id, batchId, settings, charset.name(), request.split().id(),
                        Region.SCORES, SentimentLabel.DEFAULT_THRESHOLD, charOffset, bytes));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bytesSent += bytes.length;
            reportRead(doneSize + bytesSent);
        }

        @Override
        public long unitsSoFar() {
            drain(scoring);
            return source.units;
        }

        @Override
        public void warning(String message) {
            events.problem(message);
        }
    }

    /** Hands results on to the window in order: a region's records read back into its units and their scores. */
    private final class Shown implements OrderedScoring.Results {
        @Override
        public void accept(List<ScoredUnit> chunk, String worker) {
            stopIfCancelled();
            List<TextUnit> units = new ArrayList<>(chunk.size());
            List<SentimentScores> scores = new ArrayList<>(chunk.size());
            for (ScoredUnit scored : chunk) {
                units.add(scored.unit());
                scores.add(scored.scores());
            }
            events.scored(units, scores, worker);
        }

        @Override
        public void accept(SourceUnits source, Region region, RegionResult records, String worker) {
            stopIfCancelled();
            List<TextUnit> units = new ArrayList<>(records.units());
            List<SentimentScores> scores = new ArrayList<>(records.units());
            RegionUnits.read(region, records, source.name, source.units + 1, (unit, unitScores) -> {
                units.add(unit);
                scores.add(unitScores);
            });
            source.units += records.units();
            unitsRead += records.units();
            if (!units.isEmpty()) {
                events.scored(units, scores, worker);
            }
        }

        @Override
        public void failed(String source, long first, int units, String reason) {
            long last = first + units - 1;
            events.problem((first == last ? "Unit " + first : "Units " + first + "–" + last) + " of " + source
                    + " could not be scored (" + reason + "); the other results are kept.");
        }

        /** Nothing is shown after a cancel, even what was scored already. */
        private void stopIfCancelled() {
            if (cancelled) {
                throw new Cancelled();
            }
        }
    }

    /** Unwinds the reading when the job is cancelled. */
    private static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super(null, null, false, false);
        }
    }
}
