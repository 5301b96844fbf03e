package org.sentigrid.desktop.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sentigrid.api.SentimentLabel;
import org.sentigrid.api.SentimentScores;
import org.sentigrid.text.TablePreview;
import org.sentigrid.text.TextUnit;

/**
 * The main screen's documents without a window: typed texts, pasted texts, real files added (each refused one
 * said in one sentence), and Clear all with its Undo. Background work runs at once on the test's thread, and so
 * does what it hands back to the FX thread; "running" is a plain property the test sets.
 */
class DocumentsViewModelTest {
    private static final Executor AT_ONCE = Runnable::run;

    @TempDir
    Path dir;

    private final StatusViewModel status = new StatusViewModel();
    private final SimpleBooleanProperty running = new SimpleBooleanProperty();
    private ResultsViewModel results;
    private DocumentsViewModel documents;
    /** The tables the column chooser was asked about, by their path as given. */
    private final List<String> asked = new ArrayList<>();

    @BeforeEach
    void makeTheParts() {
        results = new ResultsViewModel(AT_ONCE, AT_ONCE, status, new SimpleDoubleProperty(SentimentLabel.DEFAULT_THRESHOLD));
        documents = new DocumentsViewModel(AT_ONCE, AT_ONCE, status, results, running);
    }

    @Test
    void itStartsWithAnEmptyTextSelectedWhichTheTextBoxEdits() {
        assertThat(names()).containsExactly("Text 1");
        DocumentItem first = documents.selectedDocumentProperty().get();
        assertThat(documents.editorEditableProperty().get()).isTrue();

        documents.editorTextProperty().set("Good day.");

        assertThat(first.textProperty().get()).isEqualTo("Good day.");
        assertThat(documents.inputs()).extracting(input -> input.text()).containsExactly("Good day.");
    }

    @Test
    void aTextTooLongToEditBecomesADocumentOfItsOwnInPlaceOfTheEmptyOne() {
        assertThat(documents.paste("short")).as("the text box takes it").isFalse();

        String longText = "Fine. ".repeat(DocumentEditor.EDITOR_LIMIT / 5);
        assertThat(documents.paste(longText)).isTrue();

        assertThat(names()).containsExactly("Pasted text 2");
        assertThat(documents.editorEditableProperty().get()).isFalse();
        assertThat(documents.editorTextProperty().get())
                .isEqualTo(String.format("Pasted text 2: %,d characters, too long to edit here; it is analyzed as it is.",
                        longText.length()));
    }

    @Test
    void filesAreAddedAndTheOnesThatCannotBeUsedAreSaidInOneNotice() throws Exception {
        Path notes = Files.writeString(Files.createDirectories(dir.resolve("a")).resolve("notes.txt"), "Lovely.\nAwful.\n");
        Path sameName = Files.writeString(Files.createDirectories(dir.resolve("b")).resolve("notes.txt"), "Fine.\n");
        Path missing = dir.resolve("missing.txt");
        AtomicInteger analyzed = new AtomicInteger();

        documents.addFiles(List.of(notes, sameName, missing), analyzed::incrementAndGet);

        assertThat(names()).as("the empty first text goes; a second notes.txt is named with its folder")
                .containsExactly("notes.txt", "b/notes.txt");
        assertThat(documents.selectedDocumentProperty().get().name()).isEqualTo("b/notes.txt");
        assertThat(documents.editorTextProperty().get()).as("the file's first lines, read-only").isEqualTo("Fine.\n");
        assertThat(documents.editorEditableProperty().get()).isFalse();
        assertThat(status.notices()).hasSize(1);
        assertThat(status.notices().get(0)).contains("missing.txt");
        assertThat(status.statusProperty().get()).startsWith("Added 2 files; one was left out: ").contains("missing.txt");
        assertThat(analyzed.get()).as("what was to follow the adding ran once").isEqualTo(1);
    }

    @Test
    void aTableWithoutAChosenColumnIsLeftOutAndNothingFollows() throws Exception {
        Path reviews = Files.writeString(dir.resolve("reviews.csv"), "id,text\n1,Lovely.\n2,Awful.\n");
        AtomicInteger analyzed = new AtomicInteger();
        documents.setColumnChooser(this::chooseNone);

        documents.addFiles(List.of(reviews), analyzed::incrementAndGet);

        assertThat(asked).containsExactly(reviews.toString());
        assertThat(names()).containsExactly("Text 1");
        assertThat(status.statusProperty().get()).isEqualTo(reviews + " was not added: no column was chosen for its text.");
        assertThat(analyzed.get()).isZero();
    }

    @Test
    void clearAllTakesDocumentsAndResultsAndUndoBringsBothBack() {
        documents.editorTextProperty().set("Lovely. Awful.");
        documents.newText();
        results.store().addDocument("Text 1");
        results.take(List.of(new TextUnit("Text 1", 1, "Lovely.", 0, 0, 7)), List.of(new SentimentScores(0, 0.4, 0.6, 0.6)), "test");
        results.redraw();
        status.progressText("1 units in 0.1 s");

        running.set(true);
        documents.clearDocuments();
        assertThat(status.statusProperty().get()).isEqualTo("The analysis is still running: cancel it (Esc) first, then clear.");
        assertThat(documents.canUndoClear()).isFalse();
        running.set(false);

        documents.clearDocuments();
        assertThat(names()).containsExactly("Text 1");
        assertThat(documents.editorTextProperty().get()).isEmpty();
        assertThat(results.store().size()).isZero();
        assertThat(results.rows()).isEmpty();
        assertThat(status.progressTextProperty().get()).isEmpty();
        assertThat(status.statusProperty().get()).isEqualTo("Cleared 2 documents and their results.");
        assertThat(documents.canUndoClear()).isTrue();

        documents.undoClear();
        assertThat(names()).containsExactly("Text 1", "Text 2");
        assertThat(documents.editorTextProperty().get()).isEqualTo("Lovely. Awful.");
        assertThat(results.rows()).hasSize(1);
        assertThat(status.progressTextProperty().get()).isEqualTo("1 units in 0.1 s");
        assertThat(status.statusProperty().get()).isEqualTo("Brought back 2 documents and their results.");
        assertThat(documents.canUndoClear()).isFalse();
        documents.newText();
        assertThat(names()).as("the count of texts came back too").endsWith("Text 3");
    }

    @Test
    void newResultsMakeWhatClearAllTookStayGone() {
        documents.editorTextProperty().set("Lovely.");
        documents.clearDocuments();

        documents.forgetCleared();

        assertThat(documents.canUndoClear()).isFalse();
        documents.undoClear();
        assertThat(names()).containsExactly("Text 1");
        assertThat(documents.editorTextProperty().get()).isEmpty();
    }

    @Test
    void removingTheLastDocumentLeavesAnEmptyText() {
        documents.remove(documents.items().get(0));

        assertThat(names()).containsExactly("Text 2");
        assertThat(documents.selectedDocumentProperty().get()).isSameAs(documents.items().get(0));
        documents.rename(documents.items().get(0), "  Notes  ");
        documents.rename(documents.items().get(0), " ");
        assertThat(names()).as("a blank name changes nothing").containsExactly("Notes");
    }

    private Optional<TableChoice> chooseNone(String file, Map<String, TablePreview> previews) {
        asked.add(file);
        return Optional.empty();
    }

    private List<String> names() {
        return documents.items().stream().map(DocumentItem::name).toList();
    }
}
