package org.sentigrid.text;

/**
 * A document's text as extracted, and its metadata (each null when the document does not say).
 *
 * @param text    paragraphs separated by a blank line (a hard break for sentences), soft line breaks
 *                within a paragraph as one line end; unit offsets point into this text
 * @param created when it was made, as the document says it (ISO 8601 where the format has a date type)
 */
record Document(String text, String title, String author, String created) {
    /** A metadata value as kept: stripped, or null when blank or absent. */
    static String value(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The metadata a document offers as kept columns ({@code --keep title,author,created}). */
    String metadata(String column) {
        return switch (column) {
            case "title" -> title;
            case "author" -> author;
            case "created" -> created;
            default -> null;
        };
    }
}
