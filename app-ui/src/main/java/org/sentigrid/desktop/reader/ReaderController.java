package org.sentigrid.desktop.reader;

import java.io.File;
import javafx.fxml.FXML;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.FileChooser;

/** Binds the Reader tab to its view model: the document's runs, the document choice, the export. */
public final class ReaderController {
    private final ReaderViewModel model;

    @FXML private ChoiceBox<String> documentChoice;
    @FXML private ListView<ReaderRun> readerList;
    @FXML private Label readerStatus;

    public ReaderController(ReaderViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        documentChoice.setItems(model.documents());
        documentChoice.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (now.intValue() >= 0) {
                model.documentProperty().set(now.intValue());
            }
        });
        model.documentProperty().addListener((obs, old, now) -> documentChoice.getSelectionModel().select(now.intValue()));
        model.documents().addListener((javafx.collections.ListChangeListener<String>) change ->
                documentChoice.getSelectionModel().select(model.documentProperty().get()));
        readerList.setItems(model.runs());
        readerList.setCellFactory(list -> new ReaderCell(model, list));
        readerStatus.textProperty().bind(model.statusProperty());
        // A selection made anywhere shows here: its run scrolled into view, its outline drawn.
        model.selectedIndexProperty().addListener((obs, old, now) -> showSelected());
        model.runs().addListener((javafx.collections.ListChangeListener<ReaderRun>) change -> showSelected());
        model.thresholdProperty().addListener((obs, old, now) -> readerList.refresh());
        // Down and Up select the next and previous sentence, as a click does.
        readerList.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.DOWN || key.getCode() == KeyCode.UP) {
                int next = model.step(key.getCode() == KeyCode.DOWN ? 1 : -1);
                if (next >= 0) {
                    model.select(next);
                }
                key.consume();
            }
        });
    }

    private void showSelected() {
        int run = model.runOf(model.selectedIndexProperty().get());
        if (run >= 0) {
            var flow = (javafx.scene.control.skin.VirtualFlow<?>) readerList.lookup(".virtual-flow");
            boolean inView = flow != null && flow.getFirstVisibleCell() != null && flow.getLastVisibleCell() != null
                    && run > flow.getFirstVisibleCell().getIndex() && run < flow.getLastVisibleCell().getIndex();
            if (!inView) {
                readerList.scrollTo(Math.max(0, run - 1));
            }
        }
        readerList.refresh();
    }

    @FXML
    private void exportHtml() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the reader's view as HTML");
        chooser.setInitialFileName("reader.html");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("HTML page", "*.html"));
        File file = chooser.showSaveDialog(readerList.getScene().getWindow());
        if (file != null) {
            model.exportHtml(file.toPath());
        }
    }
}
