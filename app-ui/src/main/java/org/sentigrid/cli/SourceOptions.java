package org.sentigrid.cli;

import java.io.IOException;
import java.nio.file.Path;
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
import picocli.CommandLine.Spec;

/**
 * How inputs are read and scored: the options {@code analyze}, {@code terms} and {@code kwic} share (each
 * takes its inputs itself, as {@code kwic} takes its word first).
 */
final class SourceOptions {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

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
            description = "A lexicon overlay (UTF-8), one entry a line: word<TAB>valence (-4 to 4) adds a "
                    + "word or replaces its valence; word<TAB>remove takes a word out; two or three "
                    + "words<TAB>valence is an idiom; word(s)<TAB>booster or dampener a booster; # for comments.")
    private Path lexicon;

    EngineMode engine() {
        return usage(() -> EngineMode.fromId(engine));
    }

    InputOptions input() {
        return input(List.of());
    }

    /** How the inputs are read, keeping {@code keep}'s columns (of table inputs, and documents' metadata). */
    InputOptions input(List<String> keep) {
        return usage(() -> new InputOptions(SplitMode.fromId(split), column, field, sheet, keep));
    }

    /** The label threshold, in (0, 1). */
    double threshold() {
        if (!(threshold > 0 && threshold < 1)) {
            throw new ParameterException(spec.commandLine(),
                    "--threshold must be greater than 0 and less than 1, was " + threshold);
        }
        return threshold;
    }

    Path lexicon() {
        return lexicon;
    }

    /** The run's one analyzer; a lexicon overlay that cannot be read or parsed is a usage error. */
    SentimentAnalyzer analyzer() {
        if (lexicon == null) {
            return SentimentAnalyzer.of(engine());
        }
        try {
            return SentimentAnalyzer.of(engine(), LexiconOverlay.read(lexicon));
        } catch (LexiconFormatException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(),
                    "cannot read lexicon file " + lexicon + ": " + IoErrors.reason(e), e);
        }
    }

    /** A setting's check: what it refuses is a usage error. */
    <T> T usage(java.util.function.Supplier<T> setting) {
        try {
            return setting.get();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}
