package org.sentigrid.desktop.evaluate;

import java.io.File;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import org.sentigrid.api.SentimentLabel;
import org.sentigrid.desktop.charts.ChartPalette;
import org.sentigrid.evaluate.Confusion;
import org.sentigrid.evaluate.LabelAgreement;

/** Binds the Evaluate tab to its view model and forwards clicks: the matrix's cells, opening a table or an example. */
public final class EvaluateController {
    private final EvaluateViewModel model;

    @FXML private TextField textColumnField;
    @FXML private TextField goldColumnField;
    @FXML private Label summaryLabel;
    @FXML private GridPane confusionGrid;
    @FXML private Label cellLabel;
    @FXML private TableView<EvaluateViewModel.Row> cellTable;
    @FXML private GoldScatter scatter;
    @FXML private ThresholdCurve curve;

    public EvaluateController(EvaluateViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        textColumnField.textProperty().bindBidirectional(model.textColumnProperty());
        goldColumnField.textProperty().bindBidirectional(model.goldColumnProperty());
        summaryLabel.textProperty().bind(model.summaryProperty());
        cellLabel.textProperty().bind(model.cellProperty());
        cellTable.setItems(model.cellRows());
        cellTable.getColumns().setAll(
                column("row", 50, row -> Long.toString(row.record())),
                column("gold", 60, EvaluateViewModel.Row::gold),
                column("compound", 70, row -> String.format(Locale.ROOT, "%.4f", row.compound())),
                column("text", 400, EvaluateViewModel.Row::text));
        model.labelsProperty().addListener((observable, old, labels) -> showMatrix(labels));
        model.scatterProperty().addListener((observable, old, points) -> scatter.show(points));
        showMatrix(null);
    }

    private static TableColumn<EvaluateViewModel.Row, String> column(String name, double width,
                                                                     java.util.function.Function<EvaluateViewModel.Row, String> value) {
        TableColumn<EvaluateViewModel.Row, String> column = new TableColumn<>(name);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    /** The matrix: gold down the side, predicted along the top, each count a button that shows its rows. */
    private void showMatrix(LabelAgreement labels) {
        curve.show(labels);
        confusionGrid.getChildren().clear();
        confusionGrid.add(new Label("gold \\ scored"), 0, 0);
        SentimentLabel[] all = SentimentLabel.values();
        for (int i = 0; i < all.length; i++) {
            confusionGrid.add(new Label(all[i].id()), i + 1, 0);
            confusionGrid.add(new Label(all[i].id()), 0, i + 1);
        }
        if (labels == null) {
            return;
        }
        Confusion confusion = labels.confusion();
        for (int g = 0; g < all.length; g++) {
            for (int p = 0; p < all.length; p++) {
                SentimentLabel gold = all[g];
                SentimentLabel predicted = all[p];
                Button cell = new Button(String.format(Locale.ENGLISH, "%,d", confusion.count(gold, predicted)));
                cell.setId("cell-" + gold.id() + "-" + predicted.id());
                cell.setMaxWidth(Double.MAX_VALUE);
                cell.setMinWidth(Region.USE_PREF_SIZE);
                cell.getStyleClass().add(gold == predicted ? "agree" : "disagree");
                cell.setOnAction(event -> model.showCell(gold, predicted));
                confusionGrid.add(cell, p + 1, g + 1);
            }
        }
    }

    @FXML
    private void openTable() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Evaluate a table with a gold column");
        File file = chooser.showOpenDialog(confusionGrid.getScene().getWindow());
        if (file != null) {
            model.open(file.toPath());
        }
    }

    /** Opens a shipped corpus (File › Open example). */
    public void openExample(String name) {
        model.openExample(name);
    }

    /** The charts' colours follow the window's theme. */
    public void palette(ChartPalette palette) {
        scatter.paletteProperty().set(palette);
        curve.paletteProperty().set(palette);
    }
}
