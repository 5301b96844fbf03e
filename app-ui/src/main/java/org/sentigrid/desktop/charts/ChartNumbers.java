package org.sentigrid.desktop.charts;

import java.util.List;

/**
 * The numbers a chart draws, as a table: its columns' titles and, for each row, each cell's text
 * (read when shown, so that a million rows cost nothing until they scroll into view). For screen
 * readers and for copying; the numbers are the ones the last {@link CanvasChart#refresh()} read.
 */
public record ChartNumbers(List<String> columns, int rows, Cell cell) {
    /** The text of a cell. */
    public interface Cell {
        String at(int row, int column);
    }
}
