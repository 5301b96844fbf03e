package org.sentigrid.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.sentigrid.api.EngineMode;
import org.sentigrid.api.SentimentLabel;
import org.sentigrid.text.InputOptions;
import org.sentigrid.text.Source;

/**
 * What one {@code sentigrid analyze} run does, validated.
 *
 * @param output    the file to write, or null for standard output
 * @param threshold compound >= threshold is positive, <= -threshold negative; in (0, 1)
 * @param lexicon   the user's lexicon overlay file, or null
 * @param inputs    the input arguments; none means standard input
 * @param grid      how to run the grid, or null to score in this process
 * @param journal   the journal to resume from and add to, or null for none
 */
record AnalyzeSettings(EngineMode engine, InputOptions input, OutputFormat format, Path output,
                       double threshold, Path lexicon, boolean explain, List<String> inputs, GridOptions grid,
                       Path journal) {
    AnalyzeSettings {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(format, "format");
        if (!SentimentLabel.isThreshold(threshold)) {
            throw new IllegalArgumentException("--threshold must be greater than 0 and less than 1, was " + threshold);
        }
        inputs = inputs.isEmpty() ? List.of(Source.STDIN_NAME) : List.copyOf(inputs);
        if (format == OutputFormat.XLSX && output == null) {
            throw new IllegalArgumentException("--format xlsx needs --output FILE: a workbook is not written to standard output");
        }
        if (format == OutputFormat.XLSX && explain) {
            throw new IllegalArgumentException("--explain writes its column in csv, tsv and jsonl, not in xlsx");
        }
        if (format == OutputFormat.XLSX && journal != null) {
            throw new IllegalArgumentException("--journal writes text records; use it with csv, tsv or jsonl, not xlsx");
        }
        if (journal != null && inputs.contains(Source.STDIN_NAME)) {
            throw new IllegalArgumentException("--journal needs files to read: standard input cannot be read again to resume");
        }
    }

    /** How messages name the output. */
    String outputName() {
        return output == null ? "standard output" : output.toString();
    }
}
