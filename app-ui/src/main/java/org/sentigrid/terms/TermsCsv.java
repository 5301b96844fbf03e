package org.sentigrid.terms;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The CSV of {@code sentigrid terms} and {@code sentigrid kwic} (RFC 4180, lines end with LF). */
public final class TermsCsv {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private TermsCsv() {
    }

    /** Top terms; {@code groupColumn} names the first column when the rows are grouped, else null. */
    public static void terms(Writer out, List<TermRow> rows, String groupColumn) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, FORMAT);
        List<Object> header = new ArrayList<>(List.of("word", "count", "valence_sum", "mean_compound_of_sentences",
                "positive", "neutral", "negative"));
        if (groupColumn != null) {
            header.add(0, groupColumn);
        }
        csv.printRecord(header);
        for (TermRow row : rows) {
            List<Object> values = new ArrayList<>(List.of(row.word(), row.count(), row.valenceSumText(),
                    row.meanCompoundText(), row.positive(), row.neutral(), row.negative()));
            if (groupColumn != null) {
                values.add(0, row.group());
            }
            csv.printRecord(values);
        }
        csv.flush();
    }

    public static void kwicHeader(Writer out) throws IOException {
        new CSVPrinter(out, FORMAT).printRecord("source", "unit", "left", "word", "right", "compound", "label");
    }

    public static void kwic(Writer out, List<KwicLine> lines) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, FORMAT);
        for (KwicLine line : lines) {
            csv.printRecord(line.source(), line.unit(), line.left(), line.word(), line.right(),
                    Numbers.fixed(line.compound(), 4), line.label().id());
        }
    }
}
