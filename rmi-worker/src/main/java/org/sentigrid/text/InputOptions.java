package org.sentigrid.text;

import java.util.Objects;

/**
 * How sources are read.
 *
 * @param split  how text is cut into units
 * @param column for CSV/TSV sources: the header name of the column holding the text (null: not given)
 * @param field  for JSON Lines sources: the name of the string field holding the text (null: not given)
 */
public record InputOptions(SplitMode split, String column, String field) {
    public InputOptions {
        Objects.requireNonNull(split, "split");
    }

    public static InputOptions defaults() {
        return new InputOptions(SplitMode.SENTENCES, null, null);
    }
}
