package org.sentigrid.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A document as a session or a journal keeps it: typed text inline, or a file by reference.
 *
 * @param name         what the document list and the results call it
 * @param text         the typed text; null for a file
 * @param path         the file's path as it was opened; null for text
 * @param size         the file's size in bytes when it was saved; 0 for text
 * @param lastModified the file's last-modified time (epoch milliseconds) when it was saved; 0 for text
 * @param column       for a CSV/TSV file, the column holding the text; else null
 * @param field        for a JSON Lines file, the field holding the text; else null
 * @param sheet        for a spreadsheet, the sheet read; null for the first, and for other documents
 */
public record SessionDocument(String name, String text, String path, long size, long lastModified, String column,
                              String field, String sheet) {
    public SessionDocument {
        Objects.requireNonNull(name, "name");
        if ((text == null) == (path == null)) {
            throw new IllegalArgumentException("a document is either text or a file");
        }
    }

    public static SessionDocument text(String name, String text) {
        return new SessionDocument(name, text, null, 0, 0, null, null, null);
    }

    /** A file as it is now: its size and last-modified time are read from the file system. */
    public static SessionDocument file(String name, Path path, String column, String field) throws IOException {
        return file(name, path, column, field, null);
    }

    /** As {@link #file(String, Path, String, String)}, of a spreadsheet's sheet. */
    public static SessionDocument file(String name, Path path, String column, String field, String sheet) throws IOException {
        return new SessionDocument(name, null, path.toAbsolutePath().toString(), Files.size(path),
                Files.getLastModifiedTime(path).toMillis(), column, field, sheet);
    }

    public boolean isText() {
        return text != null;
    }

    /**
     * Why this file is no longer the file that was analyzed (it is gone, or its size or time differ);
     * null when it is the same, and for text.
     */
    public String changed() {
        if (isText()) {
            return null;
        }
        Path file = Path.of(path);
        try {
            if (Files.size(file) != size) {
                return name + " has changed since (its size is not the same)";
            }
            if (Files.getLastModifiedTime(file).toMillis() != lastModified) {
                return name + " has changed since (it was modified)";
            }
            return null;
        } catch (IOException e) {
            return name + " is no longer there (" + path + ")";
        }
    }
}
