package org.sentigrid.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sentigrid.desktop.DesktopFixture.onFx;
import static org.sentigrid.desktop.DesktopFixture.runFx;
import static org.sentigrid.desktop.DesktopFixture.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sentigrid.desktop.main.MainViewModel;
import org.sentigrid.desktop.results.ResultRow;
import org.sentigrid.text.SplitMode;

/** What the window says back: refused input, names, counts, shortcuts and the grid panel's buttons. */
@Tag("ui")
class FeedbackTest extends DesktopTest {
    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final String TEXT = "Great movie! The ending was awful. It is a film. I loved the music. The seats were dreadful.";

    @Test
    void theThresholdBoxSaysWhyItRefusedWhatWasTyped() throws Exception {
        app = DesktopFixture.open();
        Spinner<Double> threshold = app.lookup("#thresholdSpinner");
        Label status = app.lookup("#statusLabel");

        app.robot.doubleClickOn(threshold.getEditor()).write("abc").push(KeyCode.ENTER);
        assertThat(DesktopFixture.<String>onFx(status::getText))
                .isEqualTo("The threshold is a number from 0.01 to 0.99, and \"abc\" is not; it stays 0.05.");
        app.robot.doubleClickOn(threshold.getEditor()).write("1.5").push(KeyCode.ENTER);
        assertThat(DesktopFixture.<String>onFx(status::getText))
                .isEqualTo("The threshold is a number from 0.01 to 0.99, and \"1.5\" is not; it stays 0.05.");

        assertThat(onFx(threshold::getValue)).isEqualTo(0.05);
        assertThat(onFx(() -> app.window().main().settings().thresholdProperty().get())).isEqualTo(0.05);
        assertThat(DesktopFixture.<String>onFx(() -> threshold.getEditor().getText())).isEqualTo("0.05");
    }

    @Test
    void theFirstTypedTextIsText1AlsoWhenFilesCameFirst() throws Exception {
        Path reviews = Files.writeString(dir.resolve("reviews.txt"), "I loved it.");
        app = DesktopFixture.open(reviews);
        app.awaitIdleAfterStart();

        app.robot.clickOn("New text");
        app.robot.clickOn("New text");

        assertThat(onFx(() -> app.window().main().documents().items().stream().map(d -> d.name()).toList()))
                .containsExactly("reviews.txt", "Text 1", "Text 2");
    }

    @Test
    void aFileDocumentShowsTheStartOfItsTextReadOnly() throws Exception {
        Path story = Files.writeString(dir.resolve("story.txt"), java.util.stream.IntStream.rangeClosed(1, 1000)
                .mapToObj(i -> "Line " + i + ".\n").collect(java.util.stream.Collectors.joining()));
        app = DesktopFixture.open();
        javafx.scene.control.TextArea editor = app.lookup("#editor");

        runFx(() -> app.window().main().addFiles(List.of(story), false));

        waitUntil("the file's start shows", LIMIT, () -> editor.getText().startsWith("Line 1.\n"));
        assertThat(DesktopFixture.<String>onFx(editor::getText)).contains("Line 200.\n").doesNotContain("Line 201.")
                .endsWith("all of story.txt is read when you analyze it.");
        assertThat(onFx(editor::isEditable)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = KeyCode.class, names = {"Q", "W"})
    void ctrlQAndCtrlWCloseTheWindow(KeyCode key) throws Exception {
        app = DesktopFixture.open();
        app.robot.clickOn("#editor");

        app.robot.push(KeyCode.CONTROL, key);

        waitUntil("the window closed", Duration.ofSeconds(10), () -> !app.window().stage().isShowing());
    }

    @Test
    void theTableShowsSharesWithVadersThreeDecimalsAndNamesItsUnitsAfterTheSplit() throws Exception {
        app = DesktopFixture.open().withWorkerReady();
        MainViewModel model = app.window().main();
        runFx(() -> model.documents().editorTextProperty().set(TEXT));
        runFx(model::analyze);
        app.awaitIdle(LIMIT);
        TableView<ResultRow> table = app.lookup("#resultTable");

        for (int column = 3; column <= 5; column++) {
            int c = column;
            assertThat(DesktopFixture.<String>onFx(() -> String.valueOf(table.getColumns().get(c).getCellData(1))))
                    .matches("[01]\\.\\d{3}");
        }
        assertThat(DesktopFixture.<String>onFx(() -> String.valueOf(table.getColumns().get(6).getCellData(1))))
                .matches("-?[01]\\.\\d{4}");
        assertThat(DesktopFixture.<String>onFx(() -> table.getColumns().get(2).getText())).isEqualTo("Sentence");
        runFx(() -> model.settings().splitProperty().set(SplitMode.NONE));
        assertThat(DesktopFixture.<String>onFx(() -> table.getColumns().get(2).getText())).isEqualTo("Text");
        runFx(() -> model.settings().splitProperty().set(SplitMode.LINES));
        assertThat(DesktopFixture.<String>onFx(() -> table.getColumns().get(2).getText())).isEqualTo("Line");
    }

    @Test
    void theLabelFiltersShowWhetherTheyAreOnAndTheTableHowManyRowsItShows() throws Exception {
        app = DesktopFixture.open().withWorkerReady();
        MainViewModel model = app.window().main();
        runFx(() -> model.documents().editorTextProperty().set(TEXT));
        runFx(model::analyze);
        app.awaitIdle(LIMIT);
        ToggleButton positive = app.lookup("#positiveToggle");
        Label rows = app.lookup("#rowCountLabel");
        assertThat(DesktopFixture.<String>onFx(positive::getText)).isEqualTo("\u2713 Positive");
        assertThat(DesktopFixture.<String>onFx(rows::getText)).isEqualTo("5 rows");

        app.robot.clickOn(positive);

        waitUntil("the positives are hidden", LIMIT, () -> model.results().rows().size() == 3);
        assertThat(DesktopFixture.<String>onFx(positive::getText)).isEqualTo("Positive");
        assertThat(DesktopFixture.<String>onFx(() -> positive.getTooltip().getText())).isEqualTo("Hidden: click to show the positive rows");
        assertThat(DesktopFixture.<String>onFx(rows::getText)).isEqualTo("3 of 5 rows");
    }

    @Test
    void clearAllClearsTheResultsWithTheDocumentsAndUndoBringsBothBack() throws Exception {
        app = DesktopFixture.open().withWorkerReady();
        MainViewModel model = app.window().main();
        runFx(() -> model.documents().editorTextProperty().set(TEXT));
        runFx(model::analyze);
        app.awaitIdle(LIMIT);
        TableView<ResultRow> table = app.lookup("#resultTable");
        org.sentigrid.desktop.charts.CompoundBarChart bars = app.lookup(".chart-holder CompoundBarChart");

        app.robot.clickOn("Clear all");

        assertThat(onFx(() -> table.getItems().size())).isZero();
        assertThat(onFx(bars::pointCount)).isZero();
        assertThat(onFx(() -> model.results().summaries().size())).isZero();
        assertThat(onFx(() -> model.documents().items().stream().map(d -> d.name()).toList())).containsExactly("Text 1");
        assertThat(DesktopFixture.<String>onFx(() -> app.<Label>lookup("#statusLabel").getText()))
                .isEqualTo("Cleared 1 document and their results.");
        waitUntil("a notification offers Undo", Duration.ofSeconds(10), () -> DesktopFixture.notificationShows("Undo"));

        app.robot.clickOn("Undo");

        assertThat(onFx(() -> table.getItems().size())).isEqualTo(5);
        assertThat(onFx(bars::pointCount)).isEqualTo(5);
        assertThat(onFx(() -> model.results().summaries().size())).isEqualTo(1);
        assertThat(DesktopFixture.<String>onFx(() -> model.documents().items().get(0).textProperty().get())).isEqualTo(TEXT);
    }

    /**
     * While a job runs, the progress text, the summary, the sentence chart (its axis ends at the count it
     * draws) and the row count give one count of units, whenever one looks.
     */
    @Test
    void whileAJobRunsTheProgressTheSummaryTheChartAndTheRowCountAgree() throws Exception {
        app = DesktopFixture.open().withWorkerReady();
        MainViewModel model = app.window().main();
        org.sentigrid.desktop.charts.CompoundBarChart bars = app.lookup(".chart-holder CompoundBarChart");
        Label progress = app.lookup("#progressLabel");
        Label rowCount = app.lookup("#rowCountLabel");
        String text = (TEXT + "\n\n").repeat(30_000);
        runFx(() -> {
            model.documents().paste(text);
            model.analyze();
        });

        List<long[]> seen = new java.util.ArrayList<>();
        while (onFx(() -> model.job().runningProperty().get())) {
            long[] counts = onFx(() -> new long[] {
                number(progress.getText()),
                model.results().summaries().stream().mapToLong(s -> s.units()).sum(),
                bars.pointCount(),
                number(rowCount.getText())});
            if (counts[0] > 0) {
                seen.add(counts);
            }
            Thread.sleep(37);
        }
        app.awaitIdle(LIMIT);

        assertThat(seen).as("looks while units were coming in").hasSizeGreaterThan(3);
        assertThat(seen).allSatisfy(counts -> assertThat(counts)
                .as("progress, summary, chart, rows").containsOnly(counts[0]));
    }

    /** The first number in a text ("12,345 / ~300,000 units ..."), 0 if none. */
    private static long number(String text) {
        java.util.regex.Matcher number = java.util.regex.Pattern.compile("^[\\d,]+").matcher(text == null ? "" : text);
        return number.find() ? Long.parseLong(number.group().replace(",", "")) : 0;
    }

    @Test
    void theSummaryShowsItsHeadersAndFiguresWholeAtTheDefaultWindowSize() throws Exception {
        app = DesktopFixture.open().withWorkerReady();
        MainViewModel model = app.window().main();
        runFx(() -> model.documents().editorTextProperty().set(TEXT));
        runFx(model::analyze);
        app.awaitIdle(LIMIT);

        app.robot.clickOn("Summary");

        TableView<?> summary = app.lookup("#summaryTable");
        List<String[]> shown = onFx(() -> {
            summary.applyCss();
            summary.layout();
            List<String[]> texts = new java.util.ArrayList<>();
            List<javafx.scene.Node> nodes = new java.util.ArrayList<>(summary.lookupAll(".column-header .label"));
            nodes.addAll(summary.lookupAll(".table-row-cell .table-cell"));
            for (javafx.scene.Node node : nodes) {
                javafx.scene.control.Labeled labeled = (javafx.scene.control.Labeled) node;
                javafx.scene.text.Text drawn = (javafx.scene.text.Text) labeled.lookup(".text");
                if (labeled.getText() != null && !labeled.getText().isEmpty() && drawn != null) {
                    texts.add(new String[] {labeled.getText(), drawn.getText()});
                }
            }
            return texts;
        });
        assertThat(shown).extracting(texts -> texts[0]).contains("Document", "Positive", "Negative", "Text 1");
        assertThat(shown).allSatisfy(texts -> assertThat(texts[1]).as("shown for " + texts[0]).isEqualTo(texts[0]));
    }

    @Test
    void addMachineSaysWhyItIsDisabled() throws Exception {
        app = DesktopFixture.open();
        app.robot.clickOn("Grid");
        Button addMachine = app.lookup("#addMachineButton");
        assertThat(onFx(addMachine::isDisabled)).isTrue();

        app.robot.moveTo(addMachine);

        waitUntil("a tooltip says why", Duration.ofSeconds(10),
                () -> DesktopFixture.notificationShows("Turn on LAN access (below) first"));
    }

    @Test
    void copyJoinCommandSaysItCopied() throws Exception {
        app = DesktopFixture.open().withWorkerReady();
        var workers = app.window().workers();
        Assumptions.assumeTrue(onFx(() -> workers.lanAddressProperty().get()) != null, "this machine has no LAN address");
        System.setProperty(org.sentigrid.grid.tls.CoordinatorKeys.DIRECTORY_PROPERTY,
                Files.createTempDirectory("sentigrid-config").toString());
        app.robot.clickOn("Grid").clickOn("#lanToggle");
        TextField joinCommand = app.lookup("#joinCommandField");
        waitUntil("the join command shows", Duration.ofSeconds(30), () -> !joinCommand.getText().isEmpty());

        app.robot.clickOn("#copyJoinButton");

        assertThat(DesktopFixture.<String>onFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString()))
                .isEqualTo(onFx(joinCommand::getText));
        assertThat(DesktopFixture.<String>onFx(() -> app.<Button>lookup("#copyJoinButton").getText())).isEqualTo("Copied \u2713");
        assertThat(DesktopFixture.<String>onFx(() -> workers.messageProperty().get()))
                .isEqualTo("Copied the join command: run it on the other machine.");
        app.robot.clickOn("#lanToggle");
        waitUntil("back on loopback", Duration.ofSeconds(30), () -> joinCommand.getText().isEmpty()
                && ((Label) app.lookup("#listeningLabel")).getText().contains("127.0.0.1"));
    }
}
