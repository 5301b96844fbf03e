package org.sentigrid.desktop.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sentigrid.api.SentimentLabel;
import org.sentigrid.api.SentimentScores;
import org.sentigrid.desktop.results.DocumentSummary;
import org.sentigrid.desktop.results.ResultRow;
import org.sentigrid.desktop.results.ResultStore;
import org.sentigrid.text.TextUnit;

/**
 * What the main screen shows of the results, without a window: the count shown catches up only when told, the
 * table follows its filter and its limit, the summary follows the threshold. Background work runs at once on the
 * test's thread, and so does what it hands back to the FX thread.
 */
class ResultsViewModelTest {
    private static final Executor AT_ONCE = Runnable::run;

    private final StatusViewModel status = new StatusViewModel();
    private final DoubleProperty threshold = new SimpleDoubleProperty(SentimentLabel.DEFAULT_THRESHOLD);
    private ResultsViewModel results;
    private TableFilterViewModel filter;

    @BeforeEach
    void makeTheParts() {
        results = new ResultsViewModel(AT_ONCE, AT_ONCE, status, threshold);
        filter = new TableFilterViewModel(results);
    }

    @Test
    void resultsTakenInShowOnlyWhenTheCountAndThenTheTableCatchUp() {
        take("a.txt", 0.6, -0.7, 0.0);

        assertThat(results.store().size()).isEqualTo(3);
        assertThat(results.unitsShownProperty().get()).as("not shown before the count catches up").isZero();
        assertThat(results.shownResults().size()).isZero();
        assertThat(results.rows()).isEmpty();

        long version = results.resultsVersionProperty().get();
        results.showCount();
        assertThat(results.unitsShownProperty().get()).isEqualTo(3);
        assertThat(results.shownResults().size()).as("the charts draw as many").isEqualTo(3);
        assertThat(results.resultsVersionProperty().get()).as("the charts are told").isGreaterThan(version);
        assertThat(results.summaries()).extracting(DocumentSummary::document, DocumentSummary::units)
                .containsExactly(tuple("a.txt", 3));
        assertThat(results.rows()).as("the table has its own turn").isEmpty();

        results.catchUpTable();
        assertThat(texts()).containsExactly("unit 1", "unit 2", "unit 3");
    }

    @Test
    void theLabelFilterAndTheTextFilterLeaveTheRowsThatPassInTheirOrder() {
        take("a.txt", 0.6, -0.7, 0.0, 0.8);
        results.redraw();

        filter.showPositiveProperty().set(false);
        filter.applyFilter();
        assertThat(filter.isOn()).isTrue();
        assertThat(texts()).containsExactly("unit 2", "unit 3");

        filter.showPositiveProperty().set(true);
        filter.filterTextProperty().set("unit 4");
        filter.applyFilter();
        assertThat(texts()).containsExactly("unit 4");

        filter.filterTextProperty().set("");
        filter.applyFilter();
        assertThat(filter.isOn()).isFalse();
        assertThat(texts()).containsExactly("unit 1", "unit 2", "unit 3", "unit 4");
    }

    @Test
    void aLimitShowsOnlyItsUnitsSaysWhichAndGoesWithShowAll() {
        take("a.txt", 0.6, -0.7, 0.0, 0.8);
        results.redraw();

        results.showOnly(new int[] {1, 3}, "group \"b\"");

        assertThat(texts()).containsExactly("unit 2", "unit 4");
        assertThat(results.onlyShownProperty().get()).isEqualTo("group \"b\"");
        assertThat(status.statusProperty().get()).isEqualTo("The table shows the 2 units of group \"b\".");

        results.showAllRows();
        assertThat(texts()).hasSize(4);
        assertThat(results.onlyShownProperty().get()).isEmpty();
    }

    @Test
    void aNewThresholdLabelsTheSummaryAgain() {
        take("a.txt", 0.3, 0.3, -0.7);
        results.redraw();
        assertThat(results.summaries().get(0).positive()).isEqualTo(2 / 3.0);

        threshold.set(0.5);

        DocumentSummary summary = results.summaries().get(0);
        assertThat(summary.positive()).as("0.3 is neutral at 0.5").isZero();
        assertThat(summary.neutral()).isEqualTo(2 / 3.0);
        assertThat(summary.negative()).isEqualTo(1 / 3.0);
    }

    @Test
    void resultsTakenAwayShowNothingAndComeBackWhole() {
        take("a.txt", 0.6, -0.7);
        results.redraw();
        results.selectedIndexProperty().set(1);

        ResultStore taken = results.takeAway();

        assertThat(results.store().size()).isZero();
        assertThat(results.rows()).isEmpty();
        assertThat(results.summaries()).isEmpty();
        assertThat(results.selectedIndexProperty().get()).as("nothing selected").isEqualTo(-1);

        results.putBack(taken);
        assertThat(texts()).containsExactly("unit 1", "unit 2");
        assertThat(results.unitsShownProperty().get()).isEqualTo(2);
    }

    @Test
    void anEvaluateCellReplacesOnlyOtherEvaluateRows() {
        assertThat(results.holdsAnalysis()).as("nothing to lose").isFalse();
        List<TextUnit> units = List.of(unit("tweets", 1), unit("tweets", 2), unit("tweets", 3));
        List<SentimentScores> scores = List.of(scores(0.5), scores(-0.5), scores(0.0));

        results.showEvaluated("tweets", units, scores, new int[] {1}, "the cell negative → positive");

        assertThat(results.store().size()).isEqualTo(3);
        assertThat(texts()).containsExactly("unit 2");
        assertThat(results.holdsAnalysis()).as("a cell's rows may be replaced").isFalse();

        take("a.txt", 0.6);
        results.clear();
        take("a.txt", 0.6);
        assertThat(results.holdsAnalysis()).as("the user's own results stay").isTrue();
    }

    private void take(String document, double... compounds) {
        results.store().addDocument(document);
        List<TextUnit> units = new ArrayList<>();
        List<SentimentScores> scores = new ArrayList<>();
        for (double compound : compounds) {
            units.add(unit(document, units.size() + 1));
            scores.add(scores(compound));
        }
        results.take(units, scores, "test");
    }

    private static TextUnit unit(String document, int number) {
        String text = "unit " + number;
        return new TextUnit(document, number, text, 0, 0, text.length());
    }

    private static SentimentScores scores(double compound) {
        return new SentimentScores(compound < 0 ? 0.5 : 0, 0.5, compound > 0 ? 0.5 : 0, compound);
    }

    private List<String> texts() {
        return results.rows().stream().map(ResultRow::text).toList();
    }
}
