package org.sentigrid.desktop.main;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

/**
 * Help › Keyboard shortcuts: a table of every accelerator of the window's menus (read from the menus
 * themselves, with where the item is), the window's other shortcuts, and the keys of single views.
 */
final class ShortcutsDialog {
    /** Keys that act inside one view (handled by that view's controls). */
    private static final List<Shortcut> IN_VIEWS = List.of(
            new Shortcut("Up, Down", "Reader: select the previous or next sentence"),
            new Shortcut("Enter", "Terms: find the word typed; on an occurrence, select its sentence"),
            new Shortcut("Enter", "Lexicon: add the word typed; on a changed sentence, select it"),
            new Shortcut("Delete", "Lexicon: remove the selected word"),
            new Shortcut("Ctrl+A, Ctrl+C", "A chart's table: select all rows, copy the selected rows"),
            new Shortcut("Alt+underlined letter", "The button or field of the view shown with that letter (e.g. Alt+O: Terms › Over)"),
            new Shortcut("Tab, Shift+Tab", "Move to the next or previous control"));

    /** A key or keys and what they do. */
    record Shortcut(String keys, String action) {
    }

    private ShortcutsDialog() {
    }

    static void show(Window owner, List<MenuButton> menus, Map<KeyCombination, String> others) {
        TableView<Shortcut> table = new TableView<>();
        table.setId("shortcutsTable");
        table.getItems().setAll(shortcuts(menus, others));
        table.getColumns().setAll(List.of(column("Keys", Shortcut::keys, 190), column("Action", Shortcut::action, 430)));
        table.setPrefSize(640, 420);
        Alert dialog = new Alert(Alert.AlertType.NONE, null, ButtonType.CLOSE);
        dialog.initOwner(owner);
        dialog.setTitle("Sentigrid — keyboard shortcuts");
        dialog.setHeaderText("Keyboard shortcuts");
        dialog.getDialogPane().setContent(table);
        dialog.setResizable(true);
        dialog.show();
    }

    /** The menus' accelerators, in menu order, then the others, then the keys of single views. */
    static List<Shortcut> shortcuts(List<MenuButton> menus, Map<KeyCombination, String> others) {
        List<Shortcut> all = new ArrayList<>();
        for (MenuButton menu : menus) {
            accelerators(menu.getText(), menu.getItems(), all);
        }
        others.forEach((keys, action) -> all.add(new Shortcut(keys(keys), action)));
        all.addAll(IN_VIEWS);
        return all;
    }

    private static void accelerators(String path, List<MenuItem> items, List<Shortcut> into) {
        for (MenuItem item : items) {
            if (item instanceof Menu menu) {
                accelerators(path + " › " + menu.getText(), menu.getItems(), into);
            } else if (item.getAccelerator() != null) {
                into.add(new Shortcut(keys(item.getAccelerator()), path + " › " + item.getText()));
            }
        }
    }

    /** The keys as this platform writes them, Enter as a word ("Ctrl+Enter", not "Ctrl+↵"). */
    private static String keys(KeyCombination keys) {
        return keys.getDisplayText().replace("\u21b5", "Enter");
    }

    private static TableColumn<Shortcut, String> column(String title, java.util.function.Function<Shortcut, String> value, double width) {
        TableColumn<Shortcut, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
