package org.sentigrid.text;

import java.util.Objects;

/**
 * One unit of text to score, and where it came from.
 *
 * @param source the input as the user named it (a path as given, or {@code -} for standard input)
 * @param unit   1-based number of this unit within its source
 * @param text   the unit's text, exactly as in the source between {@code start} and {@code end}
 * @param record 1-based CSV/TSV data row or JSON Lines line the unit came from; 0 for plain text
 * @param start  offset (UTF-16 chars) of the unit's first char in the decoded source, or in the
 *               record's field for CSV/TSV/JSON Lines
 * @param end    offset just past the unit's last char, same reference as {@code start}
 */
public record TextUnit(String source, long unit, String text, long record, long start, long end) {
    public TextUnit {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        if (unit < 1 || record < 0 || start < 0 || end < start) {
            throw new IllegalArgumentException("bad unit position: unit=" + unit + " record=" + record
                    + " start=" + start + " end=" + end);
        }
    }
}
