package org.sentigrid.evaluate;

import java.util.List;
import java.util.Objects;
import org.sentigrid.text.InputOptions;
import org.sentigrid.text.Source;
import org.sentigrid.text.SplitMode;
import org.sentigrid.text.TextInput;

/**
 * Where a table holds the text and the human gold: CSV (.csv), TSV (.tsv), JSON Lines (.jsonl, .ndjson), a
 * spreadsheet's first sheet, or, for any other extension, tab-separated lines with no header row and no quoting
 * ({@link TextInput.Format#TAB_LINES}), as the VADER corpora's .txt files are.
 *
 * @param column the text's column (CSV/TSV, spreadsheet: its header; tab-separated lines: its number from 1) or
 *               field (JSON Lines)
 * @param gold   the gold's column or field, named the same way
 */
public record GoldTable(String column, String gold) {
    public GoldTable {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(gold, "gold");
    }

    /** How the source is read. */
    static TextInput.Format format(Source source) {
        TextInput.Format format = TextInput.format(source);
        return format == TextInput.Format.PLAIN ? TextInput.Format.TAB_LINES : format;
    }

    /** The reader's options: the text column or field, the gold kept along with each unit. */
    InputOptions options(Source source, SplitMode split) {
        boolean json = format(source) == TextInput.Format.JSON_LINES;
        return new InputOptions(split, json ? null : column, json ? column : null, null, List.of(gold));
    }
}
