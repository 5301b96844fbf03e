package org.sentigrid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.sentigrid.engine.SentimentAnalyzer;
import org.sentigrid.text.InputProblem;
import org.sentigrid.text.Source;
import org.sentigrid.text.TextInput;
import org.sentigrid.text.TextUnit;
import org.sentigrid.text.UnitSink;

/**
 * One run of {@code sentigrid analyze}: reads every source in order, scores its units in process and
 * writes one record per unit. A source that cannot be read is reported and skipped; the output keeps
 * everything computed. Exit status 0, or 1 when a source could not be read or the output not written.
 */
final class Analysis {
    private final AnalyzeSettings settings;
    private final UnitScorer scorer;
    private final Progress progress;

    Analysis(AnalyzeSettings settings, SentimentAnalyzer analyzer, PrintWriter err) {
        this.settings = settings;
        this.scorer = new UnitScorer(analyzer, settings.threshold(), settings.explain());
        // A live progress line only for a watching terminal, and not amid results printed on it.
        this.progress = new Progress(err, System.console() != null && settings.output() != null);
    }

    int run() {
        List<Source> sources = TextInput.expand(settings.inputs(), this::warn);
        int unreadable;
        try (Output output = Output.open(settings.output())) {
            unreadable = analyze(sources, output);
            output.commit();
        } catch (IOException e) {
            progress.println("sentigrid: cannot write " + settings.outputName() + ": " + IoErrors.reason(e));
            return ExitStatus.INPUT_OR_OUTPUT_FAILED;
        }
        progress.summary(sources.size() - unreadable, unreadable);
        return unreadable == 0 ? ExitStatus.OK : ExitStatus.INPUT_OR_OUTPUT_FAILED;
    }

    /** Writes the results of every readable source; returns how many sources could not be read. */
    private int analyze(List<Source> sources, Output output) throws IOException {
        ResultWriter writer = settings.format().open(output.writer(), settings.explain());
        int unreadable = 0;
        try (OrderedScoring scoring = new OrderedScoring(scorer::score, result -> {
            writer.write(result);
            progress.unitWritten();
        }, Runtime.getRuntime().availableProcessors())) {
            UnitSink sink = sink(scoring);
            for (Source source : sources) {
                try {
                    TextInput.read(source, settings.input(), sink);
                } catch (InputProblem problem) {
                    progress.println("sentigrid: " + problem.getMessage());
                    unreadable++;
                } catch (OutputFailed e) {
                    throw e.getCause();
                }
            }
            scoring.finish();
        }
        writer.flush();
        return unreadable;
    }

    /** Passes units on to scoring (output errors travel through the reader as OutputFailed) and prints warnings. */
    private UnitSink sink(OrderedScoring scoring) {
        return new UnitSink() {
            @Override
            public void unit(TextUnit unit) {
                try {
                    scoring.add(unit);
                } catch (IOException e) {
                    throw new OutputFailed(e);
                }
            }

            @Override
            public void warning(String message) {
                warn(message);
            }
        };
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
