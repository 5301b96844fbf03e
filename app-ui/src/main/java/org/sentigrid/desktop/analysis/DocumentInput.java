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
 * @param column  for a CSV/TSV file, the column holding the text; else null
 * @param field   for a JSON Lines file, the field holding the text; else null
 */
public record DocumentInput(String name, String text, Source file, String column, String field) {
    public DocumentInput {
        Objects.requireNonNull(name, "name");
        if ((text == null) == (file == null)) {
            throw new IllegalArgumentException("a document is either text or a file");
        }
    }

    public static DocumentInput text(String name, String text) {
        return new DocumentInput(name, text, null, null, null);
    }

    InputOptions options(org.sentigrid.text.SplitMode split) {
        return new InputOptions(split, column, field);
    }
}
