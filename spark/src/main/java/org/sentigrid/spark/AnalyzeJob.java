package org.sentigrid.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.sql.SparkSession;
import org.sentigrid.api.EngineMode;
import org.sentigrid.api.ExitStatus;
import org.sentigrid.api.SentimentLabel;
import org.sentigrid.engine.LexiconFormatException;
import org.sentigrid.format.RowFormat;
import org.sentigrid.text.InputOptions;
import org.sentigrid.text.SplitMode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sentigrid analyze} as a Spark job: {@code spark-submit --class org.sentigrid.spark.AnalyzeJob
 * sentigrid-spark.jar [options] INPUT... --output PATH}. The driver reads the inputs as analyze does,
 * the executors split and score them, and the records are written in input order: CSV, TSV or JSON Lines
 * as part files (concatenated in name order, byte for byte what analyze writes) or, with
 * {@code --single-file}, one file; Parquet with Spark's writer.
 */
@Command(name = "AnalyzeJob", sortOptions = false, mixinStandardHelpOptions = false,
        description = {
            "Scores text with Sentigrid's VADER on Spark and writes one record per unit (sentence, line or whole "
                    + "input), in input order, as `sentigrid analyze` does.",
            "",
            "Inputs: plain text files of any extension; .csv/.tsv files (the text in --column); .jsonl/.ndjson "
                    + "files (the text in --field); directories (their text files, recursively, in path order); "
                    + "Parquet (a file or directory named *.parquet, the text in --column). The driver reads them "
                    + "from its own file system (Parquet through Spark); the executors split and score.",
            ""
        },
        exitCodeListHeading = ExitStatus.HEADING,
        exitCodeList = {ExitStatus.OK_HELP, ExitStatus.FAILED_HELP, ExitStatus.USAGE_HELP, ExitStatus.INTERNAL_ERROR_HELP},
        footer = {
            "Exit status 1: an input could not be read or the output not written; a malformed",
            "--lexicon file is a usage error (2).",
            "",
            "Output columns: source, unit, text, neg, neu, pos, compound, label, record, start, end, as",
            "`sentigrid analyze --help` describes them; in Parquet, neg/neu/pos are decimal(4,3),",
            "compound decimal(5,4), record null for plain text."
        })
public final class AnalyzeJob implements Callable<Integer> {
    /** The summary gives a rate from this many units on, as analyze's does. */
    static final int RATE_FROM_UNITS = 1_000;

    @Spec
    private CommandSpec spec;

    @Option(names = "--engine", paramLabel = "vader|nltk", defaultValue = "vader",
            description = "vaderSentiment 3.3.2 (vader) or NLTK 3.8.1 (nltk). Default: ${DEFAULT-VALUE}.")
    private String engine;

    @Option(names = "--split", paramLabel = "sentences|lines|none", defaultValue = "sentences",
            description = "The units: sentences, non-blank lines, or each whole input (each CSV cell, JSON field "
                    + "or Parquet value). Default: ${DEFAULT-VALUE}.")
    private String split;

    @Option(names = "--format", paramLabel = "csv|tsv|jsonl|parquet", defaultValue = "csv",
            description = "The output format. Default: ${DEFAULT-VALUE}.")
    private String format;

    @Option(names = "--output", paramLabel = "PATH", required = true,
            description = "A new (or empty) directory for the part files; with --single-file, the file.")
    private Path output;

    @Option(names = "--single-file", description = "CSV, TSV and JSON Lines: write one file, through the driver, "
            + "byte for byte what `sentigrid analyze --output FILE` writes.")
    private boolean singleFile;

    @Option(names = "--threshold", paramLabel = "T", defaultValue = "" + SentimentLabel.DEFAULT_THRESHOLD,
            description = "Labels: compound >= T is positive, <= -T negative. 0 < T < 1. Default: ${DEFAULT-VALUE}.")
    private double threshold;

    @Option(names = "--column", paramLabel = "NAME", description = "For .csv, .tsv and Parquet inputs: the column holding the text.")
    private String column;

    @Option(names = "--field", paramLabel = "NAME", description = "For .jsonl and .ndjson inputs: the string field holding the text.")
    private String field;

    @Option(names = "--lexicon", paramLabel = "FILE",
            description = "A lexicon overlay (UTF-8, lines of word<TAB>valence), read on the driver.")
    private Path lexicon;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark's master, e.g. local[2] or spark://host:7077. Default: spark-submit's, else local[*].")
    private String master;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files, directories, Parquet paths; - for standard input.")
    private List<String> inputs = new ArrayList<>();

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the job with these arguments; returns its exit status. */
    public static int run(String... args) {
        CommandLine commandLine = new CommandLine(new AnalyzeJob());
        commandLine.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("sentigrid: internal error: " + e);
            e.printStackTrace(line.getErr());
            return ExitStatus.INTERNAL_ERROR;
        });
        commandLine.setParameterExceptionHandler((e, parsed) -> {
            e.getCommandLine().getErr().println("sentigrid: " + e.getMessage());
            e.getCommandLine().getErr().println("Try --help for the options.");
            return ExitStatus.USAGE;
        });
        return commandLine.execute(args);
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Settings settings = settings();
        long starting = System.nanoTime();
        boolean ownSession = SparkSession.getDefaultSession().isEmpty();
        SparkSession spark = session();
        try {
            warmUp(spark, settings);
            long started = System.nanoTime();
            JobInput input = new JobInput(new InputOptions(settings.split, column, field),
                    problem -> err.println("sentigrid: " + problem),
                    warning -> err.println("sentigrid: warning: " + warning));
            input.read(spark, inputs);
            long units = write(spark, settings, input);
            double seconds = (System.nanoTime() - started) / 1e9;
            int read = input.sources() - input.unreadable();
            // The rate from RATE_FROM_UNITS units on, as analyze's summary: over fewer it measures mostly the start.
            String rate = units < RATE_FROM_UNITS ? "" : String.format(Locale.ENGLISH, " (%,.0f units/s)", units / Math.max(seconds, 1e-9));
            err.println(String.format(Locale.ENGLISH,
                    "Analyzed %,d unit%s from %d source%s in %.1f s%s on %s, once Spark had started (in %.1f s).",
                    units, units == 1 ? "" : "s", read, read == 1 ? "" : "s", seconds, rate,
                    spark.sparkContext().master(), (started - starting) / 1e9));
            return input.unreadable() == 0 ? ExitStatus.OK : ExitStatus.FAILED;
        } catch (IOException e) {
            err.println("sentigrid: cannot write " + output + ": " + e.getMessage());
            return ExitStatus.FAILED;
        } finally {
            err.flush();
            if (ownSession) {
                spark.stop();
            }
        }
    }

    /** The options, checked before Spark starts. */
    private Settings settings() {
        try {
            EngineMode mode = EngineMode.fromId(engine);
            SplitMode splitMode = SplitMode.fromId(split);
            String formatId = format.toLowerCase(Locale.ROOT);
            RowFormat rows = formatId.equals("parquet") ? null : rowFormat(formatId);
            if (rows == null && singleFile) {
                throw new IllegalArgumentException("--single-file is for csv, tsv and jsonl; Parquet is always a directory");
            }
            SentigridOptions options = SentigridOptions.defaults().withThreshold(threshold);
            if (lexicon != null) {
                options = options.withLexicon(lexicon);
            }
            if (!singleFile && Files.exists(output) && !Files.isDirectory(output)) {
                throw new IllegalArgumentException("--output " + output + " is a file; part files go into a directory"
                        + " (or add --single-file)");
            }
            if (!singleFile && Files.isDirectory(output)) {
                try (var entries = Files.list(output)) {
                    if (entries.findAny().isPresent()) {
                        throw new IllegalArgumentException("--output " + output + " is a directory that is not empty; name a new one");
                    }
                }
            }
            return new Settings(mode, splitMode, rows, options);
        } catch (LexiconFormatException | IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "cannot read " + lexicon + ": " + e.getMessage(), e);
        }
    }

    private static RowFormat rowFormat(String id) {
        for (RowFormat rows : RowFormat.values()) {
            if (rows.name().toLowerCase(Locale.ROOT).equals(id)) {
                return rows;
            }
        }
        throw new IllegalArgumentException("unknown format '" + id + "' (expected csv, tsv, jsonl or parquet)");
    }

    /**
     * The session spark-submit (or a caller) made, else one in local mode; quiet unless asked otherwise. In
     * local mode a task's result reaches the driver in memory, so results (--single-file's records) go
     * that way up to 128 MiB instead of from 1 MiB on through the block manager's network transport.
     */
    private SparkSession session() {
        SparkConf conf = new SparkConf();
        String chosen = master != null ? master : conf.get("spark.master", "local[*]");
        SparkSession.Builder builder = SparkSession.builder().appName("sentigrid analyze").master(chosen);
        if (!conf.contains("spark.log.level")) {
            builder.config("spark.log.level", "WARN");
        }
        if (chosen.startsWith("local") && !conf.contains("spark.task.maxDirectResultSize")) {
            builder.config("spark.task.maxDirectResultSize", "128m");
        }
        return builder.getOrCreate();
    }

    /**
     * The end of Spark's start: a first job, a task per executor thread, which builds each executor's
     * analyzer (as analyze builds its own before it starts) and has Spark's scheduling and task code
     * loaded and run once. Costs of the session, not of the inputs, so the analysis is timed after it.
     */
    private static void warmUp(SparkSession spark, Settings settings) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int threads = context.defaultParallelism();
        EngineMode mode = settings.mode;
        SentigridOptions options = settings.options;
        context.parallelize(IntStream.range(0, threads).boxed().toList(), threads).foreach(thread -> options.analyzer(mode));
    }

    /** Scores the pieces on the executors, numbers their units, writes them; returns how many there were. */
    private long write(SparkSession spark, Settings settings, JobInput input) throws IOException {
        List<Piece> pieces = input.pieces();
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int slices = Math.max(1, Math.min(pieces.size(), 4 * context.defaultParallelism()));
        Numbering numbering = new Numbering(input.sourceNames(), pieces);
        EngineMode mode = settings.mode;
        SentigridOptions options = settings.options;
        RowFormat rows = settings.rows;
        Function<Piece, PieceRecords> format = piece -> piece.records(mode, options, rows);
        if (rows == null) {
            JobOutput.parquet(spark, context.parallelize(pieces, slices).map(piece -> piece.score(mode, options)), numbering, output);
        } else if (singleFile) {
            // The part files' partitions: consecutive pieces, as Spark slices a collection.
            List<List<Piece>> runs = IntStream.range(0, slices)
                    .mapToObj(i -> pieces.subList(i * pieces.size() / slices, (i + 1) * pieces.size() / slices)).toList();
            JobOutput.singleFile(context, runs, format, numbering, rows, output, 2 * context.defaultParallelism());
        } else {
            JobOutput.partFiles(context.parallelize(pieces, slices).map(format), numbering, rows, output);
        }
        return numbering.units();
    }

    private record Settings(EngineMode mode, SplitMode split, RowFormat rows, SentigridOptions options) {
    }
}
