package org.sentigrid.desktop.main;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;

/**
 * A document in the list: its name, and where it comes from in a tooltip. As wide as the list: a long name
 * loses its middle, so that its extension stays ("customer-re…2024.csv", "customer-re…2024.jsonl").
 */
final class DocumentCell extends ListCell<DocumentItem> {
    DocumentCell() {
        setPrefWidth(0); // the list's width, not the longest name's: no sideways scrolling
        setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
    }

    @Override
    protected void updateItem(DocumentItem item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : item.name());
        String place = empty || item == null ? null : item.textPlace();
        if (place == null) {
            setGraphic(null);
        } else {
            Label graphic = new Label("[" + place + "]");
            graphic.textFillProperty().bind(textFillProperty()); // as the name, selected or not
            graphic.setMinWidth(Label.USE_PREF_SIZE);
            setGraphic(graphic);
            setContentDisplay(ContentDisplay.RIGHT);
        }
        setTooltip(empty || item == null ? null : new Tooltip(item.toString() + "\n" + (item.isText()
                ? "Typed or pasted text" : item.file().path().toAbsolutePath().toString())));
    }
}
