package org.sentigrid.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sentigrid.desktop.DesktopFixture.onFx;
import static org.sentigrid.desktop.DesktopFixture.runFx;
import static org.sentigrid.desktop.DesktopFixture.waitUntil;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sentigrid.api.EngineMode;
import org.sentigrid.api.SentimentLabel;
import org.sentigrid.desktop.charts.CompoundBarChart;
import org.sentigrid.desktop.explain.ExplanationView;
import org.sentigrid.desktop.main.MainViewModel;
import org.sentigrid.desktop.results.DocumentSummary;
import org.sentigrid.desktop.results.ResultRow;
import org.sentigrid.engine.SentimentAnalyzer;

/** Exploring results on the real scene: explain, chart and table selection, sort, filter, summary, engine. */
@Tag("ui")
class ExploreTest {
    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final String TEXT = "I love this wonderful place. The service was NOT good at all. It is a chair. "
            + "Great food, but the music was terrible. Meh.";

    private DesktopFixture app;
    private MainViewModel model;
    private TableView<ResultRow> table;

    @BeforeEach
    void analyze() throws Exception {
        app = DesktopFixture.open().withWorkerReady();
        model = app.window().main();
        runFx(() -> model.documents().editorTextProperty().set(TEXT));
        runFx(model::analyze);
        app.awaitIdle(LIMIT);
        table = app.lookup("#resultTable");
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    @Test
    void selectingARowExplainsItWordByWordAndMarksItOnTheChart() throws Exception {
        app.robot.clickOn(app.robot.lookup("#resultTable .table-row-cell").nth(1).queryAs(javafx.scene.Node.class));
        ExplanationView view = app.lookup("#explanationView");
        waitUntil("the explanation shows", LIMIT, () -> view.lookupAll(".explained-word").size() > 3);

        List<Label> words = onFx(() -> view.lookupAll(".explained-word").stream().map(n -> (Label) n).toList());
        Label good = words.stream().filter(w -> w.getText().equals("good")).findFirst().orElseThrow();
        String tip = onFx(() -> good.getTooltip().getText());
        assertThat(tip).contains("lexicon valence: 1.9000", "final valence: -1.", "negation");
        assertThat(onFx(good::getStyle)).as("a negative contribution is tinted red").contains("rgba(198,40,40");
        String scores = onFx(() -> view.lookupAll(".explained-score").stream().map(n -> ((Label) n).getText()).toList().toString());
        var expected = SentimentAnalyzer.of(EngineMode.VADER).score("The service was NOT good at all.");
        assertThat(scores).isEqualTo(String.format(java.util.Locale.ROOT, "[compound %.4f, positive %.3f, neutral %.3f, negative %.3f]",
                expected.compound(), expected.pos(), expected.neu(), expected.neg()));
        CompoundBarChart bars = app.lookup(".chart-holder CompoundBarChart");
        assertThat(onFx(bars::getSelectedIndex)).isEqualTo(1);
    }

    @Test
    void clickingABarSelectsItsSentenceInTheTable() throws Exception {
        CompoundBarChart bars = app.lookup(".chart-holder CompoundBarChart");
        Bounds screen = onFx(() -> bars.localToScreen(bars.getBoundsInLocal()));
        double y = screen.getHeight() / 2;
        // Scan for the point of bar 3 (the fourth sentence), as the chart itself maps x to a unit.
        double x = onFx(() -> {
            for (double at = 0; at < bars.getWidth(); at++) {
                if (bars.indexAt(at, y) == 3) {
                    return at + 2;
                }
            }
            return -1.0;
        });
        assertThat(x).isPositive();
        app.robot.clickOn(screen.getMinX() + x, screen.getMinY() + y);

        waitUntil("row 4 is selected", LIMIT, () -> table.getSelectionModel().getSelectedIndex() == 3);
        assertThat(onFx(() -> table.getSelectionModel().getSelectedItem().text())).startsWith("Great food");
    }

    @Test
    void theTableSortsByCompoundAndFiltersByLabelAndText() throws Exception {
        TableColumn<ResultRow, ?> compound = onFx(() -> table.getColumns().stream()
                .filter(c -> c.getText().equals("compound")).findFirst().orElseThrow());
        runFx(() -> {
            compound.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(compound));
        });
        waitUntil("sorted by compound, descending", LIMIT, () -> isSortedDescending(compounds()));

        ToggleButton negative = app.lookup("#negativeToggle");
        app.robot.clickOn(negative);
        waitUntil("negatives hidden", LIMIT, () -> compounds().stream().allMatch(c -> c > -0.05) && compounds().size() < 6);
        assertThat(isSortedDescending(onFx(this::compounds))).isTrue();

        TextField filter = app.lookup("#filterField");
        runFx(() -> filter.setText("PLACE"));
        waitUntil("only the sentence with \"place\"", LIMIT, () -> table.getItems().size() == 1);
        assertThat(onFx(() -> table.getItems().get(0).text())).isEqualTo("I love this wonderful place.");
        runFx(() -> filter.setText("food"));
        waitUntil("the food sentence is negative, so hidden", LIMIT, () -> table.getItems().isEmpty());
        app.robot.clickOn(negative);
        waitUntil("negatives shown again", LIMIT, () -> table.getItems().size() == 1);
        assertThat(onFx(() -> table.getItems().get(0).text())).startsWith("Great food");
    }

    @Test
    void theSummaryGivesUnitsMeanAndShares() throws Exception {
        List<DocumentSummary> summaries = onFx(() -> List.copyOf(model.results().summaries()));
        List<Double> all = onFx(this::compounds);
        assertThat(summaries).singleElement().satisfies(s -> {
            assertThat(s.document()).isEqualTo("Text 1");
            assertThat(s.units()).isEqualTo(all.size());
            assertThat(s.meanCompound()).isCloseTo(all.stream().mapToDouble(d -> d).average().orElseThrow(),
                    org.assertj.core.data.Offset.offset(1e-12));
            long positives = all.stream().filter(c -> SentimentLabel.of(c, 0.05) == SentimentLabel.POSITIVE).count();
            assertThat(s.positive()).isEqualTo(positives / (double) all.size());
            assertThat(s.positive() + s.neutral() + s.negative()).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-12));
        });
    }

    @Test
    void changingTheEngineScoresAgainWithIt() throws Exception {
        ChoiceBox<EngineMode> engine = app.lookup("#engineChoice");
        runFx(() -> engine.setValue(EngineMode.NLTK));
        waitUntil("the job ran again", LIMIT, () -> model.job().runningProperty().get());
        app.awaitIdle(LIMIT);

        SentimentAnalyzer nltk = SentimentAnalyzer.of(EngineMode.NLTK);
        List<ResultRow> rows = onFx(() -> new ArrayList<>(table.getItems()));
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.compound()).isEqualTo(nltk.score(row.text()).compound()));
    }

    private List<Double> compounds() {
        List<Double> compounds = new ArrayList<>();
        table.getItems().forEach(row -> compounds.add(row.compound()));
        return compounds;
    }

    private static boolean isSortedDescending(List<Double> values) {
        for (int i = 1; i < values.size(); i++) {
            if (values.get(i) > values.get(i - 1)) {
                return false;
            }
        }
        return values.size() > 1;
    }
}
