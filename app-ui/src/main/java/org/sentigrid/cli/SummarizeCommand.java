package org.sentigrid.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sentigrid.api.ExitStatus;
import org.sentigrid.summary.DateReader;
import org.sentigrid.summary.Period;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sentigrid summarize}: units counted by group and period, with mean compound, its interval and the label shares. */
@Command(name = "summarize",
        sortOptions = false,
        description = {
            "Scores the inputs as analyze does (the same inputs and input options) and writes one CSV row per group "
                    + "and period, on this process's threads.",
            ""
        },
        exitCodeListHeading = ExitStatus.HEADING,
        exitCodeList = {ExitStatus.OK_HELP, ExitStatus.FAILED_HELP, ExitStatus.USAGE_HELP, ExitStatus.INTERNAL_ERROR_HELP},
        footer = {
            "",
            "Output (CSV, UTF-8, a header row, lines end with LF):",
            "  group          the --group-by value (empty where a unit has none); without",
            "                 --group-by, the source",
            "  period         with --time, the first day of the period (ISO 8601: YYYY-MM-DD;",
            "                 weeks begin on Monday); else empty",
            "  units          how many units",
            "  mean_compound  their mean compound",
            "  ci95_low       the mean's 95%% confidence interval (Student's t, from the",
            "  ci95_high      sample standard deviation); empty for a single unit",
            "  positive       the share of units of each label, from 0 to 1",
            "  neutral",
            "  negative",
            "  Numbers have 4 decimals. Groups come in the order of their first unit,",
            "  periods in time order.",
            "",
            "Time values read without --time-format: ISO 8601 dates and date-times",
            "(2024-03-01, 2024-03-01T10:15:00Z, 2024-03-01 10:15; the day as written),",
            "day/month/year with / . or - (31/12/2024, 1.3.24), 1 March 2024, March 1,",
            "2024, and epoch seconds (1709287200, in UTC). A unit whose value is none of",
            "these is left out; how many, and the first such value, are said in one line."
        })
public final class SummarizeCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private SourceOptions source = new SourceOptions();

    @Parameters(paramLabel = "FILE|DIR|-", description = "The inputs (default: - for standard input).")
    private List<String> inputs = new ArrayList<>();

    @Option(names = "--group-by", paramLabel = "COL",
            description = "Group by this column (a CSV/TSV or spreadsheet column, a JSON Lines field, or a document's "
                    + "title, author or created). Default: by source.")
    private String groupBy;

    @Option(names = "--time", paramLabel = "COL", description = "Count by period of the dates in this column.")
    private String time;

    @Option(names = "--every", paramLabel = "day|week|month|year", defaultValue = "day",
            description = "With --time: the length of a period. Default: ${DEFAULT-VALUE}.")
    private String every;

    @Option(names = "--time-format", paramLabel = "PATTERN",
            description = "With --time: read dates with this pattern only (Java DateTimeFormatter letters, "
                    + "e.g. MM/dd/yyyy or dd.MM.yyyy HH:mm).")
    private String timeFormat;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write to FILE instead of standard output (written whole or not at all).")
    private Path output;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Override
    public Integer call() {
        List<String> keep = new ArrayList<>();
        if (groupBy != null) {
            keep.add(groupBy);
        }
        if (time != null) {
            keep.add(time);
        }
        try {
            if (time == null && (timeFormat != null || spec.commandLine().getParseResult().hasMatchedOption("--every"))) {
                throw new IllegalArgumentException("--every and --time-format need --time COL");
            }
            return new Summarizing(source.input(keep), source.analyzer(), source.threshold(),
                    inputs.isEmpty() ? List.of("-") : inputs, output, groupBy, time,
                    Period.fromId(every), new DateReader(timeFormat), spec.commandLine().getErr()).run();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}
