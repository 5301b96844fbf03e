package org.sentigrid.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sentigrid.desktop.DesktopFixture.onFx;
import static org.sentigrid.desktop.DesktopFixture.runFx;
import static org.sentigrid.desktop.DesktopFixture.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sentigrid.api.EngineMode;
import org.sentigrid.api.SentimentLabel;
import org.sentigrid.desktop.evaluate.EvaluateViewModel;
import org.sentigrid.desktop.evaluate.GoldScatter;

/** The Evaluate tab on the real scene: an example opened from the File menu, its matrix, charts and cells. */
class EvaluateTabTest {
    private static final Duration LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private DesktopFixture app;
    private EvaluateViewModel model;

    @BeforeEach
    void open() throws Exception {
        app = DesktopFixture.open();
        model = app.window().evaluate();
    }

    @Test
    void aCellLeavesTheResultsOfTheUsersOwnAnalysisAlone() throws Exception {
        app.close();
        Path reviews = Files.writeString(dir.resolve("reviews.txt"), "I loved it. The ending was awful. It is a film.");
        app = DesktopFixture.open(reviews);
        app.awaitIdleAfterStart();
        var main = app.window().main();
        waitUntil("the user's results", LIMIT, () -> main.results().store().size() == 3);

        app.robot.clickOn("#fileMenu").clickOn("Open example").clickOn("Tweets, rated by people (VADER paper)");
        Label summary = app.lookup("#summaryLabel");
        waitUntil("the tweets are measured", LIMIT, () -> summary.getText().contains("4,200 rows rated"));
        long wrong = count("negative", "positive");
        app.robot.clickOn("#cell-negative-positive");

        TableView<EvaluateViewModel.Row> table = app.lookup("#cellTable");
        waitUntil("the cell's rows show in the tab", LIMIT, () -> table.getItems().size() == wrong);
        assertThat(onFx(() -> app.<Label>lookup("#statusLabel").getText()))
                .startsWith("The cell's rows are in the Evaluate tab's table; the main table keeps your analysis's results");
        assertThat(main.results().store().size()).as("the user's results stay").isEqualTo(3);
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    private long count(String gold, String predicted) throws Exception {
        Button cell = app.lookup("#cell-" + gold + "-" + predicted);
        return onFx(() -> Long.parseLong(cell.getText().replace(",", "")));
    }

    @Test
    void anExampleFromTheFileMenuShowsItsAgreementAndACellShowsItsRows() throws Exception {
        app.robot.clickOn("#fileMenu").clickOn("Open example").clickOn("Tweets, rated by people (VADER paper)");

        Label summary = app.lookup("#summaryLabel");
        waitUntil("the tweets are measured", LIMIT, () -> summary.getText().contains("4,200 rows rated"));
        TabPane tabs = app.lookup("#viewTabs");
        assertThat(onFx(() -> tabs.getSelectionModel().getSelectedItem().getText())).isEqualTo("Evaluate");
        assertThat(summary.getText()).contains("vader", "Pearson r 0.8722", "Spearman rho 0.8376");
        GoldScatter scatter = app.lookup("#scatter");
        assertThat(onFx(scatter::pointCount)).isEqualTo(4200);
        long total = 0;
        for (SentimentLabel gold : SentimentLabel.values()) {
            for (SentimentLabel predicted : SentimentLabel.values()) {
                total += count(gold.id(), predicted.id());
            }
        }
        assertThat(total).isEqualTo(4200);

        long wrong = count("negative", "positive");
        app.robot.clickOn("#cell-negative-positive");

        TableView<EvaluateViewModel.Row> table = app.lookup("#cellTable");
        waitUntil("the cell's rows show", LIMIT, () -> table.getItems().size() == wrong);
        assertThat(wrong).isPositive();
        assertThat(table.getItems()).allSatisfy(row -> {
            assertThat(Double.parseDouble(row.gold())).isNegative();
            assertThat(row.compound()).isGreaterThanOrEqualTo(0.05);
        });
        assertThat(((Label) app.lookup("#cellLabel")).getText()).isEqualTo(String.format("%,d rows: gold negative, scored positive", wrong));

        // The main table shows the cell's rows too, as units scored whole (so they can be explained and exported).
        var main = app.window().main();
        waitUntil("the main table shows the cell's rows", LIMIT, () -> main.results().rows().size() == wrong);
        assertThat(onFx(() -> main.results().rows().stream().map(row -> row.text()).toList()))
                .isEqualTo(table.getItems().stream().map(EvaluateViewModel.Row::text).toList());
        assertThat(onFx(() -> main.results().rows().stream().map(row -> row.compound()).toList()))
                .isEqualTo(table.getItems().stream().map(EvaluateViewModel.Row::compound).toList());
        assertThat(main.results().store().size()).isEqualTo(4200);
        assertThat(onFx(() -> main.results().onlyShownProperty().get())).isEqualTo("cell gold negative × scored positive of tweets_GroundTruth.txt");
    }

    @Test
    void theEngineAndThresholdOfTheWindowAreFollowed() throws Exception {
        runFx(() -> model.openExample("tweets_GroundTruth.txt"));
        Label summary = app.lookup("#summaryLabel");
        waitUntil("the tweets are measured", LIMIT, () -> summary.getText().contains("4,200 rows rated"));
        long neutralAtDefault = count("positive", "neutral");

        runFx(() -> app.window().main().settings().thresholdProperty().set(0.5));
        waitUntil("the matrix follows the threshold", LIMIT, () -> summary.getText().contains("at ±0.50"));
        assertThat(count("positive", "neutral")).isGreaterThan(neutralAtDefault);

        runFx(() -> app.window().main().settings().engineProperty().set(EngineMode.NLTK));
        waitUntil("the nltk engine's agreement shows", LIMIT, () -> summary.getText().contains("nltk"));
        assertThat(summary.getText()).contains("Pearson r 0.8784");
    }

    @Test
    void aTableWithLabelsTypedColumnsAndNoScatter() throws Exception {
        Path file = Files.writeString(dir.resolve("labels.csv"),
                "text,human\nI love it.,positive\nIt is terrible.,negative\nIt is a table.,neutral\nI love it.,negative\n");
        runFx(() -> {
            model.textColumnProperty().set("text");
            model.goldColumnProperty().set("human");
            model.open(file);
        });

        Label summary = app.lookup("#summaryLabel");
        waitUntil("the labels are measured", LIMIT, () -> summary.getText().contains("4 rows labelled"));
        assertThat(summary.getText()).contains("accuracy 0.7500", "macro-F1 0.7778");
        assertThat(count("negative", "positive")).isEqualTo(1);
        assertThat(count("negative", "negative")).isEqualTo(1);
        GoldScatter scatter = app.lookup("#scatter");
        assertThat(onFx(scatter::pointCount)).isZero();
    }

    @Test
    void aTableWithoutTheGoldColumnIsSaidInTheTab() throws Exception {
        Path file = Files.writeString(dir.resolve("reviews.csv"), "text,stars\nGood.,5\n");
        runFx(() -> {
            model.textColumnProperty().set("body");
            model.goldColumnProperty().set("stars");
            model.open(file);
        });

        Label summary = app.lookup("#summaryLabel");
        waitUntil("the problem is said", LIMIT, () -> summary.getText().contains("has no column"));
        assertThat(summary.getText()).isEqualTo(dir.resolve("reviews.csv")
                + " has no column \"body\"; pass --column with one of its columns: \"text\", \"stars\".");
    }

    /** File › Export the shown chart, with the Evaluate tab shown, saves the Evaluate view (it saved the Sentences chart). */
    @Test
    void thePictureOfTheEvaluateTabIsTheEvaluateView() throws Exception {
        runFx(() -> model.openExample("tweets_GroundTruth.txt"));
        Label summary = app.lookup("#summaryLabel");
        waitUntil("the tweets are measured", LIMIT, () -> summary.getText().contains("4,200 rows rated"));
        TabPane tabs = app.lookup("#viewTabs");
        runFx(() -> tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> t.getText().equals("Evaluate")).findFirst().orElseThrow()));

        var controller = app.window().controller();
        javafx.scene.image.Image picture = onFx(() -> controller.picture(900, 600, 1));
        org.sentigrid.desktop.charts.CompoundBarChart bars = app.lookup(".chart-holder CompoundBarChart");
        javafx.scene.image.Image sentences = onFx(() -> bars.picture(900, 600, 1));

        assertThat(onFx(controller::pictureName)).isEqualTo("evaluate");
        assertThat(new double[] {picture.getWidth(), picture.getHeight()}).containsExactly(900, 600);
        assertThat(differingPixels(picture, sentences)).isGreaterThan(900 * 600 / 20);
        assertThat(onFx(() -> tabs.getSelectionModel().getSelectedItem().getText())).isEqualTo("Evaluate"); // nothing else moved
    }

    private static long differingPixels(javafx.scene.image.Image a, javafx.scene.image.Image b) {
        long differing = 0;
        for (int y = 0; y < (int) Math.min(a.getHeight(), b.getHeight()); y++) {
            for (int x = 0; x < (int) Math.min(a.getWidth(), b.getWidth()); x++) {
                if (a.getPixelReader().getArgb(x, y) != b.getPixelReader().getArgb(x, y)) {
                    differing++;
                }
            }
        }
        return differing;
    }
}
