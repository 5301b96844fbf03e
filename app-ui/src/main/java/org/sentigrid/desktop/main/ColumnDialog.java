package org.sentigrid.desktop.main;

import java.util.List;
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

/** Asks which column (or JSON Lines field) of a table file holds the text, showing its first rows. */
final class ColumnDialog {
    /** Columns whose names say they hold text are offered first. */
    private static final List<String> LIKELY = List.of("text", "review", "sentence", "content", "body", "comment", "message");

    private ColumnDialog() {
    }

    static Optional<String> ask(Window owner, String file, TablePreview preview) {
        if (preview.columns().isEmpty()) {
            return Optional.empty();
        }
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Sentigrid — choose the text column");
        dialog.setHeaderText("Which column of " + file + " holds the text to analyze?");
        ChoiceBox<String> choice = new ChoiceBox<>();
        choice.getItems().setAll(preview.columns());
        choice.setValue(preview.columns().stream().filter(c -> LIKELY.contains(c.strip().toLowerCase(java.util.Locale.ROOT)))
                .findFirst().orElse(preview.columns().get(0)));
        TableView<List<String>> rows = new TableView<>();
        for (int i = 0; i < preview.columns().size(); i++) {
            int column = i;
            TableColumn<List<String>, String> tableColumn = new TableColumn<>(preview.columns().get(i));
            tableColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().get(column)));
            tableColumn.setPrefWidth(160);
            rows.getColumns().add(tableColumn);
        }
        rows.getItems().setAll(preview.rows());
        rows.setPrefSize(640, 200);
        dialog.getDialogPane().setContent(new VBox(10, new HBox(8, new Label("Text column:"), choice),
                new Label("The first rows:"), rows));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK ? choice.getValue() : null);
        return dialog.showAndWait();
    }
}
