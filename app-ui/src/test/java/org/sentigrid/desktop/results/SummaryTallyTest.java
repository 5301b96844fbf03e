package org.sentigrid.desktop.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sentigrid.api.SentimentLabel;
import org.sentigrid.api.SentimentScores;
import org.sentigrid.text.TextUnit;

/** Per-document summaries: counted as results arrive or all at once, they agree and add up. */
class SummaryTallyTest {
    private static final double T = SentimentLabel.DEFAULT_THRESHOLD;

    @Test
    void incrementalAddGivesTheSameSummariesAsReset() {
        ResultStore store = new ResultStore();
        SummaryTally incremental = new SummaryTally(T);
        addDocument(store, incremental, "a.txt", 0.5, -0.25, 0.8, 0.0, 0.04);
        addDocument(store, incremental, "b.txt", -0.9, -0.05);
        addDocument(store, incremental, "c.txt", 0.3);

        SummaryTally recounted = new SummaryTally(0.5);
        recounted.reset(store, T);

        assertThat(incremental.summaries(store)).isEqualTo(recounted.summaries(store));
        assertThat(incremental.summaries(store)).extracting(DocumentSummary::document, DocumentSummary::units)
                .containsExactly(tuple("a.txt", 5), tuple("b.txt", 2), tuple("c.txt", 1));
    }

    @Test
    void sharesAreLabelCountsOverUnitsAndSumToOne() {
        ResultStore store = new ResultStore();
        SummaryTally tally = new SummaryTally(T);
        addDocument(store, tally, "a.txt", 0.5, -0.25, 0.8, 0.0, 0.05, -0.05, 0.01);

        DocumentSummary summary = tally.summaries(store).get(0);

        assertThat(summary.positive()).isCloseTo(3 / 7.0, within(1e-12));
        assertThat(summary.negative()).isCloseTo(2 / 7.0, within(1e-12));
        assertThat(summary.neutral()).isCloseTo(2 / 7.0, within(1e-12));
        assertThat(summary.positive() + summary.neutral() + summary.negative()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void meanCompoundIsTheAverageOfTheDocumentsUnits() {
        ResultStore store = new ResultStore();
        SummaryTally tally = new SummaryTally(T);
        addDocument(store, tally, "a.txt", 0.5, -0.25, 0.8);
        addDocument(store, tally, "b.txt", -0.6);

        List<DocumentSummary> summaries = tally.summaries(store);

        assertThat(summaries.get(0).meanCompound()).isCloseTo(0.35, within(1e-12));
        assertThat(summaries.get(1).meanCompound()).isCloseTo(-0.6, within(1e-12));
    }

    @Test
    void documentWithoutUnitsHasNaNMeanAndZeroShares() {
        ResultStore store = new ResultStore();
        SummaryTally tally = new SummaryTally(T);
        addDocument(store, tally, "a.txt", 0.5);
        addDocument(store, tally, "empty.txt");
        addDocument(store, tally, "c.txt", -0.5);
        addDocument(store, tally, "trailing-empty.txt");

        List<DocumentSummary> summaries = tally.summaries(store);

        assertThat(summaries).hasSize(4);
        for (DocumentSummary empty : List.of(summaries.get(1), summaries.get(3))) {
            assertThat(empty.units()).isZero();
            assertThat(empty.meanCompound()).isNaN();
            assertThat(empty.positive()).isZero();
            assertThat(empty.neutral()).isZero();
            assertThat(empty.negative()).isZero();
        }
        assertThat(summaries.get(1).document()).isEqualTo("empty.txt");
        assertThat(summaries.get(2).negative()).isEqualTo(1.0);
    }

    @Test
    void resetWithANewThresholdRecountsTheLabels() {
        ResultStore store = new ResultStore();
        SummaryTally tally = new SummaryTally(T);
        addDocument(store, tally, "a.txt", 0.07, 0.2, -0.07, 0.0);
        assertThat(tally.summaries(store).get(0))
                .extracting(DocumentSummary::positive, DocumentSummary::neutral, DocumentSummary::negative)
                .containsExactly(0.5, 0.25, 0.25);

        tally.reset(store, 0.1);

        DocumentSummary summary = tally.summaries(store).get(0);
        assertThat(summary).extracting(DocumentSummary::positive, DocumentSummary::neutral, DocumentSummary::negative)
                .containsExactly(0.25, 0.75, 0.0);
        assertThat(summary.units()).isEqualTo(4);
        assertThat(summary.meanCompound()).isCloseTo(0.05, within(1e-12));

        // Units that arrive after the reset are labelled under the new threshold too.
        store.add(new TextUnit("a.txt", 5, "x", 0, 0, 1), new SentimentScores(0, 1, 0, 0.08), "w");
        tally.add(0, 0.08);
        assertThat(tally.summaries(store).get(0).neutral()).isEqualTo(4 / 5.0);
    }

    /** Appends a document to the store and tells the tally of each unit, as the window does when results arrive. */
    private static void addDocument(ResultStore store, SummaryTally tally, String name, double... compounds) {
        int document = store.addDocument(name);
        for (int u = 0; u < compounds.length; u++) {
            String text = name + " " + (u + 1);
            store.add(new TextUnit(name, u + 1, text, 0, 0, text.length()), new SentimentScores(0, 1, 0, compounds[u]), "w");
            tally.add(document, compounds[u]);
        }
    }
}
