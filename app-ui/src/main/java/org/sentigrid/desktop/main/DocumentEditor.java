package org.sentigrid.desktop.main;

import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sentigrid.text.InputProblem;
import org.sentigrid.text.Source;
import org.sentigrid.text.TextPreview;

/**
 * What the text box shows for the selected document: a typed text, bound both ways so that edits go to
 * the document; a text too long to edit, as one line saying so; a file's first lines, read in the
 * background and read-only. Lives on the FX thread.
 */
final class DocumentEditor {
    /** A file document shows this many lines of its text. */
    static final int PREVIEW_LINES = 200;
    /** Longer texts are not put in the text area, whose layout would take seconds; they are analyzed as they are. */
    static final int EDITOR_LIMIT = 200_000;

    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(true);
    private final ObjectProperty<DocumentItem> selected;
    private final Executor background;
    /** Runs on the FX thread what the background read. */
    private final Executor fx;

    DocumentEditor(ObjectProperty<DocumentItem> selected, Executor background, Executor fx) {
        this.selected = selected;
        this.background = background;
        this.fx = fx;
        selected.addListener((obs, old, now) -> show(old, now));
    }

    StringProperty textProperty() {
        return text;
    }

    ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    private void show(DocumentItem old, DocumentItem now) {
        if (old != null && old.isText()) {
            text.unbindBidirectional(old.textProperty());
        }
        if (now == null) {
            text.set("");
            editable.set(false);
        } else if (now.isText() && now.textProperty().get().length() > EDITOR_LIMIT) {
            text.set(String.format(Locale.ENGLISH, "%s: %,d characters, too long to edit here; it is analyzed as it is.",
                    now.name(), now.textProperty().get().length()));
            editable.set(false);
        } else if (now.isText()) {
            text.set(now.textProperty().get());
            text.bindBidirectional(now.textProperty());
            editable.set(true);
        } else {
            text.set("Reading the start of " + now.name() + "…");
            editable.set(false);
            showFileStart(now);
        }
    }

    /** A file document shows the start of its text (read-only), read in the background. */
    private void showFileStart(DocumentItem item) {
        Source file = item.file();
        background.execute(() -> {
            String shown;
            try {
                TextPreview preview = TextPreview.of(file, item.sheet(), PREVIEW_LINES);
                shown = preview.more() ? preview.text() + (preview.text().endsWith("\n") ? "" : "\n")
                        + "[…] These are the first lines (read-only); all of " + item.name() + " is read when you analyze it."
                        : preview.text();
            } catch (InputProblem problem) {
                shown = problem.getMessage();
            }
            String start = shown;
            fx.execute(() -> {
                if (selected.get() == item) {
                    text.set(start);
                }
            });
        });
    }
}
