package org.sentigrid.cli;

import org.sentigrid.analysis.LocalPieceScorer;
import org.sentigrid.analysis.OrderedScoring;
import org.sentigrid.analysis.OrderedScoring.SourceUnits;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.sentigrid.api.ExitStatus;
import org.sentigrid.api.grid.Region;
import org.sentigrid.api.grid.RegionResult;
import org.sentigrid.engine.SentimentAnalyzer;
import org.sentigrid.format.Output;
import org.sentigrid.format.ScoredUnit;
import org.sentigrid.summary.DateReader;
import org.sentigrid.summary.Period;
import org.sentigrid.summary.Periods;
import org.sentigrid.summary.SummaryCsv;
import org.sentigrid.summary.Tally;
import org.sentigrid.text.InputOptions;
import org.sentigrid.text.InputProblem;
import org.sentigrid.text.Source;
import org.sentigrid.text.TextInput;
import org.sentigrid.text.TextUnit;
import org.sentigrid.text.UnitSink;

/**
 * One run of {@code sentigrid summarize}: reads every source as {@code analyze} does, scores its units on
 * this process's threads, and counts them by group and period ({@link Tally}); then writes the summary.
 * A source that cannot be read is reported and skipped; units whose time value is no date are counted,
 * reported in one line, and left out.
 *
 * @param options  how sources are read; its kept columns are the group column (if any), then the time column (if any)
 * @param groupBy  the group column, or null to group by source
 * @param time     the time column, or null for no periods
 */
record Summarizing(InputOptions options, SentimentAnalyzer analyzer, double threshold, List<String> inputs, Path output,
                   String groupBy, String time, Period every, DateReader dates, PrintWriter err) {

    int run() {
        long started = System.nanoTime();
        List<Source> sources = TextInput.expand(inputs, message -> err.println("sentigrid: warning: " + message));
        Counting counting = new Counting(new Periods(every, dates));
        int unreadable = 0;
        try (Output out = Output.open(output)) {
            try (OrderedScoring scoring = new OrderedScoring(LocalPieceScorer.of(analyzer, threshold), counting)) {
                for (Source source : sources) {
                    try {
                        TextInput.read(source, options, new Units(scoring));
                    } catch (InputProblem problem) {
                        err.println("sentigrid: " + problem.getMessage());
                        unreadable++;
                    } catch (ScoringFailed e) {
                        throw e.getCause();
                    }
                }
                scoring.drain();
            }
            List<Tally.Row> rows = counting.tally.rows();
            SummaryCsv.write(rows, out.stream());
            out.commit();
            counting.reportDates();
            err.println(String.format(Locale.ENGLISH, "Summarized %,d units from %,d source%s into %,d row%s in %.1f s%s.",
                    counting.units, sources.size() - unreadable, sources.size() - unreadable == 1 ? "" : "s",
                    rows.size(), rows.size() == 1 ? "" : "s", (System.nanoTime() - started) / 1e9,
                    unreadable == 0 ? "" : "; " + unreadable + (unreadable == 1 ? " source" : " sources") + " could not be read"));
        } catch (IOException e) {
            err.println("sentigrid: cannot write " + (output == null ? "standard output" : output) + ": " + IoErrors.reason(e));
            return ExitStatus.FAILED;
        }
        return unreadable == 0 ? ExitStatus.OK : ExitStatus.FAILED;
    }

    /** Counts scored units as they come, in input order. */
    private final class Counting implements OrderedScoring.Results {
        final Tally tally = new Tally();
        long units;
        private final Periods periods;

        Counting(Periods periods) {
            this.periods = periods;
        }

        @Override
        public void accept(List<ScoredUnit> chunk, String worker) {
            for (ScoredUnit scored : chunk) {
                TextUnit unit = scored.unit();
                String group = groupBy == null ? unit.source() : nonNull(unit.kept(0));
                LocalDate period = null;
                if (time != null) {
                    period = periods.of(unit.kept(groupBy == null ? 0 : 1), unit.source());
                    if (period == null) {
                        continue;
                    }
                }
                units++;
                tally.add(group, period, scored.scores().compound(), scored.label());
            }
        }

        void reportDates() {
            long undated = periods.undated();
            if (undated > 0) {
                err.println(String.format(Locale.ENGLISH, "sentigrid: warning: %,d unit%s had a \"%s\" that is not a date"
                        + " Sentigrid reads (the first: %s); left out of the summary. --time-format PATTERN reads other forms.",
                        undated, undated == 1 ? "" : "s", time, periods.firstUndated()));
            }
        }

        private static String nonNull(String value) {
            return value == null ? "" : value;
        }

        @Override
        public void accept(SourceUnits source, Region region, RegionResult records, String worker) {
            throw new IllegalStateException("summarize reads units, never regions");
        }

        @Override
        public void failed(String source, long firstUnit, int units, String reason) {
            throw new IllegalStateException("scoring in this process does not fail: " + reason);
        }
    }

    /** Hands units to scoring and prints warnings. */
    private final class Units implements UnitSink {
        private final OrderedScoring scoring;

        Units(OrderedScoring scoring) {
            this.scoring = scoring;
        }

        @Override
        public void unit(TextUnit unit) {
            try {
                scoring.add(unit);
            } catch (IOException e) {
                throw new ScoringFailed(e);
            }
        }

        @Override
        public void warning(String message) {
            err.println("sentigrid: warning: " + message);
        }
    }

    /** An error of handing on results, on its way through {@link TextInput#read}. */
    private static final class ScoringFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ScoringFailed(IOException cause) {
            super(cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }
}
