package org.sentigrid.text;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Units from one column of a CSV or TSV file: RFC 4180 quoting, a header row naming the columns, and
 * each data row's cell split further like plain text. Records are numbered by data row, from 1.
 */
final class CsvUnits {
    private CsvUnits() {
    }

    /**
     * @param delimiter ',' for CSV, '\t' for TSV
     * @param column    the header of the text column, or null if the user gave none
     * @param keep      the columns to keep with each unit
     * @param name      the file as messages name it
     */
    static void read(Reader in, char delimiter, String column, List<String> keep, String name, UnitReader units, UnitSink sink)
            throws IOException, InputProblem {
        RecordSizeGuard guard = new RecordSizeGuard(in, (long) UnitReader.MAX_UNIT + UnitReader.CHUNK);
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true)
                .get();
        CSVParser parser;
        try {
            parser = format.parse(guard);
        } catch (CSVException | RecordSizeGuard.RecordTooLong e) {
            throw new InputProblem(name + " has a header row that is not valid " + kind(delimiter) + "; check its quotes.", e);
        }
        try (parser) {
            if (parser.getHeaderMap().isEmpty()) {
                sink.warning(name + " is empty.");
                return;
            }
            int index = columnIndex(parser, column, name, delimiter);
            KeptColumns kept = KeptColumns.in(keep, parser.getHeaderMap(), name, sink);
            Iterator<CSVRecord> rows = parser.iterator();
            long lastLine = parser.getCurrentLineNumber();
            while (true) {
                CSVRecord row;
                try {
                    if (!rows.hasNext()) {
                        return;
                    }
                    row = rows.next();
                } catch (UncheckedIOException e) { // how the parser's iterator reports bad rows and read errors
                    IOException cause = e.getCause();
                    if (cause instanceof CSVException || cause instanceof RecordSizeGuard.RecordTooLong) {
                        throw rowProblem(cause, name, delimiter, parser.getRecordNumber() + 1, lastLine + 1);
                    }
                    throw cause;
                }
                guard.startRecord();
                lastLine = parser.getCurrentLineNumber();
                String where = name + " row " + row.getRecordNumber();
                if (index < row.size()) {
                    CSVRecord cells = row;
                    units.read(new StringReader(row.get(index)), row.getRecordNumber(), where,
                            kept.values(i -> i < cells.size() ? cells.get(i) : null));
                } else {
                    sink.warning(where + " has only " + row.size() + " fields, so no \"" + column + "\"; skipped.");
                }
            }
        }
    }

    private static int columnIndex(CSVParser parser, String column, String name, char delimiter) throws InputProblem {
        String columns = parser.getHeaderNames().stream().map(header -> '"' + header + '"').collect(Collectors.joining(", "));
        if (column == null) {
            throw new InputProblem(name + " is a " + kind(delimiter)
                    + " file; pass --column with the name of the column that holds the text (its columns: " + columns + ").");
        }
        Integer index = parser.getHeaderMap().get(column);
        if (index == null) {
            throw new InputProblem(name + " has no column \"" + column + "\"; pass --column with one of its columns: " + columns + ".");
        }
        return index;
    }

    private static InputProblem rowProblem(IOException cause, String name, char delimiter, long row, long line) {
        if (cause instanceof RecordSizeGuard.RecordTooLong) {
            return new InputProblem(name + " row " + row + " (line " + line + ") is longer than " + UnitReader.MAX_UNIT_TEXT
                    + " characters; check that row for a missing closing quote.", cause);
        }
        return new InputProblem(name + " is not valid " + kind(delimiter) + " at row " + row + " (line " + line
                + "); check that row's quotes.", cause);
    }

    private static String kind(char delimiter) {
        return delimiter == '\t' ? "TSV" : "CSV";
    }
}
