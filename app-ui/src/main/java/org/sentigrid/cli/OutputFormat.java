package org.sentigrid.cli;

import java.util.Locale;
import org.sentigrid.format.RowFormat;

/** The output formats of {@code analyze --format}. */
enum OutputFormat {
    CSV(RowFormat.CSV), TSV(RowFormat.TSV), JSONL(RowFormat.JSONL),
    /** An Excel workbook ({@link org.sentigrid.xlsx.XlsxResults}): no text records. */
    XLSX(null);

    private final RowFormat rows;

    OutputFormat(RowFormat rows) {
        this.rows = rows;
    }

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static OutputFormat fromId(String id) {
        for (OutputFormat format : values()) {
            if (format.id().equals(id.toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format '" + id + "' (expected csv, tsv, jsonl or xlsx)");
    }

    /** How this format writes records; null for xlsx. */
    RowFormat rows() {
        return rows;
    }
}
