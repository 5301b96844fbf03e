package org.sentigrid.desktop.analysis;

import java.util.Objects;
import org.sentigrid.text.InputOptions;
import org.sentigrid.text.Source;

/**
 * One document of a job, as it is read: typed text, or a file read as {@code sentigrid analyze} reads it.
 *
 * @param name    what results call it
 * @param text    the typed or pasted text; null for a file
 * @param file    the file; null for text
 * @param column  for a CSV/TSV file or a spreadsheet, the column holding the text; else null
 * @param field   for a JSON Lines file, the field holding the text; else null
 * @param sheet   for a spreadsheet, the sheet read; null for the first, and for other documents
 */
public record DocumentInput(String name, String text, Source file, String column, String field, String sheet) {
    public DocumentInput {
        Objects.requireNonNull(name, "name");
        if ((text == null) == (file == null)) {
            throw new IllegalArgumentException("a document is either text or a file");
        }
    }

    /** A document that is not a sheet of a spreadsheet other than its first. */
    public DocumentInput(String name, String text, Source file, String column, String field) {
        this(name, text, file, column, field, null);
    }

    public static DocumentInput text(String name, String text) {
        return new DocumentInput(name, text, null, null, null);
    }

    /** How {@code sentigrid analyze} would read the file, keeping {@code keep}'s columns with each unit. */
    public InputOptions options(org.sentigrid.text.SplitMode split, java.util.List<String> keep) {
        return new InputOptions(split, column, field, sheet, keep);
    }

    InputOptions options(org.sentigrid.text.SplitMode split) {
        return options(split, java.util.List.of());
    }
}
