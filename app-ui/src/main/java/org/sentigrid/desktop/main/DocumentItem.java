package org.sentigrid.desktop.main;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sentigrid.desktop.analysis.DocumentInput;
import org.sentigrid.text.Source;

/** A document in the list: typed text (editable), or a file (with its column or field for tables). */
public final class DocumentItem {
    private final StringProperty name;
    private final StringProperty text;
    private final Source file;
    private final String column;
    private final String field;
    private final String sheet;

    private DocumentItem(String name, String text, Source file, String column, String field, String sheet) {
        this.name = new SimpleStringProperty(name);
        this.text = text == null ? null : new SimpleStringProperty(text);
        this.file = file;
        this.column = column;
        this.field = field;
        this.sheet = sheet;
    }

    static DocumentItem text(String name) {
        return new DocumentItem(name, "", null, null, null, null);
    }

    /** A file, named by its file name (the list shows names; the path is in its tooltip). */
    static DocumentItem file(Source file, String name, String column, String field, String sheet) {
        return new DocumentItem(name, null, file, column, field, sheet);
    }

    /** A document as a job read it (from a saved session or an interrupted job's journal). */
    static DocumentItem of(DocumentInput input) {
        if (input.text() == null) {
            return file(input.file(), input.name(), input.column(), input.field(), input.sheet());
        }
        DocumentItem item = text(input.name());
        item.text.set(input.text());
        return item;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public String name() {
        return name.get();
    }

    public boolean isText() {
        return text != null;
    }

    /** The typed text; only for a text document. */
    public StringProperty textProperty() {
        if (text == null) {
            throw new IllegalStateException(name() + " is a file");
        }
        return text;
    }

    /** The file; null for a text document. */
    public Source file() {
        return file;
    }

    /** The sheet of a spreadsheet read; null for the first, and for other documents. */
    String sheet() {
        return sheet;
    }

    /** Whether analyzing it would find nothing (typed text that is blank). */
    boolean isBlank() {
        return text != null && text.get().isBlank();
    }

    DocumentInput input() {
        return text != null ? DocumentInput.text(name(), text.get()) : new DocumentInput(name(), null, file, column, field, sheet);
    }

    /** Where a table file's text is ("column text", "field review", "sheet Q2, column text"); null for other documents. */
    String textPlace() {
        String place = column != null ? "column " + column : field != null ? "field " + field : null;
        return sheet != null && place != null ? "sheet " + sheet + ", " + place : place;
    }

    /** How the list shows it: its name, and what it is when that is not obvious. */
    @Override
    public String toString() {
        return name() + (textPlace() != null ? "  [" + textPlace() + "]" : "");
    }
}
