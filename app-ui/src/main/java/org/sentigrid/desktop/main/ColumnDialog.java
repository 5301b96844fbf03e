package org.sentigrid.desktop.main;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.sentigrid.text.TablePreview;

/**
 * Asks which column (or JSON Lines field) of a table file holds the text, showing its first rows; of a
 * spreadsheet, also which sheet (the first by default), each sheet previewed as it is chosen.
 */
final class ColumnDialog {
    /** Columns whose names say they hold text are offered first. */
    private static final List<String> LIKELY = List.of("text", "review", "sentence", "content", "body", "comment", "message");

    private ColumnDialog() {
    }

    /** @param previews the first rows of each sheet, in the workbook's order; one, under "", for a table that has no sheets */
    static Optional<TableChoice> ask(Window owner, String file, Map<String, TablePreview> previews) {
        Dialog<TableChoice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Sentigrid — choose the text column");
        dialog.setHeaderText("Which column of " + file + " holds the text to analyze?");
        List<String> sheets = new ArrayList<>(previews.keySet());
        ChoiceBox<String> sheet = new ChoiceBox<>();
        sheet.setId("sheetChoice");
        sheet.getItems().setAll(sheets);
        ChoiceBox<String> choice = new ChoiceBox<>();
        choice.setId("columnChoice");
        TableView<List<String>> rows = new TableView<>();
        rows.setPrefSize(640, 200);
        sheet.valueProperty().addListener((obs, old, now) -> show(previews.get(now), choice, rows));
        sheet.setValue(sheets.get(0));
        HBox chooser = new HBox(8, new Label("Text column:"), choice);
        if (!sheets.get(0).isEmpty()) {
            chooser.getChildren().addAll(0, List.of(new Label("Sheet:"), sheet));
        }
        dialog.getDialogPane().setContent(new VBox(10, chooser, new Label("The first rows:"), rows));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(choice.valueProperty().isNull());
        dialog.setResultConverter(button -> button == ButtonType.OK && choice.getValue() != null
                ? new TableChoice(sheet.getValue().isEmpty() ? null : sheet.getValue(), choice.getValue()) : null);
        return dialog.showAndWait();
    }

    /** The columns of one sheet (or table) to choose from, and its first rows. */
    private static void show(TablePreview preview, ChoiceBox<String> choice, TableView<List<String>> rows) {
        choice.getItems().setAll(preview.columns());
        choice.setValue(preview.columns().stream().filter(c -> LIKELY.contains(c.strip().toLowerCase(Locale.ROOT)))
                .findFirst().orElse(preview.columns().isEmpty() ? null : preview.columns().get(0)));
        rows.getColumns().clear();
        for (int i = 0; i < preview.columns().size(); i++) {
            int column = i;
            TableColumn<List<String>, String> tableColumn = new TableColumn<>(preview.columns().get(i));
            tableColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().get(column)));
            tableColumn.setPrefWidth(160);
            rows.getColumns().add(tableColumn);
        }
        rows.getItems().setAll(preview.rows());
    }
}
