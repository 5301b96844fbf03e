package org.sentigrid.text;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Units from one column of a spreadsheet's sheet: its first row names the columns, and each later row's
 * cell is split further like plain text. Records are numbered by row after the header (so a row's record
 * is its number in the sheet less the header's), kept columns come from the same row.
 */
final class SheetUnits {
    private SheetUnits() {
    }

    static void read(Path file, String name, String extension, InputOptions options, UnitReader units, UnitSink sink)
            throws InputProblem {
        long[] headerRow = {0};
        int[] index = {-1};
        KeptColumns[] kept = {null};
        Spreadsheets.read(file, name, extension, options.sheet(), (number, cells) -> {
            if (headerRow[0] == 0) {
                headerRow[0] = number;
                Map<String, Integer> header = header(cells);
                index[0] = columnIndex(header, cells, options.column(), name);
                kept[0] = KeptColumns.in(options.keep(), header, name, sink);
                return true;
            }
            String text = index[0] < cells.size() ? cells.get(index[0]) : null;
            if (text != null) {
                units.read(new StringReader(text), number - headerRow[0], name + " row " + number,
                        kept[0].values(i -> i < cells.size() ? cells.get(i) : null));
            }
            return true;
        });
        if (headerRow[0] == 0) {
            sink.warning(name + " is empty.");
        }
    }

    /** Column names to their index; an empty header cell names no column, a name used twice is its first. */
    private static Map<String, Integer> header(List<String> cells) {
        Map<String, Integer> header = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i) != null) {
                header.putIfAbsent(cells.get(i), i);
            }
        }
        return header;
    }

    private static int columnIndex(Map<String, Integer> header, List<String> cells, String column, String name) throws InputProblem {
        String columns = cells.stream().filter(c -> c != null).map(c -> '"' + c + '"').collect(Collectors.joining(", "));
        if (column == null) {
            throw new InputProblem(name + " is a spreadsheet; pass --column with the name of the column that holds the text"
                    + " (its columns: " + columns + ").");
        }
        Integer index = header.get(column);
        if (index == null) {
            throw new InputProblem(name + " has no column \"" + column + "\"; pass --column with one of its columns: " + columns + ".");
        }
        return index;
    }
}
