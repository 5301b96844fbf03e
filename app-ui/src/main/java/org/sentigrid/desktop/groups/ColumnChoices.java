package org.sentigrid.desktop.groups;

import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ChoiceBox;
import javafx.util.StringConverter;

/** A choice of a column or none ("" in the box, null in the view model), offering the columns there are. */
public final class ColumnChoices {
    private ColumnChoices() {
    }

    public static void bind(ChoiceBox<String> box, ObservableList<String> columns, ObjectProperty<String> chosen, String none) {
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String column) {
                return column == null || column.isEmpty() ? none : column;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        Runnable offer = () -> {
            String now = chosen.get();
            box.getItems().setAll("");
            box.getItems().addAll(columns);
            box.setValue(now == null ? "" : now);
        };
        offer.run();
        columns.addListener((ListChangeListener<String>) change -> offer.run());
        box.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                chosen.set(now.isEmpty() ? null : now);
            }
        });
        chosen.addListener((obs, old, now) -> box.setValue(now == null ? "" : now));
    }
}
