package org.sentigrid.text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The first rows of a CSV, TSV or JSON Lines file, for a person choosing the column or field that holds
 * the text. Reading stops after the rows shown, so a huge file previews at once.
 *
 * @param columns the header names (CSV/TSV) or the string fields seen (JSON Lines), in file order
 * @param rows    up to the requested number of rows, each with one cell per column ("" when absent)
 */
public record TablePreview(List<String> columns, List<List<String>> rows) {
    private static final int MAX_CELL = 200;

    public TablePreview {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** The preview of a table source (of a spreadsheet, its first sheet), or null when there is no column to choose. */
    public static TablePreview of(Source source, int maxRows) throws InputProblem {
        return of(source, null, maxRows);
    }

    /** As {@link #of(Source, int)}; of a spreadsheet, the sheet named {@code sheet} (null: the first). */
    public static TablePreview of(Source source, String sheet, int maxRows) throws InputProblem {
        TextInput.Format format = TextInput.format(source);
        if (!format.isTable()) {
            return null;
        }
        TextInput.check(source);
        if (format == TextInput.Format.SPREADSHEET) {
            return sheet(source, sheet, maxRows);
        }
        try {
            CharsetSniffer.Encoding encoding = CharsetSniffer.sniff(source.path(), source.name());
            try (Reader in = new BufferedReader(encoding.open(source.path()))) {
                return switch (format) {
                    case CSV -> csv(in, ',', maxRows);
                    case TSV -> csv(in, '\t', maxRows);
                    default -> jsonLines(in, maxRows);
                };
            }
        } catch (IOException | RuntimeException e) {
            throw new InputProblem(source.name() + " could not be previewed (" + e.getMessage() + "); check that it is valid "
                    + format.name() + ".", e);
        }
    }

    private static TablePreview csv(Reader in, char delimiter, int maxRows) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).get();
        try (CSVParser parser = format.parse(in)) {
            List<String> columns = parser.getHeaderNames();
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (rows.size() == maxRows) {
                    break;
                }
                List<String> row = new ArrayList<>();
                for (int i = 0; i < columns.size(); i++) {
                    row.add(i < record.size() ? cell(record.get(i)) : "");
                }
                rows.add(row);
            }
            return new TablePreview(columns, rows);
        }
    }

    /** The names of a spreadsheet's sheets, in order; empty for any other source. */
    public static List<String> sheets(Source source) throws InputProblem {
        if (TextInput.format(source) != TextInput.Format.SPREADSHEET) {
            return List.of();
        }
        TextInput.check(source);
        return Spreadsheets.sheets(source.path(), source.name(), TextInput.extension(source.path()));
    }

    /** The header row names the columns. */
    private static TablePreview sheet(Source source, String sheet, int maxRows) throws InputProblem {
        List<String> columns = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        Spreadsheets.read(source.path(), source.name(), TextInput.extension(source.path()), sheet, (number, cells) -> {
                    if (columns.isEmpty()) {
                        cells.forEach(cell -> columns.add(cell == null ? "" : cell));
                        return true;
                    }
                    List<String> row = new ArrayList<>();
                    for (int i = 0; i < columns.size(); i++) {
                        row.add(i < cells.size() && cells.get(i) != null ? cell(cells.get(i)) : "");
                    }
                    rows.add(row);
                    return rows.size() < maxRows;
                });
        return new TablePreview(columns, rows);
    }

    /** JSON Lines rows are objects; the columns are their top-level string fields. */
    private static TablePreview jsonLines(Reader in, int maxRows) throws IOException {
        List<Map<String, String>> objects = new ArrayList<>();
        LinkedHashMap<String, Boolean> fields = new LinkedHashMap<>();
        try (JsonParser json = new JsonFactory().createParser(in)) {
            while (objects.size() < maxRows && json.nextToken() == JsonToken.START_OBJECT) {
                Map<String, String> object = new LinkedHashMap<>();
                while (json.nextToken() == JsonToken.FIELD_NAME) {
                    String field = json.currentName();
                    JsonToken value = json.nextToken();
                    if (value == JsonToken.VALUE_STRING) {
                        object.put(field, cell(json.getText()));
                        fields.put(field, true);
                    } else {
                        json.skipChildren();
                    }
                }
                objects.add(object);
            }
        }
        List<String> columns = new ArrayList<>(fields.keySet());
        List<List<String>> rows = objects.stream()
                .map(object -> columns.stream().map(c -> object.getOrDefault(c, "")).toList())
                .toList();
        return new TablePreview(columns, rows);
    }

    /** A cell cut to {@value #MAX_CELL} chars, never through the middle of a character (an emoji's pair). */
    private static String cell(String text) {
        if (text.length() <= MAX_CELL) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_CELL - 1)) ? MAX_CELL - 1 : MAX_CELL;
        return text.substring(0, end) + "…";
    }
}
