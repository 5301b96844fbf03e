package org.sentigrid.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sentigrid.api.ExitStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sentigrid analyze}: its options, turned into validated {@link AnalyzeSettings}, then the run. */
@Command(name = "analyze",
        sortOptions = false,
        description = {
            "Scores text with VADER and writes one record per unit (sentence, line or whole input), "
                    + "in input order.",
            "",
            "Inputs: plain text files of any extension; .csv/.tsv files and spreadsheets (.xlsx, .xls, .ods; "
                    + "the text in --column, the first row names the columns); .jsonl/.ndjson files (the text "
                    + "in --field); documents (.docx, .odt, .rtf, .pdf, .html/.htm, .epub: their text, a paragraph "
                    + "a hard break, a PDF's lines joined and its hyphenation at line ends undone); directories "
                    + "(their text files, documents and spreadsheets, recursively, in path order); - for standard "
                    + "input. No inputs: standard input.",
            ""
        },
        exitCodeListHeading = ExitStatus.HEADING,
        exitCodeList = {ExitStatus.OK_HELP, ExitStatus.FAILED_HELP, ExitStatus.USAGE_HELP, ExitStatus.INTERNAL_ERROR_HELP},
        footer = {
            "Exit status 1: an input could not be read, or gave nothing to analyze (no",
            "line of a JSON Lines file has the --field), or some units failed on 3 grid",
            "workers (everything else was analyzed and written, and the units named), or",
            "the output could not be written (no partial --output FILE is left). Usage",
            "errors (2) include an unreadable or malformed --lexicon file, and a --journal",
            "FILE from a run with other settings or inputs.",
            "",
            "Output columns, in this order:",
            "  source       the input as named (- for standard input)",
            "  unit         the unit's number within its source, from 1",
            "  text         the unit's text",
            "  neg neu pos  proportions of negative, neutral and positive text (3 decimals)",
            "  compound     the normalized score, -1 to 1 (4 decimals)",
            "  label        positive (compound >= T), negative (compound <= -T), else neutral",
            "  record       the CSV/TSV/spreadsheet data row or JSON Lines line, from 1;",
            "               empty for plain text and documents (null in jsonl)",
            "  start end    the unit's offsets (UTF-16 chars) in its source (a document's",
            "               extracted text) or record field",
            "  explanation  with --explain only, see below",
            "  ...          with --keep, the kept columns, as named (a value an input lacks is",
            "               empty, null in jsonl)",
            "",
            "Formats (all UTF-8):",
            "  csv    RFC 4180: a header row, fields quoted when needed, lines end with LF",
            "  tsv    a header row, lines end with LF; tab, newline, carriage return and",
            "         backslash in a field are written as \\t \\n \\r \\\\",
            "  jsonl  one JSON object per line with the columns as keys, numbers as numbers",
            "  xlsx   an Excel workbook (needs --output): a sheet Results with the columns",
            "         (numbers as numbers, no explanation) and a sheet Summary with a row",
            "         per source: units, mean compound, its 95%% interval, label shares",
            "",
            "--explain in csv and tsv: the unit's tokens in order, separated by spaces:",
            "  word                     a token that adds nothing",
            "  word(+1.9)               a lexicon word and its valence",
            "  word(+1.9\u2192-1.623 RULES)  its lexicon valence (empty outside the lexicon),",
            "                           the valence after VADER's rules, and the rules:",
            "                           booster dampener all_caps negation but least",
            "                           never_so idiom emoji",
            "  punctuation(+0.292)      the emphasis from ! and ?, last",
            "  Valences have at most 3 decimals. Example:",
            "  not very good(+1.9\u2192-1.623 booster negation) punctuation(+0.292)",
            "--explain in jsonl: \"explanation\" is an array of {\"token\", \"start\", \"end\",",
            "  \"lexicon\" (null outside the lexicon), \"valence\", \"rules\": [...]}, then",
            "  \"punctuation\" is the emphasis from ! and ?."
        })
public final class AnalyzeCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private SourceOptions source = new SourceOptions();

    @Option(names = "--format", paramLabel = "csv|tsv|jsonl|xlsx", defaultValue = "csv",
            description = "The output format. Default: ${DEFAULT-VALUE}.")
    private String format;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write to FILE instead of standard output. It is written beside FILE under a "
                    + "temporary name and moved into place at the end (also when some inputs could not "
                    + "be read); a failed run leaves no partial FILE. A named pipe or a device (/dev/null) is "
                    + "written into as it is; a symbolic link stays, and the file it points to gets the output.")
    private Path output;

    @Option(names = "--journal", paramLabel = "FILE",
            description = "Keep a journal of the results in FILE as they are written, and resume from it: "
                    + "run the same command again after a crash or Ctrl+C and the units already in FILE are "
                    + "not scored again; the output is the same. FILE is refused if the settings or inputs "
                    + "changed since it was written, or while another run has it. It is made readable by "
                    + "you alone. Not with standard input.")
    private Path journal;

    @Option(names = "--keep", paramLabel = "COL[,COL...]", split = ",",
            description = "Columns to keep: written after the standard columns of each record, for table inputs "
                    + "(CSV/TSV and spreadsheet columns, JSON Lines fields) and documents (title, author, created). "
                    + "A column an input lacks is empty (null in jsonl); one named like a standard column is "
                    + "written as input_NAME.")
    private List<String> keep = new ArrayList<>();

    @Option(names = "--explain", description = "Add an explanation column: each token's valence and "
            + "the rules that changed it (see below).")
    private boolean explain;

    @Option(names = "--in-process", description = "Score inside this process, without the compute grid: "
            + "the no-grid baseline. --explain always scores in process.")
    private boolean inProcess;

    @Mixin
    private GridWorkerOptions gridWorkers = new GridWorkerOptions();

    @Option(names = "--listen", paramLabel = "ADDRESS[:PORT]", defaultValue = "127.0.0.1",
            description = "Where the coordinator listens for workers. Default: ${DEFAULT-VALUE} (this machine "
                    + "only), port 50505 (any free port if taken and none was given). An address of this machine "
                    + "on the LAN lets workers on other machines join, over TLS 1.3 only, with this machine's own "
                    + "key (made on first use in ~/.config/sentigrid); the join command printed carries a join code "
                    + "with the address, the token and the key's fingerprint.")
    private String listen;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Parameters(paramLabel = "FILE|DIR|-", description = "The inputs (default: - for standard input).")
    private List<String> inputs = new ArrayList<>();

    @Override
    public Integer call() {
        AnalyzeSettings settings = settings();
        return new Analysis(settings, source.analyzer(), spec.commandLine().getErr()).run();
    }

    private AnalyzeSettings settings() {
        try {
            return new AnalyzeSettings(source.engine(), source.input(keep), OutputFormat.fromId(format),
                    output, source.threshold(), source.lexicon(), explain, inputs, grid(), journal);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    /** The grid options, or null to score in process (asked for, or needed by --explain). */
    private GridOptions grid() {
        if (inProcess || explain) {
            return null;
        }
        return gridWorkers.parse(listen);
    }
}
