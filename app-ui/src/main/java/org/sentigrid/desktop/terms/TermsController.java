package org.sentigrid.desktop.terms;

import java.util.List;
import java.util.function.Function;
import java.util.function.IntConsumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.sentigrid.api.SentimentLabel;
import org.sentigrid.desktop.charts.LabelColors;
import org.sentigrid.desktop.groups.ColumnChoices;
import org.sentigrid.terms.Numbers;
import org.sentigrid.terms.TermRow;

/** Binds the Terms tab to its view model. */
public final class TermsController {
    private final TermsViewModel model;
    private final IntConsumer select;

    @FXML private TableView<TermRow> termsTable;
    @FXML private ChoiceBox<TermsScope> scopeChoice;
    @FXML private ChoiceBox<String> termsGroupChoice;
    @FXML private BarChart<Number, String> termsChart;
    @FXML private TextField kwicField;
    @FXML private Label termsStatus;
    @FXML private TableView<KwicRow> kwicTable;

    public TermsController(TermsViewModel model, IntConsumer select) {
        this.model = model;
        this.select = select;
    }

    @FXML
    private void initialize() {
        termsTable.setItems(model.terms());
        termsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        termsTable.getColumns().setAll(List.of(column("Word", TermRow::word, 120),
                number("Count", t -> Long.toString(t.count())), number("Valence sum", TermRow::valenceSumText),
                number("Mean compound", TermRow::meanCompoundText), number("Positive", t -> Long.toString(t.positive())),
                number("Neutral", t -> Long.toString(t.neutral())), number("Negative", t -> Long.toString(t.negative()))));
        scopeChoice.setItems(model.scopes());
        scopeChoice.valueProperty().bindBidirectional(model.scopeProperty());
        ColumnChoices.bind(termsGroupChoice, model.columns(), model.groupColumnProperty(), "each document");
        model.terms().addListener((ListChangeListener<TermRow>) change -> chart());
        termsTable.getSelectionModel().selectedItemProperty().addListener((obs, old, term) -> {
            if (term != null) {
                model.wordProperty().set(term.word());
                model.find();
            }
        });
        kwicField.textProperty().bindBidirectional(model.wordProperty());
        kwicField.setOnAction(e -> model.find());
        termsStatus.textProperty().bind(model.statusProperty());
        kwicTable.setItems(model.occurrences());
        kwicTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<KwicRow, String> left = column("Left", k -> k.line().left(), 260);
        left.setStyle("-fx-alignment: CENTER-RIGHT;");
        kwicTable.getColumns().setAll(List.of(column("Source", k -> k.line().source(), 110),
                number("#", k -> Long.toString(k.line().unit())), left, column("Word", k -> k.line().word(), 80),
                column("Right", k -> k.line().right(), 260),
                number("Compound", k -> Numbers.fixed(k.line().compound(), 4)), column("Label", k -> k.line().label().id(), 70)));
        kwicTable.setRowFactory(t -> {
            TableRow<KwicRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    select.accept(row.getItem().index());
                }
            });
            return row;
        });
        kwicTable.setOnKeyPressed(key -> {
            KwicRow item = kwicTable.getSelectionModel().getSelectedItem();
            if (key.getCode() == KeyCode.ENTER && item != null) {
                select.accept(item.index());
            }
        });
    }

    /**
     * The top terms as bars: each word's valence sum, the largest at the top, in the colour of its sign (the
     * table beside it is the chart's table of numbers).
     */
    private void chart() {
        XYChart.Series<Number, String> bars = new XYChart.Series<>();
        List<TermRow> rows = model.terms();
        for (int i = rows.size() - 1; i >= 0; i--) {
            TermRow row = rows.get(i);
            XYChart.Data<Number, String> bar = new XYChart.Data<>(row.valenceSum(), row.word());
            String colour = LabelColors.hex(row.valenceSum() < 0 ? SentimentLabel.NEGATIVE : SentimentLabel.POSITIVE);
            bar.nodeProperty().addListener((obs, old, node) -> {
                if (node != null) {
                    node.setStyle("-fx-bar-fill: " + colour + ";");
                }
            });
            bars.getData().add(bar);
        }
        termsChart.getData().setAll(List.of(bars));
    }

    @FXML
    private void count() {
        model.count();
    }

    private static <T> TableColumn<T, String> number(String title, Function<T, String> value) {
        TableColumn<T, String> column = column(title, value, 90);
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        column.setComparator((a, b) -> Double.compare(Double.parseDouble(a), Double.parseDouble(b)));
        return column;
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
