package org.sentigrid.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sentigrid.desktop.DesktopFixture.onFx;
import static org.sentigrid.desktop.DesktopFixture.runFx;
import static org.sentigrid.desktop.DesktopFixture.waitUntil;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sentigrid.api.EngineMode;
import org.sentigrid.api.SentimentLabel;
import org.sentigrid.api.SentimentScores;
import org.sentigrid.cli.SentigridCommand;
import org.sentigrid.desktop.charts.CompoundBarChart;
import org.sentigrid.desktop.charts.LabelColors;
import org.sentigrid.desktop.main.MainViewModel;
import org.sentigrid.desktop.results.ResultRow;
import org.sentigrid.desktop.results.ResultStore;
import org.sentigrid.engine.SentimentAnalyzer;
import org.sentigrid.text.SplitMode;
import org.sentigrid.text.TextInput;
import org.sentigrid.text.TextUnit;

/** The main flows, driven on the real scene with the real grid behind it. */
@Tag("ui")
class MainFlowsTest extends DesktopTest {
    private static final Duration JOB_LIMIT = Duration.ofSeconds(60);

    @Test
    void typedTextIsAnalyzedOnTheGridIntoTableRowsAndChartBars() throws Exception {
        app = DesktopFixture.open().withWorkerReady();
        String text = "Great movie! The ending was awful. It is a film.";
        app.robot.clickOn("#editor").write(text);
        app.robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        app.awaitIdle(JOB_LIMIT);

        List<TextUnit> units = units(text);
        MainViewModel model = app.window().main();
        TableView<ResultRow> table = app.lookup("#resultTable");
        List<ResultRow> rows = onFx(() -> new ArrayList<>(table.getItems()));
        assertThat(rows).hasSize(3).hasSize(units.size());
        SentimentAnalyzer vader = SentimentAnalyzer.of(EngineMode.VADER);
        for (int i = 0; i < units.size(); i++) {
            SentimentScores expected = vader.score(units.get(i).text());
            ResultRow row = rows.get(i);
            assertThat(row.text()).isEqualTo(units.get(i).text());
            assertThat(row.unit()).isEqualTo(i + 1);
            assertThat(row.document()).isEqualTo("Text 1");
            assertThat(new double[] {row.neg(), row.neu(), row.pos(), row.compound()})
                    .containsExactly(expected.neg(), expected.neu(), expected.pos(), expected.compound());
            assertThat(row.worker()).isEqualTo("local-1");
        }

        // One bar per unit, each in its label's colour.
        CompoundBarChart bars = app.lookup(".chart-holder CompoundBarChart");
        assertThat(onFx(bars::pointCount)).isEqualTo(units.size());
        WritableImage picture = onFx(() -> bars.snapshot(null, null));
        double middle = bars.getHeight() / 2;
        TreeSet<Integer> picked = new TreeSet<>();
        for (int x = 0; x < (int) bars.getWidth(); x++) {
            int index = bars.indexAt(x, middle);
            if (index >= 0 && picked.add(index)) {
                int barMiddle = x + (int) (bars.getWidth() / units.size() / 3);
                Color expected = LabelColors.of(SentimentLabel.of(rows.get(index).compound(), 0.05));
                assertThat(columnHasColour(picture.getPixelReader(), barMiddle, (int) bars.getHeight(), expected))
                        .as("bar %d is drawn in %s", index, expected).isTrue();
            }
        }
        assertThat(picked).containsExactly(0, 1, 2);
    }

    @Test
    void filesGivenAtStartAreLoadedAndAnalyzedLikeOpenWith() throws Exception {
        Path reviews = Files.writeString(dir.resolve("reviews.txt"), "I loved it.\n\nI hated it. Meh.\n");
        app = DesktopFixture.open(reviews);
        app.awaitIdleAfterStart();

        ResultStore results = app.window().main().results().store();
        assertThat(onFx(() -> app.window().main().documents().items().size())).isEqualTo(1);
        assertThat(onFx(results::size)).isEqualTo(3);
        assertThat(DesktopFixture.<String>onFx(() -> results.documentName(0))).isEqualTo("reviews.txt");
        assertThat(DesktopFixture.<String>onFx(() -> results.text(1))).isEqualTo("I hated it.");
    }

    @Test
    void thresholdsRelabelAtOnceWithoutScoringAgain() throws Exception {
        app = DesktopFixture.open().withWorkerReady();
        MainViewModel model = app.window().main();
        // compounds: 0.4404 ("good"), 0.0258 (slightly positive), -0.3182 (not great? see below)
        runFx(() -> model.documents().editorTextProperty().set("It is good. It is okay-ish. It is bad."));
        runFx(model::analyze);
        app.awaitIdle(JOB_LIMIT);
        TableView<ResultRow> table = app.lookup("#resultTable");
        List<String> before = labels(table);
        AtomicBoolean ranAgain = new AtomicBoolean();
        runFx(() -> model.job().runningProperty().addListener((obs, old, now) -> ranAgain.set(true)));

        Spinner<Double> threshold = app.lookup("#thresholdSpinner");
        runFx(() -> threshold.getValueFactory().setValue(0.9));

        List<String> after = labels(table);
        assertThat(before).contains("positive", "negative");
        assertThat(after).containsOnly("neutral");
        assertThat(ranAgain).isFalse();
        runFx(() -> threshold.getValueFactory().setValue(0.05));
        assertThat(labels(table)).isEqualTo(before);

        // Typing what is not a number keeps the threshold, and the box shows it again.
        app.robot.doubleClickOn(threshold.getEditor()).write("abc").push(KeyCode.ENTER);
        assertThat(onFx(threshold::getValue)).isEqualTo(0.05);
        assertThat(DesktopFixture.<String>onFx(() -> threshold.getEditor().getText())).isEqualTo("0.05");
        app.robot.doubleClickOn(threshold.getEditor()).write("0.5").push(KeyCode.ENTER);
        assertThat(onFx(() -> model.settings().thresholdProperty().get())).isEqualTo(0.5);
    }

    @Test
    void escapeCancelsWithinTwoSecondsAndKeepsWhatWasScored() throws Exception {
        app = DesktopFixture.open().withWorkerReady();
        MainViewModel model = app.window().main();
        String big = "What a lovely day. This is dreadful.\nThe train was late again.\n\n".repeat(150_000);
        assertThat(DesktopFixture.<Boolean>onFx(() -> model.documents().paste(big))).isTrue();
        runFx(model::analyze);
        waitUntil("some results came in", JOB_LIMIT, () -> model.results().store().size() > 0);

        app.robot.push(KeyCode.ESCAPE);
        long pressed = System.nanoTime();
        app.awaitIdle(Duration.ofSeconds(5));
        double seconds = (System.nanoTime() - pressed) / 1e9;

        System.out.printf("MainFlowsTest: cancelled %.2f s after Esc%n", seconds);
        assertThat(seconds).as("seconds from Esc to stopped").isLessThan(2);
        int kept = onFx(() -> model.results().store().size());
        assertThat(kept).isPositive().isLessThan(450_000);
        assertThat(onFx(() -> model.results().rows().size())).isEqualTo(kept);
        assertThat(DesktopFixture.<String>onFx(() -> model.status().statusProperty().get())).startsWith("Cancelled;").contains("kept");
    }

    @Test
    void exportWritesTheSameCsvAsTheCommandLine() throws Exception {
        Path input = Files.writeString(dir.resolve("input.txt"), "Sentigrid is \"great\", truly.\nNot bad, not bad at all!\n"
                + "I'm sad 😢 today.\n", StandardCharsets.UTF_8);
        app = DesktopFixture.open().withWorkerReady();
        MainViewModel model = app.window().main();
        runFx(() -> model.addFiles(List.of(input), false));
        waitUntil("the file is in", JOB_LIMIT, () -> model.documents().items().size() == 1 && !model.documents().items().get(0).isText());
        // Named as the command line names its source, the document's export must be the same bytes.
        runFx(() -> model.documents().rename(model.documents().items().get(0), input.toString()));
        runFx(model::analyze);
        app.awaitIdle(JOB_LIMIT);
        Path exported = dir.resolve("exported.csv");
        runFx(() -> model.export().exportResults(exported, org.sentigrid.format.RowFormat.CSV, false));
        waitUntil("the export was written", JOB_LIMIT, () -> Files.exists(exported));

        Path expected = dir.resolve("cli.csv");
        int status = SentigridCommand.run("analyze", "--in-process", "--format", "csv", "--output", expected.toString(),
                input.toString());

        assertThat(status).isZero();
        assertThat(Files.readString(exported)).isEqualTo(Files.readString(expected)).contains("input.txt");
    }

    @Test
    void theSummaryExportsAsCsvAndTheChartAsPng() throws Exception {
        app = DesktopFixture.open().withWorkerReady();
        MainViewModel model = app.window().main();
        runFx(() -> model.documents().editorTextProperty().set("Good. Bad. Fine, \"really\" fine."));
        runFx(model::analyze);
        app.awaitIdle(JOB_LIMIT);
        Path summary = dir.resolve("summary.csv");
        Path picture = dir.resolve("bars.png");
        CompoundBarChart bars = app.lookup(".chart-holder CompoundBarChart");
        runFx(() -> {
            model.export().exportSummary(summary);
            model.export().exportImage(bars.picture(1600, 1000, 2), picture); // as File > Export the shown chart, HiDPI ticked
        });
        waitUntil("both were written", JOB_LIMIT, () -> Files.exists(summary) && Files.exists(picture));

        var result = model.results().summaries().get(0);
        assertThat(Files.readAllLines(summary)).containsExactly(
                "document,units,mean_compound,positive_share,neutral_share,negative_share",
                String.format(java.util.Locale.ROOT, "Text 1,3,%.4f,%.4f,%.4f,%.4f", result.meanCompound(),
                        result.positive(), result.neutral(), result.negative()));
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(picture.toFile());
        assertThat(new int[] {image.getWidth(), image.getHeight()}).containsExactly(3200, 2000);
    }

    @Test
    void aBinaryFileIsRefusedWithANotificationAndTheOthersLoad() throws Exception {
        Path binary = Files.write(dir.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0, 1, 2, 0, 0, 3});
        Path text = Files.writeString(dir.resolve("notes.txt"), "Fine notes.");
        app = DesktopFixture.open();
        MainViewModel model = app.window().main();
        runFx(() -> model.addFiles(List.of(binary, text), false));

        waitUntil("the notice came", JOB_LIMIT, () -> !model.status().notices().isEmpty());
        assertThat(onFx(() -> List.copyOf(model.status().notices()))).singleElement().asString()
                .contains("photo.jpg", "binary");
        waitUntil("a notification shows it", Duration.ofSeconds(10), () -> DesktopFixture.notificationShows("photo.jpg"));
        assertThat(onFx(() -> model.documents().items().stream().map(d -> d.name()).toList())).containsExactly("notes.txt");
    }

    @Test
    void manyFilesLeftOutAreOneNoticeThatCountsThem() throws Exception {
        List<Path> photos = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            photos.add(Files.write(dir.resolve("photo-" + i + ".jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0, 1}));
        }
        app = DesktopFixture.open();
        MainViewModel model = app.window().main();
        runFx(() -> model.addFiles(photos, false));

        waitUntil("the notice came", JOB_LIMIT, () -> !model.status().notices().isEmpty());
        assertThat(onFx(() -> List.copyOf(model.status().notices()))).singleElement().asString()
                .startsWith("5 files were left out. The first: ").contains("photo-1.jpg", "binary");
    }

    @Test
    void theEditorFollowsTheSelectedTextDocument() throws Exception {
        app = DesktopFixture.open();
        MainViewModel model = app.window().main();
        TextArea editor = app.lookup("#editor");
        runFx(() -> editor.setText("first"));
        runFx(model.documents()::newText);
        assertThat(DesktopFixture.<String>onFx(editor::getText)).isEmpty();
        runFx(() -> editor.setText("second"));
        runFx(() -> model.documents().selectedDocumentProperty().set(model.documents().items().get(0)));
        assertThat(DesktopFixture.<String>onFx(editor::getText)).isEqualTo("first");
        assertThat(DesktopFixture.<String>onFx(() -> model.documents().items().get(1).textProperty().get())).isEqualTo("second");
    }

    private static List<String> labels(TableView<ResultRow> table) throws Exception {
        return onFx(() -> {
            List<String> labels = new ArrayList<>();
            var column = table.getColumns().get(7);
            for (int i = 0; i < table.getItems().size(); i++) {
                labels.add(String.valueOf(column.getCellData(i)));
            }
            return labels;
        });
    }

    private static boolean columnHasColour(PixelReader pixels, int x, int height, Color colour) {
        for (int y = 0; y < height; y++) {
            Color c = pixels.getColor(x, y);
            if (Math.abs(c.getRed() - colour.getRed()) < 0.02 && Math.abs(c.getGreen() - colour.getGreen()) < 0.02
                    && Math.abs(c.getBlue() - colour.getBlue()) < 0.02) {
                return true;
            }
        }
        return false;
    }

    private static List<TextUnit> units(String text) throws Exception {
        List<TextUnit> units = new ArrayList<>();
        TextInput.splitRegion(new StringReader(text), SplitMode.SENTENCES, 0, new org.sentigrid.text.UnitSink() {
            @Override
            public void unit(TextUnit unit) {
                units.add(unit);
            }

            @Override
            public void warning(String message) {
            }
        });
        return units;
    }
}
