package org.sentigrid.text;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * How sources are read.
 *
 * @param split  how text is cut into units
 * @param column for CSV/TSV and spreadsheet sources: the header name of the column holding the text (null: not given)
 * @param field  for JSON Lines sources: the name of the string field holding the text (null: not given)
 * @param sheet  for spreadsheet sources: the sheet to read (null: the first)
 * @param keep   columns to keep with each unit ({@link TextUnit#kept()}, in this order): CSV/TSV and spreadsheet
 *               columns, JSON Lines fields, and a document's {@code title}, {@code author} and {@code created}
 */
public record InputOptions(SplitMode split, String column, String field, String sheet, List<String> keep) {
    public InputOptions {
        Objects.requireNonNull(split, "split");
        keep = List.copyOf(keep);
        HashSet<String> names = new HashSet<>();
        for (String name : keep) {
            if (name.isEmpty()) {
                throw new IllegalArgumentException("--keep names an empty column");
            }
            if (!names.add(name)) {
                throw new IllegalArgumentException("--keep names the column \"" + name + "\" twice");
            }
        }
    }

    public InputOptions(SplitMode split, String column, String field) {
        this(split, column, field, null, List.of());
    }

    public static InputOptions defaults() {
        return new InputOptions(SplitMode.SENTENCES, null, null);
    }

    /** These options with other columns to keep. */
    public InputOptions keeping(List<String> columns) {
        return new InputOptions(split, column, field, sheet, columns);
    }
}
