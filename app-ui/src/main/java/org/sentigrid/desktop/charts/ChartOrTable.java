package org.sentigrid.desktop.charts;

import java.util.AbstractList;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;

/**
 * A chart, or the table of its numbers ({@link CanvasChart#numbers()}) for screen readers and copying: a
 * toggle at its top right switches between the two. The table is made anew each time the chart reads its
 * points while the table is shown, so both always show the same numbers.
 */
public final class ChartOrTable extends StackPane {
    private final CanvasChart chart;
    private final TableView<Integer> table = new TableView<>();
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private final ToggleButton toggle = new ToggleButton("Table");

    public ChartOrTable(CanvasChart chart) {
        this.chart = chart;
        table.setVisible(false);
        table.setFixedCellSize(24);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        table.getStyleClass().add("chart-table");
        toggle.getStyleClass().add("chart-table-toggle");
        toggle.setTooltip(new Tooltip("Show the chart's numbers as a table (for screen readers and copying), or the chart again"));
        toggle.setFocusTraversable(true);
        toggle.textProperty().bind(javafx.beans.binding.Bindings.when(toggle.selectedProperty())
                .then("Chart").otherwise("Table"));
        toggle.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                fill();
            }
            table.setVisible(now);
            chart.setVisible(!now);
        });
        chart.readingsProperty().addListener((obs, old, now) -> {
            if (toggle.isSelected()) {
                fill();
            }
        });
        // Ctrl+C copies the selected rows (Ctrl+A selects them all) as tab-separated text, with the titles.
        table.setOnKeyPressed(key -> {
            if (COPY.match(key)) {
                copy();
            }
        });
        StackPane.setAlignment(toggle, Pos.TOP_RIGHT);
        getChildren().addAll(chart, table, toggle);
    }

    /** The table as the chart's last reading gives it. */
    private void fill() {
        ChartNumbers numbers = chart.numbers();
        table.getColumns().clear();
        for (int c = 0; c < numbers.columns().size(); c++) {
            int column = c;
            TableColumn<Integer, String> tableColumn = new TableColumn<>(numbers.columns().get(c));
            tableColumn.setSortable(false);
            tableColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(numbers.cell().at(cell.getValue(), column)));
            if (c > 0) {
                tableColumn.setStyle("-fx-alignment: CENTER-RIGHT;");
            }
            table.getColumns().add(tableColumn);
        }
        int rows = numbers.rows();
        table.setItems(FXCollections.observableList(new AbstractList<>() {
            @Override
            public Integer get(int index) {
                return index;
            }

            @Override
            public int size() {
                return rows;
            }
        }));
    }

    private void copy() {
        StringBuilder text = new StringBuilder();
        text.append(String.join("\t", table.getColumns().stream().map(TableColumn::getText).toList())).append('\n');
        for (int row : table.getSelectionModel().getSelectedIndices()) {
            for (int c = 0; c < table.getColumns().size(); c++) {
                text.append(c == 0 ? "" : "\t").append(table.getColumns().get(c).getCellData(row));
            }
            text.append('\n');
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(text.toString());
        Clipboard.getSystemClipboard().setContent(content);
    }

    public CanvasChart chart() {
        return chart;
    }

    public ToggleButton toggle() {
        return toggle;
    }
}
