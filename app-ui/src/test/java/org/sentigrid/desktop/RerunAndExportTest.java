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
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TableView;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sentigrid.api.EngineMode;
import org.sentigrid.desktop.main.MainViewModel;
import org.sentigrid.desktop.results.ResultRow;
import org.sentigrid.format.RowFormat;
import org.sentigrid.text.SplitMode;

/** Running again with a sentence selected, and exporting what the table shows. */
@Tag("ui")
class RerunAndExportTest extends DesktopTest {
    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final String TEXT = "Great movie! The ending was awful. It is a film. I loved the music. The seats were dreadful.";

    @ParameterizedTest
    @ValueSource(strings = {"Analyze", "Engine", "Split"})
    void runningAgainWithASentenceSelectedStartsAfreshWithoutAnError(String how) throws Exception {
        app = DesktopFixture.open().withWorkerReady();
        MainViewModel model = app.window().main();
        List<Throwable> errors = uncaughtOnTheFxThread();
        runFx(() -> model.documents().editorTextProperty().set(TEXT));
        runFx(model::analyze);
        app.awaitIdle(LIMIT);
        app.robot.clickOn(app.robot.lookup("#resultTable .table-row-cell").nth(1).queryAs(Node.class));
        assertThat(onFx(() -> model.results().selectedIndexProperty().get())).isEqualTo(1);

        switch (how) {
            case "Analyze" -> app.robot.clickOn("#analyzeButton");
            case "Engine" -> runFx(() -> app.<ChoiceBox<EngineMode>>lookup("#engineChoice").setValue(EngineMode.NLTK));
            default -> runFx(() -> app.<ChoiceBox<SplitMode>>lookup("#splitChoice").setValue(SplitMode.NONE));
        }
        waitUntil("the new job ran", LIMIT, () -> !model.job().runningProperty().get() && model.results().store().size() > 0);

        assertThat(errors).isEmpty();
        assertThat(onFx(() -> model.results().selectedIndexProperty().get())).isEqualTo(-1);
        assertThat(onFx(() -> model.results().store().size())).isEqualTo(how.equals("Split") ? 1 : 5);
    }

    @Test
    void exportOffersAllResultsOrTheRowsShownInTheirOrder() throws Exception {
        app = DesktopFixture.open().withWorkerReady();
        MainViewModel model = app.window().main();
        runFx(() -> model.documents().editorTextProperty().set(TEXT));
        runFx(model::analyze);
        app.awaitIdle(LIMIT);
        // Only the negatives, the most negative first.
        app.robot.clickOn("#positiveToggle").clickOn("#neutralToggle");
        TableView<ResultRow> table = app.lookup("#resultTable");
        runFx(() -> {
            var compound = table.getColumns().get(6);
            compound.setSortType(javafx.scene.control.TableColumn.SortType.ASCENDING);
            table.getSortOrder().setAll(List.of(compound));
        });
        waitUntil("the table shows the two negatives", LIMIT, () -> table.getItems().size() == 2
                && table.getItems().get(0).compound() <= table.getItems().get(1).compound());
        List<String> shown = onFx(() -> {
            List<String> texts = new ArrayList<>();
            table.getItems().forEach(row -> texts.add(row.text()));
            return texts;
        });

        Path rows = dir.resolve("shown.csv");
        Path all = dir.resolve("all.csv");
        runFx(() -> {
            model.export().exportResults(rows, RowFormat.CSV, true);
            model.export().exportResults(all, RowFormat.CSV, false);
        });
        waitUntil("both were written", LIMIT, () -> Files.exists(rows) && Files.exists(all));

        assertThat(shown).containsExactlyInAnyOrder("The seats were dreadful.", "The ending was awful.");
        assertThat(texts(rows)).containsExactlyElementsOf(shown);
        assertThat(texts(all)).containsExactly("Great movie!", "The ending was awful.", "It is a film.", "I loved the music.",
                "The seats were dreadful.");
        // Each row shown is the very line the whole export has for it.
        List<String> allLines = Files.readAllLines(all);
        assertThat(Files.readAllLines(rows)).first().isEqualTo(allLines.get(0));
        assertThat(Files.readAllLines(rows).subList(1, 3)).allSatisfy(line -> assertThat(allLines).contains(line));
    }

    private static List<String> texts(Path csv) throws Exception {
        return Files.readAllLines(csv).stream().skip(1).map(line -> line.split(",")[2]).toList();
    }

    /** What the FX thread throws from here on (the test fails on any). */
    private static List<Throwable> uncaughtOnTheFxThread() throws Exception {
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        runFx(() -> {
            Thread thread = Thread.currentThread();
            Thread.UncaughtExceptionHandler before = thread.getUncaughtExceptionHandler();
            thread.setUncaughtExceptionHandler((t, e) -> {
                errors.add(e);
                before.uncaughtException(t, e);
            });
        });
        return errors;
    }
}
