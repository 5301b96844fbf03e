package org.sentigrid.cli;

import java.io.IOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** RFC 4180 CSV with a header row; records end with LF. */
final class CsvResultWriter implements ResultWriter {
    private final CSVPrinter printer;
    private final boolean explain;

    CsvResultWriter(Writer out, boolean explain) throws IOException {
        this.printer = CSVFormat.RFC4180.builder()
                .setRecordSeparator('\n')
                .setHeader(Columns.header(explain).toArray(String[]::new))
                .get()
                .print(out);
        this.explain = explain;
    }

    @Override
    public void write(ScoredUnit result) throws IOException {
        printer.printRecord(Columns.cells(result, explain));
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }
}
