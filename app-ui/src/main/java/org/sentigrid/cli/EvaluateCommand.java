package org.sentigrid.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sentigrid.api.EngineMode;
import org.sentigrid.api.ExitStatus;
import org.sentigrid.api.SentimentLabel;
import org.sentigrid.engine.SentimentAnalyzer;
import org.sentigrid.evaluate.GoldLabels;
import org.sentigrid.evaluate.GoldRows;
import org.sentigrid.evaluate.GoldTable;
import org.sentigrid.evaluate.GoldType;
import org.sentigrid.text.InputProblem;
import org.sentigrid.text.Source;
import org.sentigrid.text.SplitMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sentigrid evaluate}: how the engine agrees with the human gold column of a table. */
@Command(name = "evaluate",
        sortOptions = false,
        description = {
            "Scores each row of a table and measures how the scores agree with a column of human judgements "
                    + "(the gold): numeric ratings, or labels.",
            "",
            "FILE: .csv or .tsv with a header row, .jsonl/.ndjson (--column and --gold name fields), or a "
                    + "spreadsheet (its first sheet). A file with any other extension is read as tab-separated lines "
                    + "with no header row (columns go by number from 1) and no quoting, as the VADER corpora are "
                    + "(id<TAB>rating<TAB>text: --column 3 --gold 2).",
            ""
        },
        exitCodeListHeading = ExitStatus.HEADING,
        exitCodeList = {ExitStatus.OK_HELP, ExitStatus.FAILED_HELP, ExitStatus.USAGE_HELP, ExitStatus.INTERNAL_ERROR_HELP},
        footer = {
            "Exit status 1: FILE could not be read, or has no row with text and a usable",
            "gold value.",
            "",
            "Ratings (numbers): n, Pearson's r and Spearman's rho with 95%% intervals",
            "  (Fisher z: atanh(r) +- 1.96/sqrt(n-3), for both), and the mean absolute",
            "  error of the least-squares line gold = intercept + slope * compound, in",
            "  the gold's units.",
            "Labels: n, accuracy, macro-F1 (the mean F1 of the classes the gold uses),",
            "  each class's precision, recall and F1, the confusion matrix (gold by",
            "  predicted) at --threshold, and a sweep of thresholds 0.01 to 0.99 naming",
            "  the one with the best macro-F1. Gold values are labels by --gold-map, else",
            "  by their names (positive, neutral, negative, in any case).",
            "Rows without text are not scored; rows whose gold is empty or unreadable are",
            "  left out and counted on standard error.",
            "",
            "--format json writes one object; for ratings:",
            "  {\"n\", \"pearson\", \"pearson_ci95\": [low, high], \"spearman\",",
            "   \"spearman_ci95\", \"mae\", \"fit\": {\"intercept\", \"slope\"}}",
            "for labels:",
            "  {\"n\", \"threshold\", \"accuracy\", \"macro_f1\",",
            "   \"per_class\": {LABEL: {\"precision\", \"recall\", \"f1\", \"gold\"}},",
            "   \"confusion\": {GOLD: {PREDICTED: count}}, \"best_threshold\",",
            "   \"best_macro_f1\", \"sweep\": [[threshold, macro_f1], ...]}",
            "A measure that cannot be computed is null. With --engine both: one such",
            "object under \"vader\" and one under \"nltk\".",
            "--format csv writes engine,measure,value rows (confusion.GOLD.PREDICTED, ...)."
        })
public final class EvaluateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--column", paramLabel = "TEXT", required = true,
            description = "The column (or JSON Lines field) holding the text: its header, or its number from 1 in "
                    + "tab-separated lines.")
    private String column;

    @Option(names = "--gold", paramLabel = "COL", required = true,
            description = "The column (or field) holding the human gold value of each row.")
    private String gold;

    @Option(names = "--gold-type", paramLabel = "rating|label",
            description = "What the gold holds. Default: label with --gold-map, when a gold value is a label (positive, "
                    + "neutral, negative), or when none is a number; else rating.")
    private String goldType;

    @Option(names = "--gold-map", paramLabel = "V=positive,...",
            description = "Gold values as labels, e.g. 1=positive,0=negative or pos=positive,neg=negative,neu=neutral.")
    private String goldMap;

    @Option(names = "--engine", paramLabel = "vader|nltk|both", defaultValue = "vader",
            description = "vaderSentiment 3.3.2 (vader), NLTK 3.8.1 (nltk), or each of them. Default: ${DEFAULT-VALUE}.")
    private String engine;

    @Option(names = "--split", paramLabel = "none|sentences", defaultValue = "none",
            description = "none scores each row's text whole; sentences scores its sentences and takes their mean. "
                    + "Default: ${DEFAULT-VALUE}.")
    private String split;

    @Option(names = "--format", paramLabel = "text|json|csv", defaultValue = "text",
            description = "The report's format. Default: ${DEFAULT-VALUE}.")
    private String format;

    @Option(names = "--threshold", paramLabel = "T", defaultValue = "" + SentimentLabel.DEFAULT_THRESHOLD,
            description = "For labels: compound >= T is positive, <= -T negative, else neutral. 0 < T < 1. "
                    + "Default: ${DEFAULT-VALUE}.")
    private double threshold;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Parameters(paramLabel = "FILE", arity = "1", description = "The table.")
    private String file;

    @Override
    public Integer call() {
        EvaluationReport.Format reportFormat = parse(() -> EvaluationReport.Format.fromId(format));
        SplitMode splitMode = parse(() -> splitMode(split));
        List<EngineMode> engines = parse(() -> engine.equals("both") ? List.of(EngineMode.VADER, EngineMode.NLTK)
                : List.of(EngineMode.fromId(engine)));
        GoldLabels labels = goldMap == null ? GoldLabels.names() : parse(() -> GoldLabels.parse(goldMap));
        GoldType type = goldType == null ? null : parse(() -> GoldType.fromId(goldType));
        if (type == GoldType.RATING && goldMap != null) {
            throw new ParameterException(spec.commandLine(), "--gold-map is for labels, not for --gold-type rating");
        }
        if (!(threshold > 0 && threshold < 1)) {
            throw new ParameterException(spec.commandLine(), "--threshold must be greater than 0 and less than 1, was " + threshold);
        }
        PrintWriter err = spec.commandLine().getErr();
        Source source = source(file);
        GoldRows rows;
        try {
            rows = GoldRows.read(source, new GoldTable(column, gold), splitMode,
                    engines.stream().map(SentimentAnalyzer::of).toList(), warning -> err.println("sentigrid: warning: " + warning));
        } catch (InputProblem problem) {
            err.println("sentigrid: " + problem.getMessage());
            return ExitStatus.FAILED;
        }
        if (rows.size() > 0 && !rows.hasGoldColumn()) {
            err.println("sentigrid: " + source.name() + " has no gold column \"" + gold + "\", so there is nothing to measure.");
            return ExitStatus.FAILED;
        }
        if (type == null) {
            type = goldMap != null ? GoldType.LABEL : GoldType.guess(rows);
        }
        EvaluationReport report = new EvaluationReport(source.name(), rows, type, labels, threshold, splitMode);
        report.leftOut().forEach(line -> err.println("sentigrid: " + source.name() + ": " + line));
        if (report.n() == 0) {
            err.println("sentigrid: " + source.name() + " has no row with text and a gold " + type.id()
                    + " in \"" + gold + "\", so there is nothing to measure"
                    + (type == GoldType.LABEL ? "; map its values to labels with --gold-map (e.g. 1=positive,0=negative)" : "") + ".");
            return ExitStatus.FAILED;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(report.format(reportFormat));
        out.flush();
        return ExitStatus.OK;
    }

    /** The file as a source: {@code -} is standard input (read as TSV). */
    private static Source source(String name) {
        if (name.equals(Source.STDIN_NAME)) {
            return Source.stdin();
        }
        try {
            return new Source(name, Path.of(name));
        } catch (InvalidPathException e) {
            return Source.unusable(name);
        }
    }

    private static SplitMode splitMode(String id) {
        SplitMode mode = SplitMode.fromId(id);
        if (mode == SplitMode.LINES) {
            throw new IllegalArgumentException("unknown split mode '" + id + "' (expected none or sentences)");
        }
        return mode;
    }

    private interface Parse<T> {
        T get();
    }

    /** An option's value, or a usage error saying why it is not one. */
    private <T> T parse(Parse<T> value) {
        try {
            return value.get();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}
