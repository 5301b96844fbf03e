package org.sentigrid.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/** The output formats of {@code analyze --format}. */
enum OutputFormat {
    CSV, TSV, JSONL;

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static OutputFormat fromId(String id) {
        for (OutputFormat format : values()) {
            if (format.id().equals(id.toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format '" + id + "' (expected csv, tsv or jsonl)");
    }

    /** A writer of this format on {@code out}; CSV and TSV write their header row now. */
    ResultWriter open(Writer out, boolean explain) throws IOException {
        return switch (this) {
            case CSV -> new CsvResultWriter(out, explain);
            case TSV -> new TsvResultWriter(out, explain);
            case JSONL -> new JsonLinesResultWriter(out, explain);
        };
    }
}
