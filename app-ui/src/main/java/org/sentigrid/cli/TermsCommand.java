package org.sentigrid.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sentigrid.api.ExitStatus;
import org.sentigrid.api.SentimentLabel;
import org.sentigrid.format.Output;
import org.sentigrid.terms.TermTally;
import org.sentigrid.terms.TermsCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sentigrid terms}: the words that moved the scores most, over the inputs, a source or a label. */
@Command(name = "terms",
        sortOptions = false,
        description = {
            "Lists the lexicon words that moved the scores most: for each word, how often it counted and the "
                    + "sum of its valences after VADER's rules, over all the inputs or per source or label.",
            ""
        },
        exitCodeListHeading = ExitStatus.HEADING,
        exitCodeList = {ExitStatus.OK_HELP, ExitStatus.FAILED_HELP, ExitStatus.USAGE_HELP, ExitStatus.INTERNAL_ERROR_HELP},
        footer = {
            "An input that cannot be read is named (exit status 1); the others are counted.",
            "",
            "Output columns (CSV, UTF-8), after a source, label or group column with --by:",
            "  word                        the lexicon word, in lower case",
            "  count                       how often it counted",
            "  valence_sum                 the sum of its valences after VADER's rules (3 decimals)",
            "  mean_compound_of_sentences  the mean compound of the units it stands in, each once (4 decimals)",
            "  positive neutral negative   how many of those units have each label",
            "Rows are ranked by the size of valence_sum, then by count, then by word."
        })
public final class TermsCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private SourceOptions source = new SourceOptions();

    @Option(names = "--top", paramLabel = "N", defaultValue = "20",
            description = "The N highest-ranked words (per source, label or group with --by); 0 for all. Default: ${DEFAULT-VALUE}.")
    private int top;

    @Option(names = "--by", paramLabel = "source|label|group",
            description = "Count per source (in input order), per label (positive, neutral, negative) or per "
                    + "group (the values of --group-by's column, in order of first sight) instead of over all units.")
    private String by;

    @Option(names = "--group-by", paramLabel = "COL",
            description = "With --by group: the column giving each unit's group (a CSV/TSV or spreadsheet column, "
                    + "a JSON Lines field, or a document's title, author or created), as summarize takes it.")
    private String groupBy;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write to FILE instead of standard output (moved into place when complete).")
    private Path output;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Parameters(paramLabel = "FILE|DIR|-", description = "The inputs (default: - for standard input).")
    private List<String> inputs = new ArrayList<>();

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (top < 0) {
            throw new ParameterException(spec.commandLine(), "--top must be 0 (all) or more, was " + top);
        }
        if (by != null && !List.of("source", "label", "group").contains(by)) {
            throw new ParameterException(spec.commandLine(), "--by must be source, label or group, was '" + by + "'");
        }
        if ("group".equals(by) != (groupBy != null)) {
            throw new ParameterException(spec.commandLine(), groupBy == null
                    ? "--by group needs --group-by COL, the column that gives each unit's group"
                    : "--group-by counts per group only with --by group");
        }
        double threshold = source.threshold();
        TermTally tally = by != null && by.equals("label")
                ? new TermTally(threshold, Arrays.stream(SentimentLabel.values()).map(SentimentLabel::id).toList())
                : new TermTally(threshold);
        int unreadable = new ExplainedInputs(source.input(groupBy == null ? List.of() : List.of(groupBy)), inputs,
                source.analyzer(), spec.commandLine().getErr())
                .read((unit, explanation) -> tally.add(by == null ? ""
                        : by.equals("source") ? unit.source()
                        : by.equals("group") ? (unit.kept(0) == null ? "" : unit.kept(0))
                        : explanation.scores().label(threshold).id(), explanation));
        try (Output out = Output.open(output)) {
            Writer writer = new OutputStreamWriter(out.stream(), StandardCharsets.UTF_8);
            TermsCsv.terms(writer, tally.top(top), by);
            writer.flush();
            out.commit();
        } catch (IOException e) {
            spec.commandLine().getErr().println("sentigrid: cannot write " + (output == null ? "standard output" : output)
                    + ": " + IoErrors.reason(e));
            return ExitStatus.FAILED;
        }
        return unreadable == 0 ? ExitStatus.OK : ExitStatus.FAILED;
    }
}
