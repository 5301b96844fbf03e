package org.sentigrid.summary;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The summary as CSV (RFC 4180, UTF-8, lines ending with LF): mean and interval with 4 decimals, shares of
 * the labels from 0 to 1 with 4; the interval is empty for a single unit, and the period for no time column.
 */
public final class SummaryCsv {
    public static final List<String> HEADER = List.of(
            "group", "period", "units", "mean_compound", "ci95_low", "ci95_high", "positive", "neutral", "negative");

    private SummaryCsv() {
    }

    /** Writes the rows to {@code out}, flushed, not closed. */
    public static void write(List<Tally.Row> rows, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
        csv.printRecord(HEADER);
        for (Tally.Row row : rows) {
            csv.printRecord(row.group(), row.period() == null ? "" : row.period().toString(), row.units(),
                    decimal(row.meanCompound()), decimal(row.ci95Low()), decimal(row.ci95High()),
                    decimal(row.positive()), decimal(row.neutral()), decimal(row.negative()));
        }
        csv.flush();
    }

    /** 4 decimals, rounded half up; NaN is empty, and a negative that rounds to zero is 0. */
    public static String decimal(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        String text = String.format(Locale.ROOT, "%.4f", value);
        return text.equals("-0.0000") ? "0.0000" : text;
    }
}
