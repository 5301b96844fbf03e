package org.sentigrid.desktop.reader;

/**
 * One row of the reader: a run of text of one document, as pieces of its units (most runs hold whole
 * sentences; a unit longer than a run is cut at a space into several). Kept small, so that the reader's
 * list draws only the runs in view, however long the document.
 *
 * @param pieces     for each piece its unit's index in the results, and the piece's first and end
 *                   character in that unit's text: {index, from, to, index, from, to, ...}
 * @param breakAfter whether the text breaks after this run (a paragraph, a line or a record ends);
 *                   otherwise the next run goes on with the same paragraph
 */
public record ReaderRun(int[] pieces, boolean breakAfter) {
    public int size() {
        return pieces.length / 3;
    }

    /** The index in the results of piece {@code k}'s unit. */
    public int index(int k) {
        return pieces[3 * k];
    }

    public int from(int k) {
        return pieces[3 * k + 1];
    }

    public int to(int k) {
        return pieces[3 * k + 2];
    }

    /** Whether piece {@code k} begins a unit other than the one before it (and a space parts them). */
    public boolean startsUnit(int k) {
        return k > 0 && index(k) != index(k - 1);
    }

    public int firstIndex() {
        return index(0);
    }

    public int lastIndex() {
        return index(size() - 1);
    }
}
