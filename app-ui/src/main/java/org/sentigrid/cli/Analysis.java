package org.sentigrid.cli;

import org.sentigrid.analysis.GridPieceScorer;
import org.sentigrid.analysis.LocalPieceScorer;
import org.sentigrid.analysis.OrderedScoring;
import org.sentigrid.analysis.OrderedScoring.SourceUnits;
import org.sentigrid.analysis.PieceScorer;
import org.sentigrid.analysis.UnitScorer;
import org.sentigrid.api.ExitStatus;
import org.sentigrid.format.Output;
import org.sentigrid.format.ScoredUnit;
import org.sentigrid.format.ResultWriter;
import org.sentigrid.format.Bytes;
import org.sentigrid.format.KeptOutput;
import org.sentigrid.xlsx.XlsxResults;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sentigrid.api.grid.JobSettings;
import org.sentigrid.api.grid.Region;
import org.sentigrid.api.grid.RegionResult;
import org.sentigrid.engine.SentimentAnalyzer;
import org.sentigrid.text.InputProblem;
import org.sentigrid.text.RegionSink;
import org.sentigrid.text.Source;
import org.sentigrid.text.TextInput;
import org.sentigrid.text.TextUnit;
import org.sentigrid.text.UnitSink;

/**
 * One run of {@code sentigrid analyze}: reads every source in order, scores its units on the grid
 * (or in process) and writes one record per unit, in input order. A source that cannot be read, or a
 * batch that failed on every worker it was tried on, is reported and skipped; the output keeps
 * everything computed. Exit status 0, or 1 when something could not be read, scored or written.
 */
final class Analysis {
    /** The grid runs one job per process; its id only has to tell jobs of one coordinator apart. */
    private static final long JOB_ID = 1;

    private final AnalyzeSettings settings;
    private final SentimentAnalyzer analyzer;
    private final JobSettings jobSettings;
    private final Progress progress;
    private int failedBatches;
    /** Units whose records came from the journal, and units scored by this run. */
    private long resumedUnits;
    private long computedUnits;

    Analysis(AnalyzeSettings settings, SentimentAnalyzer analyzer, PrintWriter err) {
        this.settings = settings;
        this.analyzer = analyzer;
        this.jobSettings = analyzer.jobSettings();
        // A live progress line only for a watching terminal, and not amid results printed on it.
        this.progress = new Progress(err, System.console() != null && settings.output() != null);
    }

    int run() {
        List<Source> sources = TextInput.expand(settings.inputs(), this::warn);
        AnalyzeJournal journal;
        try {
            journal = settings.journal() == null ? null : openJournal(sources);
        } catch (AnalyzeJournal.Refused e) {
            progress.println("sentigrid: " + e.getMessage() + ".");
            return ExitStatus.USAGE;
        } catch (IOException e) {
            progress.println("sentigrid: cannot use the journal " + settings.journal() + ": " + IoErrors.reason(e));
            return ExitStatus.FAILED;
        }
        int unreadable;
        List<String> clauses = new ArrayList<>();
        try (journal;
             Output output = Output.open(settings.output());
             CliGrid grid = settings.grid() == null ? null : CliGrid.start(settings.grid(), progress, true)) {
            unreadable = analyze(sources, output, scorer(grid), journal);
            output.commit();
            if (journal != null) {
                clauses.add(String.format(Locale.ENGLISH, "%,d resumed from the journal, %,d computed", resumedUnits, computedUnits));
            }
            if (grid != null && !grid.unitsByWorker().isEmpty()) {
                clauses.add("by worker: " + grid.unitsByWorker());
            }
        } catch (GridUnavailable e) {
            progress.println("sentigrid: " + e.getMessage());
            return ExitStatus.FAILED;
        } catch (JournalMismatch e) {
            progress.println("sentigrid: " + e.getMessage());
            return ExitStatus.USAGE;
        } catch (IOException e) {
            progress.println("sentigrid: cannot write " + settings.outputName() + ": " + IoErrors.reason(e));
            return ExitStatus.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            progress.println("sentigrid: interrupted");
            return ExitStatus.FAILED;
        }
        progress.summary(sources.size() - unreadable, unreadable, clauses);
        return unreadable == 0 && failedBatches == 0 ? ExitStatus.OK : ExitStatus.FAILED;
    }

    private AnalyzeJournal openJournal(List<Source> sources) throws IOException, AnalyzeJournal.Refused {
        AnalyzeJournal journal = AnalyzeJournal.open(settings.journal(), JournalIdentity.of(settings, sources));
        if (journal.droppedBytes() > 0) {
            warn("the journal's last record was cut short (the run before stopped while writing it); "
                    + "it was dropped and its units are scored again");
        }
        return journal;
    }

    private PieceScorer scorer(CliGrid grid) {
        if (grid == null) {
            UnitScorer units = new UnitScorer(analyzer, settings.threshold(), settings.explain());
            return new LocalPieceScorer(units::score, analyzer, Runtime.getRuntime().availableProcessors());
        }
        return new GridPieceScorer(grid::server, JOB_ID, jobSettings, settings.threshold());
    }

    /** Writes the results of every readable source; returns how many sources could not be read. */
    private int analyze(List<Source> sources, Output output, PieceScorer scorer, AnalyzeJournal journal) throws IOException {
        KeptOutput kept = KeptOutput.of(settings.input().keep());
        boolean xlsx = settings.format() == OutputFormat.XLSX;
        try (XlsxResults workbook = xlsx ? new XlsxResults(kept) : null) {
            Writing writing = new Writing(xlsx ? null : new ResultWriter(output.stream(), settings.format().rows(),
                    settings.explain(), kept), workbook, journal);
            int unreadable = analyze(sources, scorer, writing);
            if (xlsx) {
                workbook.write(output.stream());
            } else {
                writing.writer.flush();
            }
            return unreadable;
        }
    }

    private int analyze(List<Source> sources, PieceScorer scorer, Writing writing) throws IOException {
        int unreadable = 0;
        try (OrderedScoring scoring = new OrderedScoring(scorer, writing)) {
            for (Source source : sources) {
                try {
                    SourceSink sink = new SourceSink(scoring, writing, new SourceUnits(source.name()));
                    if (settings.explain() || !settings.input().keep().isEmpty() || writing.workbook != null) {
                        // Explanations, kept columns and workbooks are made here, from units.
                        TextInput.read(source, settings.input(), (UnitSink) sink);
                    } else {
                        TextInput.read(source, settings.input(), sink);
                    }
                    sink.end();
                } catch (InputProblem problem) {
                    progress.println("sentigrid: " + problem.getMessage());
                    unreadable++;
                } catch (OutputFailed e) {
                    throw e.getCause();
                }
            }
            scoring.drain();
        }
        return unreadable;
    }

    /**
     * Writes results in input order, and journals what this run scored before it counts as written:
     * a run of units of one source, or a region, per journal record.
     */
    private final class Writing implements OrderedScoring.Results {
        /** The text records' writer; null when the results go to {@link #workbook}. */
        final ResultWriter writer;
        /** With --format xlsx, the workbook; else null. */
        final XlsxResults workbook;
        private final AnalyzeJournal journal;

        Writing(ResultWriter writer, XlsxResults workbook, AnalyzeJournal journal) {
            this.writer = writer;
            this.workbook = workbook;
            this.journal = journal;
        }

        @Override
        public void accept(List<ScoredUnit> chunk, String worker) throws IOException {
            int from = 0;
            while (from < chunk.size()) {
                String source = chunk.get(from).unit().source();
                int to = from + 1;
                while (to < chunk.size() && chunk.get(to).unit().source().equals(source)) {
                    to++;
                }
                write(chunk.subList(from, to));
                from = to;
            }
        }

        /** Units of one source, in order, numbered one after another. */
        private void write(List<ScoredUnit> units) throws IOException {
            if (workbook != null) {
                units.forEach(workbook::add);
            } else if (journal == null) {
                for (ScoredUnit unit : units) {
                    writer.write(unit);
                }
            } else {
                Bytes tails = new Bytes();
                int[] ends = new int[units.size()];
                long check = 0;
                for (int i = 0; i < ends.length; i++) {
                    writer.appendTail(tails, units.get(i));
                    ends[i] = tails.length();
                    check = AnalyzeJournal.textsCheck(check, units.get(i).unit().text());
                }
                TextUnit first = units.get(0).unit();
                journal.addUnits(first.source(), first.unit(), check, tails, ends);
                writeTails(first.source(), first.unit(), tails.array(), ends);
            }
            computedUnits += units.size();
            progress.unitsWritten(units.size());
        }

        void writeTails(String source, long first, byte[] tails, int[] ends) throws IOException {
            for (int i = 0; i < ends.length; i++) {
                writer.writeTail(source, first + i, tails, i == 0 ? 0 : ends[i - 1], ends[i]);
            }
        }

        @Override
        public void accept(SourceUnits source, Region region, RegionResult records, String worker) throws IOException {
            if (journal != null) {
                journal.addRegion(source.name, region.charOffset(), region.bytes(), records);
            }
            computedUnits += records.units();
            writeRegion(source, region.bytes(), records);
        }

        void writeRegion(SourceUnits source, byte[] region, RegionResult records) throws IOException {
            writer.writeFormatted(source.name, source.units + 1, region, records);
            source.units += records.units();
            progress.unitsWritten(records.units());
        }

        /** Writes a journaled run of units again, once everything before it is written. */
        void replayUnits(OrderedScoring scoring, String source, long first, AnalyzeJournal.Piece piece) throws IOException {
            scoring.addDone(() -> {
                AnalyzeJournal.Units units = journal.units(piece);
                writeTails(source, first, units.tails(), units.ends());
                resumedUnits += units.ends().length;
                progress.unitsWritten(units.ends().length);
            });
        }

        /** Writes a journaled region again, once everything before it is written. */
        void replayRegion(OrderedScoring scoring, SourceUnits source, byte[] region, AnalyzeJournal.Piece piece) throws IOException {
            scoring.addDone(() -> {
                RegionResult records = journal.region(piece);
                resumedUnits += records.units();
                writeRegion(source, region, records);
            });
        }

        @Override
        public void failed(String source, long firstUnit, int units, String reason) {
            failedBatches++;
            progress.println("sentigrid: " + (units == 1 ? "unit " + firstUnit : "units " + firstUnit + "–" + (firstUnit + units - 1))
                    + " of " + source + " were not scored: " + reason);
        }
    }

    /**
     * Passes one source's units and regions on to scoring, or, when the journal has them, to be written
     * from there (output errors travel through the reader as OutputFailed), and prints warnings.
     */
    private final class SourceSink implements RegionSink {
        private final OrderedScoring scoring;
        private final Writing writing;
        private final SourceUnits source;
        /** The journaled run of units the units now read belong to, while it lasts. */
        private AnalyzeJournal.Piece replaying;
        private long replayFirst;
        private long replayCheck;
        private int replayRead;

        SourceSink(OrderedScoring scoring, Writing writing, SourceUnits source) {
            this.scoring = scoring;
            this.writing = writing;
            this.source = source;
        }

        @Override
        public void unit(TextUnit unit) {
            try {
                if (replaying == null && writing.journal != null) {
                    replaying = writing.journal.unitsAt(source.name, unit.unit());
                    replayFirst = unit.unit();
                    replayCheck = 0;
                    replayRead = 0;
                }
                if (replaying == null) {
                    scoring.add(unit);
                    return;
                }
                replayCheck = AnalyzeJournal.textsCheck(replayCheck, unit.text());
                if (++replayRead == replaying.units()) {
                    if (replayCheck != replaying.check()) {
                        throw changed();
                    }
                    writing.replayUnits(scoring, source.name, replayFirst, replaying);
                    replaying = null;
                }
            } catch (IOException e) {
                throw new OutputFailed(e);
            }
        }

        @Override
        public void region(byte[] bytes, Charset charset, long charOffset) {
            try {
                AnalyzeJournal.Piece done = writing.journal == null ? null : writing.journal.regionAt(source.name, charOffset);
                if (done == null) {
                    scoring.addRegion(source, batchId -> new Region(JOB_ID, batchId, jobSettings, charset.name(),
                            settings.input().split().id(), settings.format().id(), settings.threshold(), charOffset, bytes));
                } else if (done.check() == AnalyzeJournal.regionCheck(bytes)) {
                    writing.replayRegion(scoring, source, bytes, done);
                } else {
                    throw changed();
                }
            } catch (IOException e) {
                throw new OutputFailed(e);
            }
        }

        /** The source has been read: a journaled run of units must not be left half read. */
        void end() {
            if (replaying != null) {
                throw changed();
            }
        }

        private JournalMismatch changed() {
            return new JournalMismatch(source.name + " is not what it was when the journal " + settings.journal()
                    + " was written, though its size and time are; name a new journal file to start afresh.");
        }

        @Override
        public long unitsSoFar() {
            try {
                scoring.drain();
            } catch (IOException e) {
                throw new OutputFailed(e);
            }
            return source.units;
        }

        @Override
        public void warning(String message) {
            warn(message);
        }
    }

    private void warn(String message) {
        progress.println("sentigrid: warning: " + message);
    }

    /** The journal's record of an input does not match the input as read now. */
    private static final class JournalMismatch extends RuntimeException {
        private static final long serialVersionUID = 1L;

        JournalMismatch(String message) {
            super(message);
        }
    }

    /** An output error on its way through {@link TextInput#read}, which only lets unchecked exceptions pass. */
    private static final class OutputFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutputFailed(IOException cause) {
            super(cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }
}
