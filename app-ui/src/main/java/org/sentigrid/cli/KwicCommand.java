package org.sentigrid.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sentigrid.api.ExitStatus;
import org.sentigrid.format.Output;
import org.sentigrid.terms.Kwic;
import org.sentigrid.terms.KwicLine;
import org.sentigrid.terms.TermsCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sentigrid kwic WORD}: every occurrence of a word with its context and its unit's score. */
@Command(name = "kwic",
        sortOptions = false,
        description = {
            "Keyword in context: every occurrence of WORD in the inputs, with the text on either side "
                    + "and its unit's compound and label, in input order. WORD matches a token as VADER "
                    + "cuts it (\"good.\" is good), in any case.",
            ""
        },
        exitCodeListHeading = ExitStatus.HEADING,
        exitCodeList = {ExitStatus.OK_HELP, ExitStatus.FAILED_HELP, ExitStatus.USAGE_HELP, ExitStatus.INTERNAL_ERROR_HELP},
        footer = {
            "An input that cannot be read is named (exit status 1); the others are searched.",
            "",
            "Output columns (CSV, UTF-8):",
            "  source unit  the unit, as analyze numbers it",
            "  left         up to --width characters before the word, within its unit",
            "  word         the word as written",
            "  right        up to --width characters after it",
            "  compound     the unit's compound (4 decimals)",
            "  label        the unit's label",
            "Line breaks and runs of spaces in the context read as one space."
        })
public final class KwicCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORD", description = "The word to find.")
    private String word;

    @Mixin
    private SourceOptions source = new SourceOptions();

    @Option(names = "--width", paramLabel = "N", defaultValue = "" + Kwic.DEFAULT_WIDTH,
            description = "Characters of context on either side. Default: ${DEFAULT-VALUE}.")
    private int width;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write to FILE instead of standard output (moved into place when complete).")
    private Path output;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Parameters(paramLabel = "FILE|DIR|-", index = "1..*", description = "The inputs (default: - for standard input).")
    private List<String> inputs = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        Kwic kwic = source.usage(() -> new Kwic(word, width, source.threshold()));
        ExplainedInputs explained = new ExplainedInputs(source.input(), inputs, source.analyzer(), spec.commandLine().getErr());
        int unreadable;
        try (Output out = Output.open(output)) {
            Writer writer = new OutputStreamWriter(out.stream(), StandardCharsets.UTF_8);
            TermsCsv.kwicHeader(writer);
            unreadable = explained.read((unit, explanation) -> {
                        List<KwicLine> lines = kwic.find(unit, explanation);
                        if (!lines.isEmpty()) {
                            try {
                                TermsCsv.kwic(writer, lines);
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        }
                    });
            writer.flush();
            out.commit();
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e;
            spec.commandLine().getErr().println("sentigrid: cannot write " + (output == null ? "standard output" : output)
                    + ": " + IoErrors.reason(cause));
            return ExitStatus.FAILED;
        }
        return unreadable == 0 ? ExitStatus.OK : ExitStatus.FAILED;
    }
}
