package org.sentigrid.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sentigrid.desktop.DesktopFixture.onFx;
import static org.sentigrid.desktop.DesktopFixture.runFx;
import static org.sentigrid.desktop.DesktopFixture.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;
import org.sentigrid.api.SentimentLabel;
import org.sentigrid.desktop.charts.ArcChart;
import org.sentigrid.desktop.charts.ChartOrTable;
import org.sentigrid.desktop.charts.CompoundBarChart;
import org.sentigrid.desktop.charts.HistogramChart;
import org.sentigrid.desktop.charts.LabelMixChart;
import org.sentigrid.desktop.results.ResultRow;

/** Charts as tables of their numbers, the shortcuts listed from the real menus, the table's decimals. */
class AccessibilityTest extends DesktopTest {
    @Test
    void eachChartsTableShowsItsNumbers() throws Exception {
        Path hotel = Files.writeString(dir.resolve("hotel-reviews.txt"), SampleTexts.HOTEL);
        Path story = Files.writeString(dir.resolve("story.txt"), SampleTexts.STORY);
        app = DesktopFixture.open(hotel, story).withWorkerReady();
        app.awaitIdleAfterStart();
        var results = app.window().main().results().store();
        int units = onFx(results::size);

        // Sentences: each unit's compound, with 4 decimals, by document and position.
        List<List<String>> bars = table("Sentences", CompoundBarChart.class);
        assertThat(bars).hasSize(units + 1);
        assertThat(bars.get(0)).containsExactly("Document", "Position", "Compound");
        for (int i = 0; i < units; i++) {
            int index = i;
            assertThat(bars.get(i + 1)).containsExactly(onFx(() -> results.documentName(results.document(index))),
                    Long.toString(onFx(() -> results.unit(index))),
                    String.format(Locale.ROOT, "%.4f", onFx(() -> results.compound(index))));
        }

        // Histogram: each bin's units by label, as the bars stack them; every unit in one bin.
        HistogramChart histogram = chart("Histogram", HistogramChart.class);
        List<List<String>> bins = table("Histogram", HistogramChart.class);
        assertThat(bins).hasSize(HistogramChart.BINS + 1);
        long counted = 0;
        for (int b = 0; b < HistogramChart.BINS; b++) {
            int bin = b;
            assertThat(bins.get(b + 1).subList(2, 6)).containsExactly(
                    Long.toString(onFx(() -> histogram.count(bin, SentimentLabel.NEGATIVE))),
                    Long.toString(onFx(() -> histogram.count(bin, SentimentLabel.NEUTRAL))),
                    Long.toString(onFx(() -> histogram.count(bin, SentimentLabel.POSITIVE))),
                    Long.toString(onFx(() -> histogram.count(bin))));
            counted += Long.parseLong(bins.get(b + 1).get(5));
        }
        assertThat(counted).isEqualTo(units);

        // Label mix: all documents, then each, as the chart counts them.
        LabelMixChart mix = chart("Label mix", LabelMixChart.class);
        List<List<String>> mixes = table("Label mix", LabelMixChart.class);
        assertThat(mixes).extracting(row -> row.get(0)).containsExactly("Document", "All", "hotel-reviews.txt", "story.txt");
        for (int d = 0; d < 2; d++) {
            int document = d;
            assertThat(mixes.get(d + 2).subList(1, 4)).containsExactly(
                    Long.toString(onFx(() -> mix.count(document, SentimentLabel.NEGATIVE))),
                    Long.toString(onFx(() -> mix.count(document, SentimentLabel.NEUTRAL))),
                    Long.toString(onFx(() -> mix.count(document, SentimentLabel.POSITIVE))));
        }
        assertThat(mixes.get(1).subList(1, 4)).containsExactly(Long.toString(onFx(() -> mix.count(SentimentLabel.NEGATIVE))),
                Long.toString(onFx(() -> mix.count(SentimentLabel.NEUTRAL))), Long.toString(onFx(() -> mix.count(SentimentLabel.POSITIVE))));

        // Arc: a rolling mean for every unit of each document, each the mean of the compounds around it.
        List<List<String>> arc = table("Arc", ArcChart.class);
        assertThat(arc).hasSize(units + 1);
        int hotelUnits = onFx(() -> results.documentSize(0));
        int window = Math.round(hotelUnits / 10f);
        assertThat(window).as("a window of one unit: the arc is the compounds themselves").isEqualTo(1);
        for (int i = 0; i < hotelUnits; i++) {
            int index = i;
            assertThat(arc.get(i + 1).get(2)).isEqualTo(String.format(Locale.ROOT, "%.4f", onFx(() -> results.compound(index))));
        }

        // The toggle goes back to the chart.
        ChartOrTable holder = holder("Arc");
        app.robot.clickOn(holder.toggle());
        assertThat(onFx(() -> holder.chart().isVisible())).isTrue();
    }

    @Test
    void theShortcutsDialogListsEveryAcceleratorOfTheMenusAndOfTheWindow() throws Exception {
        Path hotel = Files.writeString(dir.resolve("hotel-reviews.txt"), SampleTexts.HOTEL);
        app = DesktopFixture.open(hotel);
        app.awaitIdleAfterStart();

        app.robot.type(KeyCode.F1);
        waitUntil("the shortcuts are shown", Duration.ofSeconds(5), () -> app.robot.lookup("#shortcutsTable").tryQuery().isPresent());
        TableView<?> shown = app.robot.lookup("#shortcutsTable").queryTableView();
        List<String> rows = onFx(() -> {
            List<String> listed = new ArrayList<>();
            for (int r = 0; r < shown.getItems().size(); r++) {
                listed.add(shown.getColumns().get(0).getCellData(r) + " = " + shown.getColumns().get(1).getCellData(r));
            }
            return listed;
        });
        // Every accelerator of the real menus, with where its item is.
        List<String> fromMenus = new ArrayList<>();
        for (String name : List.of("File", "Help")) {
            MenuButton menu = onFx(() -> app.robot.lookup(".menu-button").queryAllAs(MenuButton.class).stream()
                    .filter(m -> m.getText().equals(name)).findFirst().orElseThrow());
            onFx(() -> {
                accelerators(name, menu.getItems(), fromMenus);
                return null;
            });
        }
        assertThat(fromMenus).as("the menus have accelerators").hasSizeGreaterThanOrEqualTo(7)
                .contains("Ctrl+S = File › Save session…", "F1 = Help › Keyboard shortcuts");
        assertThat(rows).containsAll(fromMenus);
        // Every key the window answers to is listed.
        List<String> keys = onFx(() -> app.window().stage().getScene().getAccelerators().keySet().stream()
                .map(k -> k.getDisplayText().replace("\u21b5", "Enter")).toList());
        assertThat(keys).contains("Ctrl+Enter", "Escape", "Ctrl+O", "F1");
        assertThat(rows.stream().map(row -> row.substring(0, row.indexOf(" = "))).toList()).containsAll(keys);
        runFx(() -> shown.getScene().getWindow().hide());

        // Table numbers as VADER gives them: neg, neu, pos with 3 decimals, compound with 4.
        TableView<ResultRow> table = app.lookup("#resultTable");
        List<String> cells = onFx(() -> {
            List<String> all = new ArrayList<>();
            for (String title : List.of("neg", "neu", "pos", "compound")) {
                TableColumn<ResultRow, ?> column = table.getColumns().stream().filter(c -> c.getText().equals(title)).findFirst().orElseThrow();
                for (int r = 0; r < table.getItems().size(); r++) {
                    all.add(title + " " + column.getCellData(r));
                }
            }
            return all;
        });
        assertThat(cells).isNotEmpty().allSatisfy(cell -> assertThat(cell).matches(
                cell.startsWith("compound") ? "compound -?[01]\\.\\d{4}" : "(neg|neu|pos) [01]\\.\\d{3}"));
    }

    private static void accelerators(String path, List<MenuItem> items, List<String> into) {
        for (MenuItem item : items) {
            if (item instanceof Menu menu) {
                accelerators(path + " › " + menu.getText(), menu.getItems(), into);
            } else if (item.getAccelerator() != null) {
                into.add(item.getAccelerator().getDisplayText() + " = " + path + " › " + item.getText());
            }
        }
    }

    /** Shows the tab's chart as its table and reads the table: titles first, then each row's cells. */
    private List<List<String>> table(String tab, Class<?> chartType) throws Exception {
        ChartOrTable holder = holder(tab);
        assertThat(holder.chart()).isInstanceOf(chartType);
        if (!onFx(() -> holder.toggle().isSelected())) {
            app.robot.clickOn(holder.toggle());
        }
        waitUntil("the table is shown", Duration.ofSeconds(5), () -> !holder.chart().isVisible());
        TableView<?> table = onFx(() -> (TableView<?>) holder.getChildren().stream().filter(n -> n instanceof TableView).findFirst().orElseThrow());
        return onFx(() -> {
            List<List<String>> rows = new ArrayList<>();
            rows.add(table.getColumns().stream().map(TableColumn::getText).toList());
            for (int r = 0; r < table.getItems().size(); r++) {
                int row = r;
                rows.add(table.getColumns().stream().map(c -> String.valueOf(c.getCellData(row))).toList());
            }
            return rows;
        });
    }

    private <T> T chart(String tab, Class<T> type) throws Exception {
        return type.cast(holder(tab).chart());
    }

    private ChartOrTable holder(String tab) throws Exception {
        TabPane tabs = app.lookup("#viewTabs");
        return onFx(() -> {
            Tab chosen = tabs.getTabs().stream().filter(t -> t.getText().equals(tab)).findFirst().orElseThrow();
            tabs.getSelectionModel().select(chosen);
            return (ChartOrTable) ((StackPane) chosen.getContent().lookup(".chart-holder")).getChildren().get(0);
        });
    }
}
