package org.sentigrid.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sentigrid.desktop.DesktopFixture.onFx;
import static org.sentigrid.desktop.DesktopFixture.runFx;
import static org.sentigrid.desktop.DesktopFixture.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sentigrid.api.EngineMode;
import org.sentigrid.desktop.main.MainViewModel;
import org.sentigrid.text.SplitMode;

/** What the window remembers between runs, and a CSV file whose text column the user picks from a preview. */
@Tag("ui")
class PreferencesAndTablesTest {
    private static final Duration LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void thresholdEngineSplitWindowSizeLocalWorkersAndThemeAreRememberedForTheNextWindow() throws Exception {
        Preferences node = Preferences.userRoot().node("org/sentigrid/test/" + UUID.randomUUID());
        try (DesktopFixture first = DesktopFixture.open(node).withWorkerReady()) {
            first.window().grid().get().addLocalWorker();
            MainViewModel model = first.window().main();
            first.robot.clickOn("#darkToggle"); // before the window narrows: then the toolbar tucks it away
            runFx(() -> {
                model.settings().thresholdProperty().set(0.25);
                model.settings().engineProperty().set(EngineMode.NLTK);
                model.settings().splitProperty().set(SplitMode.LINES);
                first.window().stage().setWidth(1100);
            });
            first.closeKeepingPreferences();

            try (DesktopFixture second = DesktopFixture.open(node)) {
                Spinner<Double> threshold = second.lookup("#thresholdSpinner");
                ChoiceBox<EngineMode> engine = second.lookup("#engineChoice");
                ChoiceBox<SplitMode> split = second.lookup("#splitChoice");
                assertThat(onFx(threshold::getValue)).isEqualTo(0.25);
                assertThat(onFx(engine::getValue)).isEqualTo(EngineMode.NLTK);
                assertThat(onFx(split::getValue)).isEqualTo(SplitMode.LINES);
                assertThat(onFx(() -> second.window().stage().getScene().getWidth())).isEqualTo(1100);
                assertThat(second.window().grid().get().localWorkers()).isEqualTo(2);
                assertThat(onFx(() -> second.window().stage().getScene().getStylesheets()))
                        .anySatisfy(sheet -> assertThat(sheet).endsWith("sentigrid-dark.css"));
                org.sentigrid.desktop.charts.CompoundBarChart bars = second.lookup(".chart-holder CompoundBarChart");
                assertThat(onFx(() -> bars.paletteProperty().get()))
                        .isEqualTo(org.sentigrid.desktop.charts.ChartPalette.DARK);
            }
        }
    }

    @Test
    void aCsvFileAsksForItsTextColumnWithAPreviewAndAnalyzesOnlyThatColumn() throws Exception {
        Path csv = Files.writeString(dir.resolve("reviews.csv"), "id,stars,review\n1,5,\"Lovely, quiet room.\"\n"
                + "2,1,Awful breakfast. Rude staff.\n");
        try (DesktopFixture app = DesktopFixture.open().withWorkerReady()) {
            MainViewModel model = app.window().main();
            runFx(() -> model.addFiles(List.of(csv), false));

            waitUntil("the column dialog shows", LIMIT, () -> dialog() != null);
            TableView<?> preview = (TableView<?>) dialog().getScene().lookup(".table-view");
            assertThat(onFx(() -> preview.getColumns().stream().map(c -> c.getText()).toList()))
                    .containsExactly("id", "stars", "review");
            assertThat(onFx(() -> preview.getItems().size())).isEqualTo(2);
            @SuppressWarnings("unchecked")
            ChoiceBox<String> column = (ChoiceBox<String>) dialog().getScene().lookup(".choice-box");
            assertThat(onFx(column::getValue)).as("a column named like text is offered first").isEqualTo("review");
            app.robot.clickOn("OK");

            waitUntil("the file is in", LIMIT, () -> model.documents().items().stream().anyMatch(d -> !d.isText()));
            assertThat(onFx(() -> model.documents().items().get(0).toString())).isEqualTo("reviews.csv  [column review]");
            runFx(model::analyze);
            app.awaitIdle(LIMIT);
            assertThat(onFx(() -> List.of(model.results().store().text(0), model.results().store().text(1), model.results().store().text(2))))
                    .containsExactly("Lovely, quiet room.", "Awful breakfast.", "Rude staff.");
            assertThat(onFx(() -> model.results().store().size())).isEqualTo(3);
        }
    }

    private static Stage dialog() {
        return Window.getWindows().stream()
                .filter(w -> w instanceof Stage stage && stage.isShowing() && stage.getTitle() != null
                        && stage.getTitle().contains("choose the text column"))
                .map(w -> (Stage) w).findFirst().orElse(null);
    }
}
