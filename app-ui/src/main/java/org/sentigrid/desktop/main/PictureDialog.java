package org.sentigrid.desktop.main;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Asks how large a chart's picture should be: its size (default 1600 × 1000), and whether twice as many pixels, for HiDPI screens. */
final class PictureDialog {
    static final int DEFAULT_WIDTH = 1600;
    static final int DEFAULT_HEIGHT = 1000;

    /** A picture of {@code width} × {@code height}, in pixels {@code scale} times as many each way. */
    record Size(int width, int height, int scale) {
    }

    private PictureDialog() {
    }

    static Optional<Size> ask(Window owner, String chart) {
        Dialog<Size> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Sentigrid — save the chart as PNG");
        dialog.setHeaderText("How large a picture of the " + chart + " chart, with its title, axes and legend?");
        Spinner<Integer> width = new Spinner<>(400, 8000, DEFAULT_WIDTH, 100);
        Spinner<Integer> height = new Spinner<>(300, 8000, DEFAULT_HEIGHT, 100);
        for (Spinner<Integer> spinner : java.util.List.of(width, height)) {
            spinner.setEditable(true);
            spinner.setPrefWidth(100);
        }
        CheckBox hidpi = new CheckBox();
        hidpi.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> String.format(java.util.Locale.ENGLISH,
                "Twice as many pixels, for HiDPI screens (%,d × %,d)", 2 * width.getValue(), 2 * height.getValue()),
                width.valueProperty(), height.valueProperty()));
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label("Width"), width);
        form.addRow(1, new Label("Height"), height);
        form.add(hidpi, 0, 2, 2, 1);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? new Size(width.getValue(), height.getValue(), hidpi.isSelected() ? 2 : 1) : null);
        return dialog.showAndWait();
    }
}
