package org.sentigrid.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sentigrid.desktop.DesktopFixture.onFx;
import static org.sentigrid.desktop.DesktopFixture.runFx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sentigrid.desktop.main.MainViewModel;
import org.sentigrid.desktop.results.ResultRow;

/**
 * What the window's colours and names show, measured on its pixels: the Dark toggle's state, text on the
 * accent (focused menu items, selected rows), the table's column button and long document names.
 */
class LookTest extends DesktopTest {
    private static final Duration LIMIT = Duration.ofSeconds(60);

    @Test
    void theDarkToggleShowsWhetherItIsOn() throws Exception {
        app = DesktopFixture.open();
        ToggleButton dark = app.lookup("#darkToggle");
        Node toolbar = app.lookup(".main-toolbar");
        assertThat(DesktopFixture.<String>onFx(dark::getText)).isEqualTo("Dark");

        app.robot.clickOn(dark);

        assertThat(DesktopFixture.<String>onFx(dark::getText)).isEqualTo("\u2713 Dark");
        app.robot.moveTo("#editor"); // not hovered, not pressed: as it shows while one works
        double lit = onFx(() -> contrast(background(dark), background(toolbar)));
        app.robot.clickOn(dark);
        assertThat(lit).as("the toggle's colour against the toolbar's while on").isGreaterThan(2.5);
    }

    /** A menu item reached with the keyboard reads on its highlight, in both themes, and a disabled one too. */
    @ParameterizedTest(name = "dark theme {0}")
    @ValueSource(booleans = {false, true})
    void aKeyboardFocusedMenuItemReadsOnItsHighlight(boolean darkTheme) throws Exception {
        app = DesktopFixture.open();
        if (darkTheme) {
            app.robot.clickOn("#darkToggle");
        }
        app.robot.clickOn("#fileMenu");
        // Open files, Open folder, New text, Save session, Open session (the separator is skipped).
        for (int item = 0; item < 5; item++) {
            app.robot.push(KeyCode.DOWN);
        }
        double enabled = onFx(() -> textContrast(focusedMenuItem("Open session")));
        app.robot.push(KeyCode.DOWN);
        double disabled = onFx(() -> textContrast(focusedMenuItem("Resume")));
        app.robot.push(KeyCode.ESCAPE);
        if (darkTheme) {
            app.robot.clickOn("#darkToggle");
        }

        assertThat(enabled).as("contrast of a focused item's text").isGreaterThanOrEqualTo(4.5);
        assertThat(disabled).as("contrast of a focused disabled item's text").isGreaterThanOrEqualTo(2.0);
    }

    @Test
    void aSelectedRowsLabelReadsOnTheSelection() throws Exception {
        app = DesktopFixture.open().withWorkerReady();
        MainViewModel model = app.window().main();
        runFx(() -> model.documents().editorTextProperty().set("Great movie! The ending was awful. It is a film."));
        runFx(model::analyze);
        app.awaitIdle(LIMIT);
        TableView<ResultRow> table = app.lookup("#resultTable");

        app.robot.clickOn(table.lookup(".table-row-cell .table-cell"));
        for (int row = 0; row < 3; row++) {
            int r = row;
            runFx(() -> table.getSelectionModel().clearAndSelect(r));
            String label = onFx(() -> String.valueOf(table.getColumns().get(7).getCellData(r)));
            double contrast = onFx(() -> textContrast(labelCell(table, label)));
            assertThat(contrast).as("contrast of the selected %s row's label", label).isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void theColumnMenuButtonLeavesTheLastHeaderReadable() throws Exception {
        app = DesktopFixture.open();
        TableView<?> table = app.lookup("#resultTable");

        List<Object> shown = onFx(() -> {
            table.applyCss();
            table.layout();
            Node button = table.lookup(".show-hide-columns-button");
            Labeled worker = (Labeled) table.lookupAll(".column-header .label").stream()
                    .filter(label -> "Worker".equals(((Labeled) label).getText())).findFirst().orElseThrow();
            Text drawn = (Text) worker.lookup(".text");
            Bounds text = drawn.localToScene(drawn.getBoundsInLocal());
            return List.of(drawn.getText(), button.localToScene(button.getBoundsInLocal()).intersects(text));
        });

        assertThat(shown).containsExactly("Worker", false);
    }

    @Test
    void longDocumentNamesKeepTheirEndsAndTheirTooltipsSayThemWhole() throws Exception {
        String name = "customer-reviews-of-the-summer-season-2024";
        Path csv = Files.writeString(dir.resolve(name + ".csv"), "id,text\n1,Good.\n2,Bad.\n");
        Path jsonl = Files.writeString(dir.resolve(name + ".jsonl"), "{\"text\":\"Good.\"}\n");
        app = DesktopFixture.open();
        MainViewModel model = app.window().main();
        runFx(() -> {
            model.documents().setColumnChooser((file, previews) -> Optional.of(new org.sentigrid.desktop.main.TableChoice(null, "text")));
            model.addFiles(List.of(csv, jsonl), true);
        });
        app.awaitIdleAfterStart();
        ListView<?> documents = app.lookup("#documentList");
        TableView<?> table = app.lookup("#resultTable");

        Map<String, String> list = onFx(() -> drawnTexts(documents, ".list-cell"));
        Map<String, String> rows = onFx(() -> drawnTexts(table, ".table-row-cell .table-cell"));

        for (Map<String, String> drawn : List.of(list, rows)) {
            assertThat(drawn.get(name + ".csv")).as("drawn for the .csv").contains("...").endsWith(".csv");
            assertThat(drawn.get(name + ".jsonl")).as("drawn for the .jsonl").contains("...").endsWith(".jsonl");
        }
        String tooltip = onFx(() -> ((Control) table.lookupAll(".table-row-cell .table-cell").stream()
                .filter(cell -> (name + ".csv").equals(((Labeled) cell).getText())).findFirst().orElseThrow())
                .getTooltip().getText());
        assertThat(tooltip).isEqualTo(name + ".csv");
    }

    /** Each labeled cell's text, as set, and as drawn (its own text node: what fits). */
    private static Map<String, String> drawnTexts(Node parent, String cells) {
        parent.applyCss();
        ((Parent) parent).layout();
        Map<String, String> drawn = new HashMap<>();
        for (Node node : parent.lookupAll(cells)) {
            Labeled cell = (Labeled) node;
            Text text = cell.getText() == null ? null : (Text) cell.getChildrenUnmodifiable().stream()
                    .filter(child -> child instanceof Text).findFirst().orElse(null); // its own, not its graphic's
            if (text != null) {
                drawn.put(cell.getText(), text.getText());
            }
        }
        return drawn;
    }

    private static Node focusedMenuItem(String text) {
        return Window.getWindows().stream()
                .filter(w -> w instanceof PopupWindow && w.isShowing())
                .flatMap(w -> w.getScene().getRoot().lookupAll(".menu-item").stream())
                .filter(item -> is(item, "focused"))
                .filter(item -> item.lookupAll(".label").stream()
                        .anyMatch(label -> ((Labeled) label).getText() != null && ((Labeled) label).getText().startsWith(text)))
                .findFirst().orElseThrow(() -> new AssertionError("no focused menu item " + text));
    }

    private static Node labelCell(TableView<?> table, String label) {
        return table.lookupAll(".table-row-cell .table-cell").stream()
                .filter(cell -> is(cell.getParent(), "selected") && label.equals(((Labeled) cell).getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no selected cell " + label));
    }

    private static boolean is(Node node, String pseudoClass) {
        return node.getPseudoClassStates().contains(PseudoClass.getPseudoClass(pseudoClass));
    }

    /** The node as the screen shows it: its part of its scene's picture. */
    private static PixelReader pixels(Node node, int[] box) {
        WritableImage scene = node.getScene().snapshot(null);
        Bounds b = node.localToScene(node.getBoundsInLocal());
        box[0] = (int) Math.ceil(b.getMinX()) + 1;
        box[1] = (int) Math.ceil(b.getMinY()) + 1;
        box[2] = (int) Math.floor(b.getMaxX()) - 1;
        box[3] = (int) Math.floor(b.getMaxY()) - 1;
        return scene.getPixelReader();
    }

    /** The colour most of the node's pixels have. */
    private static Color background(Node node) {
        int[] box = new int[4];
        PixelReader pixels = pixels(node, box);
        Map<Integer, Integer> counts = new HashMap<>();
        for (int y = box[1]; y < box[3]; y++) {
            for (int x = box[0]; x < box[2]; x++) {
                counts.merge(pixels.getArgb(x, y), 1, Integer::sum);
            }
        }
        int argb = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        return Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff);
    }

    /** The WCAG contrast of the node's text against its background: its most distant pixel against its most common. */
    private static double textContrast(Node node) {
        Color background = background(node);
        int[] box = new int[4];
        PixelReader pixels = pixels(node, box);
        double best = 1;
        for (int y = box[1]; y < box[3]; y++) {
            for (int x = box[0]; x < box[2]; x++) {
                best = Math.max(best, contrast(background, pixels.getColor(x, y)));
            }
        }
        return best;
    }

    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
