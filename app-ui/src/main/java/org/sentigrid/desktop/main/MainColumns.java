package org.sentigrid.desktop.main;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import org.sentigrid.api.SentimentLabel;
import org.sentigrid.desktop.results.DocumentSummary;
import org.sentigrid.desktop.results.ResultRow;
import org.sentigrid.desktop.results.RowQuery;
import org.sentigrid.text.SplitMode;

/** The columns of the main screen's two tables, the results and the per-document summary, with their cells. */
final class MainColumns {
    private MainColumns() {
    }

    /** The results table's columns; each knows its sort key, the text column's title follows the split. */
    static List<TableColumn<ResultRow, String>> results(ObservableValue<SplitMode> split, ObservableDoubleValue threshold) {
        TableColumn<ResultRow, String> text = column("Sentence", RowQuery.Column.TEXT, ResultRow::text);
        text.textProperty().bind(Bindings.createStringBinding(() -> switch (split.getValue()) {
            case SENTENCES -> "Sentence";
            case LINES -> "Line";
            case NONE -> "Text";
        }, split));
        text.setPrefWidth(600);
        text.setMinWidth(200);
        TableColumn<ResultRow, String> label = column("Label", RowQuery.Column.LABEL,
                row -> SentimentLabel.of(row.compound(), threshold.get()).id());
        label.setCellFactory(c -> new LabelCell());
        fixedWidth(label, 80);
        return List.of(
                middleEllipsis(sized(column("Document", RowQuery.Column.DOCUMENT, ResultRow::document), 80, 130)),
                fixedWidth(numberColumn("#", RowQuery.Column.UNIT, r -> String.format(Locale.ENGLISH, "%,d", r.unit())), 56),
                text,
                numberColumn("neg", RowQuery.Column.NEG, r -> share(r.neg())),
                numberColumn("neu", RowQuery.Column.NEU, r -> share(r.neu())),
                numberColumn("pos", RowQuery.Column.POS, r -> share(r.pos())),
                fixedWidth(numberColumn("compound", RowQuery.Column.COMPOUND, r -> decimal(r.compound())), 90),
                label,
                sized(column("Worker", RowQuery.Column.WORKER, ResultRow::worker), 76, 90));
    }

    /** The summary table's columns. */
    static List<TableColumn<DocumentSummary, String>> summary() {
        return List.of(
                middleEllipsis(fixedWidth(summaryColumn("Document", DocumentSummary::document), 150)),
                fixedWidth(summaryColumn("Units", s -> String.format(Locale.ENGLISH, "%,d", s.units())), 80),
                fixedWidth(summaryColumn("Mean", s -> Double.isNaN(s.meanCompound()) ? "—" : decimal(s.meanCompound())), 76),
                fixedWidth(summaryColumn("Positive", s -> percent(s.positive())), 76),
                fixedWidth(summaryColumn("Neutral", s -> percent(s.neutral())), 76),
                fixedWidth(summaryColumn("Negative", s -> percent(s.negative())), 80));
    }

    private static TableColumn<ResultRow, String> column(String title, RowQuery.Column key, Function<ResultRow, String> value) {
        TableColumn<ResultRow, String> column = new TableColumn<>(title);
        column.setUserData(key);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    private static TableColumn<ResultRow, String> numberColumn(String title, RowQuery.Column key, Function<ResultRow, String> value) {
        TableColumn<ResultRow, String> column = column(title, key, value);
        column.getStyleClass().add("number");
        return fixedWidth(column, 64);
    }

    /** Numbers have a known width: only the text columns share what is left. */
    private static <T> TableColumn<T, String> fixedWidth(TableColumn<T, String> column, double width) {
        column.setMinWidth(width);
        column.setPrefWidth(width);
        column.setMaxWidth(width);
        return column;
    }

    private static <T> TableColumn<T, String> sized(TableColumn<T, String> column, double min, double preferred) {
        column.setMinWidth(min);
        column.setPrefWidth(preferred);
        column.setMaxWidth(1.5 * preferred);
        return column;
    }

    /**
     * A column of document names: too long a name loses its middle, not its end ("customer-re…2024.csv" and
     * "…2024.jsonl", not "custome…" twice), and its cell's tooltip gives it whole.
     */
    private static <T> TableColumn<T, String> middleEllipsis(TableColumn<T, String> column) {
        column.setCellFactory(c -> new TableCell<>() {
            {
                setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
            }

            @Override
            protected void updateItem(String name, boolean empty) {
                super.updateItem(name, empty);
                setText(empty ? null : name);
                setTooltip(empty || name == null ? null : new Tooltip(name));
            }
        });
        return column;
    }

    private static TableColumn<DocumentSummary, String> summaryColumn(String title, Function<DocumentSummary, String> value) {
        TableColumn<DocumentSummary, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    /** neg, neu and pos with VADER's own 3 decimals, as the exports have them. */
    private static String share(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static String percent(double share) {
        return String.format(Locale.ENGLISH, "%.1f%%", 100 * share);
    }

    /** A label cell coloured by its label, through pseudo-classes (cheaper to switch than style classes). */
    private static final class LabelCell extends TableCell<ResultRow, String> {
        private static final Map<String, PseudoClass> STATES = Map.of(
                "positive", PseudoClass.getPseudoClass("positive"),
                "neutral", PseudoClass.getPseudoClass("neutral"),
                "negative", PseudoClass.getPseudoClass("negative"));

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            String label = empty ? null : item;
            setText(label);
            STATES.forEach((name, state) -> pseudoClassStateChanged(state, name.equals(label)));
        }
    }
}
