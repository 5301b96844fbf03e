package org.sentigrid.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sentigrid.api.EngineMode;
import org.sentigrid.api.SentimentLabel;
import org.sentigrid.engine.LexiconFormatException;
import org.sentigrid.engine.LexiconOverlay;
import org.sentigrid.engine.SentimentAnalyzer;
import org.sentigrid.text.InputOptions;
import org.sentigrid.text.SplitMode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** What {@code analyze} and {@code summarize} read and how they score it: the inputs and their options, the engine. */
final class InputArguments {
    @Option(names = "--engine", paramLabel = "vader|nltk", defaultValue = "vader",
            description = "Which VADER to reproduce: vaderSentiment 3.3.2 (vader) or NLTK 3.8.1 (nltk). "
                    + "Default: ${DEFAULT-VALUE}.")
    private String engine;

    @Option(names = "--split", paramLabel = "sentences|lines|none", defaultValue = "sentences",
            description = "The units: sentences, non-blank lines, or each whole input (each CSV cell or "
                    + "JSON field). Default: ${DEFAULT-VALUE}.")
    private String split;

    @Option(names = "--threshold", paramLabel = "T", defaultValue = "" + SentimentLabel.DEFAULT_THRESHOLD,
            description = "Labels: compound >= T is positive, <= -T negative, else neutral. "
                    + "0 < T < 1. Default: ${DEFAULT-VALUE}.")
    private double threshold;

    @Option(names = "--column", paramLabel = "NAME",
            description = "For .csv, .tsv and spreadsheet (.xlsx, .xls, .ods) inputs: the header of the column "
                    + "holding the text.")
    private String column;

    @Option(names = "--sheet", paramLabel = "NAME",
            description = "For spreadsheet inputs: the sheet to read. Default: the first.")
    private String sheet;

    @Option(names = "--field", paramLabel = "NAME",
            description = "For .jsonl and .ndjson inputs: the string field holding the text.")
    private String field;

    @Option(names = "--lexicon", paramLabel = "FILE",
            description = "A lexicon overlay (UTF-8): lines of word<TAB>valence, valence from -4 to 4, "
                    + "# for comments. Adds words to the lexicon or replaces their valences.")
    private Path lexicon;

    @Parameters(paramLabel = "FILE|DIR|-", description = "The inputs (default: - for standard input).")
    private List<String> inputs = new ArrayList<>();


    EngineMode engine() {
        return EngineMode.fromId(engine);
    }

    double threshold() {
        return threshold;
    }

    Path lexicon() {
        return lexicon;
    }

    List<String> inputs() {
        return inputs;
    }

    /** How the inputs are read, keeping {@code keep}'s columns. */
    InputOptions options(List<String> keep) {
        return new InputOptions(SplitMode.fromId(split), column, field, sheet, keep);
    }

    /** The run's one analyzer; a lexicon overlay that cannot be read or parsed is a usage error. */
    SentimentAnalyzer analyzer(CommandSpec spec) {
        if (lexicon == null) {
            return SentimentAnalyzer.of(engine());
        }
        try {
            return SentimentAnalyzer.of(engine(), LexiconOverlay.read(lexicon));
        } catch (LexiconFormatException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "cannot read lexicon file " + lexicon + ": " + IoErrors.reason(e), e);
        }
    }
}
