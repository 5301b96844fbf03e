package org.sentigrid.text;

import java.util.List;
import java.util.Objects;

/**
 * One unit of text to score, and where it came from.
 *
 * @param source the input as the user named it (a path as given, or {@code -} for standard input)
 * @param unit   1-based number of this unit within its source
 * @param text   the unit's text, exactly as in the source between {@code start} and {@code end}
 * @param record 1-based CSV/TSV data row, JSON Lines line or spreadsheet row the unit came from; 0 for
 *               plain text and documents
 * @param start  offset (UTF-16 chars) of the unit's first char in the decoded source (a document's
 *               extracted text), or in the record's field for CSV/TSV/JSON Lines/spreadsheets
 * @param end    offset just past the unit's last char, same reference as {@code start}
 * @param kept   the values of {@link InputOptions#keep()}'s columns for the unit's record, in that order;
 *               a null value (or a list shorter than the columns, as for plain text) is a column the
 *               source does not have there. Units of one record share the list.
 */
public record TextUnit(String source, long unit, String text, long record, long start, long end, List<String> kept) {
    public TextUnit {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kept, "kept");
        if (unit < 1 || record < 0 || start < 0 || end < start) {
            throw new IllegalArgumentException("bad unit position: unit=" + unit + " record=" + record
                    + " start=" + start + " end=" + end);
        }
    }

    /** A unit without kept columns. */
    public TextUnit(String source, long unit, String text, long record, long start, long end) {
        this(source, unit, text, record, start, end, List.of());
    }

    /** The value of kept column {@code index} ({@link InputOptions#keep()}'s order), or null when the source has none. */
    public String kept(int index) {
        return index < kept.size() ? kept.get(index) : null;
    }
}
