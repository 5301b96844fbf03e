package org.sentigrid.desktop.main;

import static org.sentigrid.desktop.main.StatusViewModel.plural;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sentigrid.desktop.analysis.DocumentInput;
import org.sentigrid.desktop.results.ResultStore;
import org.sentigrid.text.InputProblem;
import org.sentigrid.text.Source;
import org.sentigrid.text.TablePreview;
import org.sentigrid.text.TextInput;

/**
 * The main screen's documents: typed texts and files, the one selected (and what the text box shows of it),
 * adding, renaming and removing them, and Clear all with its Undo. Files are checked and previewed on the
 * background executor; what they came to is shown on the FX thread.
 */
public final class DocumentsViewModel {
    private static final int PREVIEW_ROWS = 5;

    private final Executor background;
    /** Runs on the FX thread what the background work found. */
    private final Executor fx;
    private final StatusViewModel status;
    private final ResultsViewModel results;
    private final ObservableBooleanValue running;
    private final ObservableList<DocumentItem> documents = FXCollections.observableArrayList();
    private final ObjectProperty<DocumentItem> selectedDocument = new SimpleObjectProperty<>();
    private final DocumentEditor editor;
    private int textDocuments;
    /** What the last Clear all took away, until Undo or the next Analyze; null when nothing. */
    private Cleared cleared;
    /**
     * Asks the user for a table's sheet (first by default) and text column (or JSON Lines field), shown the first rows
     * of each sheet (one preview, under "", for other tables); empty to leave the file out.
     */
    private BiFunction<String, Map<String, TablePreview>, Optional<TableChoice>> columnChooser = (name, previews) -> Optional.empty();

    DocumentsViewModel(Executor background, Executor fx, StatusViewModel status, ResultsViewModel results,
            ObservableBooleanValue running) {
        this.background = background;
        this.fx = fx;
        this.status = status;
        this.results = results;
        this.running = running;
        this.editor = new DocumentEditor(selectedDocument, background, fx);
        newText();
    }

    /** Adds an empty text document and selects it. */
    public void newText() {
        DocumentItem item = DocumentItem.text("Text " + (++textDocuments));
        documents.add(item);
        selectedDocument.set(item);
    }

    /**
     * Takes pasted text: a text too long to edit becomes a document of its own (shown as a summary);
     * returns false for a text the editor should take itself.
     */
    public boolean paste(String text) {
        if (text == null || text.length() <= DocumentEditor.EDITOR_LIMIT) {
            return false;
        }
        DocumentItem item = DocumentItem.text("Pasted text " + (++textDocuments));
        item.textProperty().set(text);
        documents.add(item);
        dropBlankFirstText();
        selectedDocument.set(item);
        return true;
    }

    public void remove(DocumentItem item) {
        documents.remove(item);
        if (documents.isEmpty()) {
            newText();
        } else if (selectedDocument.get() == item) {
            selectedDocument.set(documents.get(0));
        }
    }

    public void rename(DocumentItem item, String name) {
        if (name != null && !name.isBlank()) {
            item.nameProperty().set(name.strip());
        }
    }

    /**
     * Clears the documents and the results shown with them (table, charts, summary); {@link #undoClear} brings
     * both back until the next Analyze. Not while a job runs.
     */
    public void clearDocuments() {
        if (running.get()) {
            status.set("The analysis is still running: cancel it (Esc) first, then clear.");
            return;
        }
        ResultStore taken = results.takeAway();
        cleared = new Cleared(List.copyOf(documents), textDocuments, taken, status.progressTextProperty().get());
        documents.clear();
        textDocuments = 0;
        newText();
        status.clearProgress();
        status.set("Cleared " + plural(cleared.documents().size(), "document") + " and their results.");
    }

    /** Whether {@link #clearDocuments} left something to bring back. */
    public boolean canUndoClear() {
        return cleared != null;
    }

    /** Brings back the documents and results the last Clear all took away. */
    public void undoClear() {
        if (cleared == null || running.get()) {
            return;
        }
        documents.setAll(cleared.documents());
        textDocuments = cleared.textDocuments();
        selectedDocument.set(documents.get(0));
        results.putBack(cleared.results());
        status.progressText(cleared.progressText());
        status.set("Brought back " + plural(documents.size(), "document") + " and their results.");
        cleared = null;
    }

    /** New results came: what Clear all took away does not come back over them. */
    void forgetCleared() {
        cleared = null;
    }

    /** What Clear all took away, for Undo. */
    private record Cleared(List<DocumentItem> documents, int textDocuments, ResultStore results, String progressText) {
    }

    /** Puts a session's (or a journal's) documents in place of those shown, and selects the first. */
    void showSaved(List<DocumentInput> saved) {
        cleared = null;
        documents.setAll(saved.stream().map(DocumentItem::of).toList());
        textDocuments = (int) documents.stream().filter(DocumentItem::isText).count();
        if (documents.isEmpty()) {
            newText();
        }
        selectedDocument.set(documents.get(0));
    }

    /** The documents an Analyze would read now (those with text). */
    List<DocumentInput> inputs() {
        return documents.stream().filter(d -> !d.isBlank()).map(DocumentItem::input).toList();
    }

    /**
     * Adds files and the text files in folders, in the background: a file that cannot be used is
     * refused with a notice naming it and why, and the others load; for CSV/TSV, JSON Lines and spreadsheets the user
     * picks the column or field from a preview. {@code whenAdded} runs when they are in (if any is).
     */
    public void addFiles(List<Path> paths, Runnable whenAdded) {
        if (paths.isEmpty()) {
            return;
        }
        status.set("Opening " + plural(paths.size(), "item") + "…");
        List<String> names = paths.stream().map(Path::toString).toList();
        background.execute(() -> {
            List<String> warnings = new ArrayList<>();
            List<Checked> checked = new ArrayList<>();
            for (Source source : TextInput.expand(names, warnings::add)) {
                try {
                    TextInput.check(source);
                    checked.add(new Checked(source, previews(source)));
                } catch (InputProblem problem) {
                    warnings.add(problem.getMessage());
                }
            }
            fx.execute(() -> {
                List<String> leftOut = new ArrayList<>(warnings);
                DocumentItem last = null;
                int added = 0;
                for (Checked file : checked) {
                    DocumentItem item = chosenItem(file, leftOut);
                    if (item != null) {
                        documents.add(item);
                        last = item;
                        added++;
                    }
                }
                dropBlankFirstText();
                if (last != null) {
                    selectedDocument.set(last);
                }
                tellLeftOut(leftOut);
                status.set(addedStatus(added, leftOut));
                if (added > 0) {
                    whenAdded.run();
                }
            });
        });
    }

    /** What adding files came to, with why the first file left out was (the notifications say it too). */
    private static String addedStatus(int added, List<String> leftOut) {
        if (leftOut.isEmpty()) {
            return added == 0 ? "No file was added." : "Added " + plural(added, "file") + ".";
        }
        if (added == 0 && leftOut.size() == 1) {
            return leftOut.get(0);
        }
        String start = added == 0 ? "No file was added" : "Added " + plural(added, "file");
        return leftOut.size() == 1 ? start + "; one was left out: " + leftOut.get(0)
                : String.format(Locale.ENGLISH, "%s; %,d were left out. The first: %s", start, leftOut.size(), leftOut.get(0));
    }

    /** A file to add, with the first rows of each of its sheets (one preview, under "", for CSV/TSV and JSON Lines; none for text). */
    private record Checked(Source source, Map<String, TablePreview> previews) {
    }

    private static Map<String, TablePreview> previews(Source source) throws InputProblem {
        Map<String, TablePreview> previews = new LinkedHashMap<>();
        List<String> sheets = TablePreview.sheets(source);
        if (sheets.isEmpty()) {
            TablePreview preview = TablePreview.of(source, PREVIEW_ROWS);
            if (preview != null) {
                previews.put("", preview);
            }
        }
        for (String sheet : sheets) {
            previews.put(sheet, TablePreview.of(source, sheet, PREVIEW_ROWS));
        }
        return previews;
    }

    /**
     * One notice for the files left out (notifications shown at once cover each other): each on a line of its
     * own; for many (a folder of photos), how many and the first.
     */
    private void tellLeftOut(List<String> warnings) {
        if (warnings.isEmpty()) {
            return;
        }
        status.notice(warnings.size() <= 3 ? String.join("\n", warnings)
                : String.format(Locale.ENGLISH, "%,d files were left out. The first: %s", warnings.size(), warnings.get(0)));
    }

    /** The document for a checked file, or null (and why, in {@code leftOut}) when the user chose no column. */
    private DocumentItem chosenItem(Checked file, List<String> leftOut) {
        String name = uniqueName(file.source());
        if (file.previews().isEmpty()) {
            return DocumentItem.file(file.source(), name, null, null, null);
        }
        Optional<TableChoice> choice = columnChooser.apply(file.source().name(), file.previews());
        if (choice.isEmpty()) {
            leftOut.add(file.source().name() + " was not added: no column was chosen for its text.");
            return null;
        }
        boolean json = TextInput.format(file.source()) == TextInput.Format.JSON_LINES;
        String column = choice.get().column();
        return DocumentItem.file(file.source(), name, json ? null : column, json ? column : null, choice.get().sheet());
    }

    /** The file's name; with its folder when another document already has that name (two "notes.txt"). */
    private String uniqueName(Source source) {
        Path path = source.path();
        String name = path.getFileName() == null ? source.name() : path.getFileName().toString();
        boolean taken = documents.stream().anyMatch(d -> d.name().equals(name));
        Path folder = path.toAbsolutePath().getParent();
        return taken && folder != null && folder.getFileName() != null ? folder.getFileName() + "/" + name : name;
    }

    /** The empty "Text 1" the app starts with goes once other documents come in; the next typed text is "Text 1" again. */
    private void dropBlankFirstText() {
        if (documents.size() > 1 && documents.get(0).isBlank()) {
            DocumentItem blank = documents.remove(0);
            if (blank.name().equals("Text " + textDocuments)) {
                textDocuments--;
            }
        }
    }

    public void setColumnChooser(BiFunction<String, Map<String, TablePreview>, Optional<TableChoice>> chooser) {
        this.columnChooser = chooser;
    }

    public ObservableList<DocumentItem> items() {
        return documents;
    }

    public ObjectProperty<DocumentItem> selectedDocumentProperty() {
        return selectedDocument;
    }

    public StringProperty editorTextProperty() {
        return editor.textProperty();
    }

    public ReadOnlyBooleanProperty editorEditableProperty() {
        return editor.editableProperty();
    }
}
