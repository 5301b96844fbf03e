package org.sentigrid.text;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
     * @param format    CSV, TSV, or TAB_LINES (tab-separated, no header row: columns go by number from 1; no quoting)
     * @param column    the header of the text column, or null if the user gave none
     * @param keep      the columns to keep with each unit
     * @param name      the file as messages name it
     */
    static void read(Reader in, TextInput.Format format, String column, List<String> keep, String name, UnitReader units,
                     UnitSink sink) throws IOException, InputProblem {
        RecordSizeGuard guard = new RecordSizeGuard(in, (long) UnitReader.MAX_UNIT + UnitReader.CHUNK);
        boolean header = format != TextInput.Format.TAB_LINES;
        CSVFormat.Builder csv = CSVFormat.RFC4180.builder()
                .setDelimiter(format == TextInput.Format.CSV ? ',' : '\t')
                .setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true);
        if (header) {
            csv.setHeader().setSkipHeaderRecord(true);
        } else {
            csv.setQuote(null);
        }
        CSVParser parser;
        try {
            parser = csv.get().parse(guard);
        } catch (CSVException | RecordSizeGuard.RecordTooLong e) {
            throw new InputProblem(name + " has a header row that is not valid " + kind(format) + "; check its quotes.", e);
        }
        try (parser) {
            if (header && parser.getHeaderMap().isEmpty()) {
                sink.warning(name + " is empty.");
                return;
            }
            Map<String, Integer> columns = header ? parser.getHeaderMap() : numbered(column, keep);
            int index = header ? columnIndex(parser, column, name, format) : numberedIndex(columns, column, name);
            KeptColumns kept = KeptColumns.in(keep, columns, name, sink);
            Iterator<CSVRecord> rows = parser.iterator();
            long lastLine = parser.getCurrentLineNumber();
            while (true) {
                CSVRecord row;
                try {
                    if (!rows.hasNext()) {
                        if (lastLine == 0) {
                            sink.warning(name + " is empty.");
                        }
                        return;
                    }
                    row = rows.next();
                } catch (UncheckedIOException e) { // how the parser's iterator reports bad rows and read errors
                    IOException cause = e.getCause();
                    if (cause instanceof CSVException || cause instanceof RecordSizeGuard.RecordTooLong) {
                        throw rowProblem(cause, name, format, parser.getRecordNumber() + 1, lastLine + 1);
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

    /** Without a header row, the columns asked for that are numbers from 1, by name ("3" is index 2). */
    private static Map<String, Integer> numbered(String column, List<String> keep) {
        Map<String, Integer> columns = new HashMap<>();
        for (String name : Stream.concat(Stream.ofNullable(column), keep.stream()).toList()) {
            try {
                int number = Integer.parseInt(name);
                if (number >= 1) {
                    columns.put(name, number - 1);
                }
            } catch (NumberFormatException e) {
                // not a column of a file without a header row
            }
        }
        return columns;
    }

    private static int numberedIndex(Map<String, Integer> columns, String column, String name) throws InputProblem {
        if (column == null || !columns.containsKey(column)) {
            throw new InputProblem(name + " is read as tab-separated lines without a header row, so its columns go by number"
                    + " from 1; pass --column with the number of the column that holds the text"
                    + (column == null ? "." : ", not \"" + column + "\"."));
        }
        return columns.get(column);
    }

    private static int columnIndex(CSVParser parser, String column, String name, TextInput.Format format) throws InputProblem {
        String columns = parser.getHeaderNames().stream().map(header -> '"' + header + '"').collect(Collectors.joining(", "));
        if (column == null) {
            throw new InputProblem(name + " is a " + kind(format)
                    + " file; pass --column with the name of the column that holds the text (its columns: " + columns + ").");
        }
        Integer index = parser.getHeaderMap().get(column);
        if (index == null) {
            throw new InputProblem(name + " has no column \"" + column + "\"; pass --column with one of its columns: " + columns + ".");
        }
        return index;
    }

    private static InputProblem rowProblem(IOException cause, String name, TextInput.Format format, long row, long line) {
        if (cause instanceof RecordSizeGuard.RecordTooLong) {
            return new InputProblem(name + " row " + row + " (line " + line + ") is longer than " + UnitReader.MAX_UNIT_TEXT
                    + " characters; check that row for a missing closing quote.", cause);
        }
        return new InputProblem(name + " is not valid " + kind(format) + " at row " + row + " (line " + line
                + "); check that row's quotes.", cause);
    }

    private static String kind(TextInput.Format format) {
        return format == TextInput.Format.CSV ? "CSV" : "TSV";
    }
}
