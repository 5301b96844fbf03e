package org.sentigrid.desktop.lexicon;

import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Binds the lexicon editor to its view model. */
public final class LexiconController {
    private final LexiconViewModel model;
    /** Selects a unit everywhere (table, charts, explanation). */
    private final java.util.function.IntConsumer select;

    @FXML private TextField searchField;
    @FXML private Label countLabel;
    @FXML private TableView<LexiconRow> lexiconTable;
    @FXML private TextField wordField;
    @FXML private TextField valenceField;
    @FXML private Button setButton;
    @FXML private Button removeButton;
    @FXML private Button revertButton;
    @FXML private Label lexiconStatus;
    @FXML private TableView<ChangedUnit> changesTable;
    @FXML private TableView<Suggestion> suggestionsTable;

    public LexiconController(LexiconViewModel model, java.util.function.IntConsumer select) {
        this.model = model;
        this.select = select;
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(model.searchProperty());
        lexiconTable.setItems(model.rows());
        lexiconTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        lexiconTable.getColumns().setAll(List.of(column("Word", LexiconRow::word, 180),
                column("Valence", LexiconRow::value, 110), column("Source", LexiconRow::source, 120)));
        countLabel.textProperty().bind(Bindings.createStringBinding(
                () -> String.format(Locale.ENGLISH, "%,d %s", model.rows().size(), model.rows().size() == 1 ? "entry" : "entries"), model.rows()));
        lexiconTable.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null && !row.source().equals(LexiconRow.EMOJI)) {
                wordField.setText(row.word());
                valenceField.setText(row.value());
            }
        });
        lexiconTable.setOnKeyPressed(key -> {
            if (key.getCode() == KeyCode.DELETE && lexiconTable.getSelectionModel().getSelectedItem() != null) {
                model.remove(lexiconTable.getSelectionModel().getSelectedItem().word());
            }
        });
        valenceField.setOnAction(e -> set());
        wordField.setOnAction(e -> valenceField.requestFocus());
        setButton.disableProperty().bind(wordField.textProperty().isEmpty().or(valenceField.textProperty().isEmpty()));
        removeButton.disableProperty().bind(wordField.textProperty().isEmpty());
        revertButton.disableProperty().bind(wordField.textProperty().isEmpty());
        lexiconStatus.textProperty().bind(model.statusProperty());

        changesTable.setItems(model.changes());
        changesTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        changesTable.getColumns().setAll(List.of(column("Document", ChangedUnit::document, 110),
                column("#", c -> Long.toString(c.unit()), 50),
                column("Old compound", c -> compound(c.oldCompound()), 95), column("Old label", c -> c.oldLabel().id(), 75),
                column("New compound", c -> compound(c.newCompound()), 95), column("New label", c -> c.newLabel().id(), 75),
                column("Sentence", ChangedUnit::text, 400)));
        selectsOnOpen(changesTable, ChangedUnit::index);

        suggestionsTable.setItems(model.suggestions());
        suggestionsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        suggestionsTable.getColumns().setAll(List.of(column("Word", Suggestion::word, 160),
                column("In the rows shown", s -> Integer.toString(s.shownCount()), 120),
                column("Units with it", s -> Integer.toString(s.unitsWithIt()), 100),
                column("Score", s -> String.format(Locale.ROOT, "%.3f", s.score()), 80)));
        suggestionsTable.getSelectionModel().selectedItemProperty().addListener((obs, old, s) -> {
            if (s != null) {
                wordField.setText(s.word());
                valenceField.clear();
            }
        });
    }

    /** Enter or a double click on a changed sentence selects it everywhere. */
    private <T> void selectsOnOpen(TableView<T> table, java.util.function.ToIntFunction<T> index) {
        table.setRowFactory(t -> {
            TableRow<T> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    select.accept(index.applyAsInt(row.getItem()));
                }
            });
            return row;
        });
        table.setOnKeyPressed(key -> {
            T item = table.getSelectionModel().getSelectedItem();
            if (key.getCode() == KeyCode.ENTER && item != null) {
                select.accept(index.applyAsInt(item));
            }
        });
    }

    @FXML
    private void set() {
        if (model.set(wordField.getText(), valenceField.getText())) {
            searchField.setText(wordField.getText().strip());
        }
    }

    @FXML
    private void remove() {
        model.remove(wordField.getText());
    }

    @FXML
    private void revert() {
        model.revert(wordField.getText());
    }

    @FXML
    private void load() {
        File file = chooser("Load a lexicon overlay").showOpenDialog(window());
        if (file != null) {
            model.load(file.toPath());
        }
    }

    @FXML
    private void save() {
        FileChooser chooser = chooser("Save the lexicon overlay");
        chooser.setInitialFileName("overlay.tsv");
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            model.save(file.toPath());
        }
    }

    @FXML
    private void suggest() {
        model.suggest();
    }

    private static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Lexicon overlay", "*.tsv", "*.txt"),
                new FileChooser.ExtensionFilter("All files", "*"));
        return chooser;
    }

    private Window window() {
        return lexiconTable.getScene().getWindow();
    }

    private static String compound(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
