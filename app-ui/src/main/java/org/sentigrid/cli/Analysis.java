package org.sentigrid.cli;

import org.sentigrid.format.Output;
import org.sentigrid.format.ScoredUnit;
import org.sentigrid.format.ResultWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import org.sentigrid.api.grid.JobSettings;
import org.sentigrid.api.grid.Region;
import org.sentigrid.api.grid.RegionResult;
import org.sentigrid.cli.OrderedScoring.SourceUnits;
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

    Analysis(AnalyzeSettings settings, SentimentAnalyzer analyzer, PrintWriter err) {
        this.settings = settings;
        this.analyzer = analyzer;
        this.jobSettings = jobSettings(analyzer);
        // A live progress line only for a watching terminal, and not amid results printed on it.
        this.progress = new Progress(err, System.console() != null && settings.output() != null);
    }

    int run() {
        List<Source> sources = TextInput.expand(settings.inputs(), this::warn);
        int unreadable;
        String byWorker = "";
        try (Output output = Output.open(settings.output());
             GridSession grid = settings.grid() == null ? null : GridSession.start(settings.grid(), progress, true)) {
            unreadable = analyze(sources, output, scorer(grid));
            output.commit();
            byWorker = grid == null ? "" : grid.unitsByWorker();
        } catch (GridUnavailable e) {
            progress.println("sentigrid: " + e.getMessage());
            return ExitStatus.INPUT_OR_OUTPUT_FAILED;
        } catch (IOException e) {
            progress.println("sentigrid: cannot write " + settings.outputName() + ": " + IoErrors.reason(e));
            return ExitStatus.INPUT_OR_OUTPUT_FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            progress.println("sentigrid: interrupted");
            return ExitStatus.INPUT_OR_OUTPUT_FAILED;
        }
        progress.summary(sources.size() - unreadable, unreadable, byWorker);
        return unreadable == 0 && failedBatches == 0 ? ExitStatus.OK : ExitStatus.INPUT_OR_OUTPUT_FAILED;
    }

    private ChunkScorer scorer(GridSession grid) {
        if (grid == null) {
            UnitScorer units = new UnitScorer(analyzer, settings.threshold(), settings.explain());
            return new InProcessScorer(units::score, analyzer, Runtime.getRuntime().availableProcessors());
        }
        return new GridScorer(grid.server(), JOB_ID, jobSettings, settings.threshold());
    }

    /** What workers need to score as this process would: the mode and the user's words, as data. */
    private static JobSettings jobSettings(SentimentAnalyzer analyzer) {
        Map<String, Double> words = analyzer.overlay().entries();
        return new JobSettings(analyzer.mode(), words.keySet().toArray(String[]::new),
                words.values().stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Writes the results of every readable source; returns how many sources could not be read. */
    private int analyze(List<Source> sources, Output output, ChunkScorer scorer) throws IOException {
        ResultWriter writer = new ResultWriter(output.stream(), settings.format().rows(), settings.explain());
        int unreadable = 0;
        try (OrderedScoring scoring = new OrderedScoring(scorer, new OrderedScoring.Results() {
            @Override
            public void accept(ScoredUnit result) throws IOException {
                writer.write(result);
                progress.unitWritten();
            }

            @Override
            public void accept(SourceUnits source, byte[] region, RegionResult records) throws IOException {
                writer.writeFormatted(source.name, source.units + 1, region, records);
                source.units += records.units();
                progress.unitsWritten(records.units());
            }

            @Override
            public void failed(List<TextUnit> units, String reason) {
                TextUnit first = units.get(0);
                notScored(first.source(), first.unit(), units.size(), reason);
            }

            @Override
            public void failed(SourceUnits source, int units, String reason) {
                notScored(source.name, source.units + 1, units, reason);
                source.units += units;
            }
        })) {
            for (Source source : sources) {
                try {
                    SourceSink sink = new SourceSink(scoring, new SourceUnits(source.name()));
                    if (settings.explain()) {
                        TextInput.read(source, settings.input(), (UnitSink) sink); // explanations are made here, from units
                    } else {
                        TextInput.read(source, settings.input(), sink);
                    }
                } catch (InputProblem problem) {
                    progress.println("sentigrid: " + problem.getMessage());
                    unreadable++;
                } catch (OutputFailed e) {
                    throw e.getCause();
                }
            }
            scoring.drain();
        }
        writer.flush();
        return unreadable;
    }

    private void notScored(String source, long firstUnit, int units, String reason) {
        failedBatches++;
        progress.println("sentigrid: " + (units == 1 ? "unit " + firstUnit : "units " + firstUnit + "–" + (firstUnit + units - 1))
                + " of " + source + " were not scored: " + reason);
    }

    /**
     * Passes one source's units and regions on to scoring (output errors travel through the reader as
     * OutputFailed) and prints warnings.
     */
    private final class SourceSink implements RegionSink {
        private final OrderedScoring scoring;
        private final SourceUnits source;

        SourceSink(OrderedScoring scoring, SourceUnits source) {
            this.scoring = scoring;
            this.source = source;
        }

        @Override
        public void unit(TextUnit unit) {
            try {
                scoring.add(unit);
            } catch (IOException e) {
                throw new OutputFailed(e);
            }
        }

        @Override
        public void region(byte[] bytes, Charset charset, long charOffset) {
            try {
                scoring.addRegion(source, batchId -> new Region(JOB_ID, batchId, jobSettings, charset.name(),
                        settings.input().split().id(), settings.format().id(), settings.threshold(), charOffset, bytes));
            } catch (IOException e) {
                throw new OutputFailed(e);
            }
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
