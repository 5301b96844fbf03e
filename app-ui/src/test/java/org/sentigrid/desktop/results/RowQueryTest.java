package org.sentigrid.desktop.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sentigrid.api.SentimentLabel;
import org.sentigrid.api.SentimentScores;
import org.sentigrid.desktop.results.RowQuery.Column;
import org.sentigrid.desktop.results.RowQuery.SortKey;
import org.sentigrid.text.TextUnit;

/** Which store indices a query keeps, and in what order. */
class RowQueryTest {
    private static final double T = SentimentLabel.DEFAULT_THRESHOLD;

    @Test
    void labelFilterFollowsTheThresholdBoundaries() {
        // 0: exactly +t, 1: just under +t, 2: exactly -t, 3: just above -t, 4, 5: clear, 6: zero
        ResultStore store = store("a.txt", 0.05, 0.0499, -0.05, -0.0499, 0.9, -0.9, 0.0);
        RowQuery all = RowQuery.all(T);

        assertThat(all.withFilter(Set.of(SentimentLabel.POSITIVE), "").apply(store)).containsExactly(0, 4);
        assertThat(all.withFilter(Set.of(SentimentLabel.NEGATIVE), "").apply(store)).containsExactly(2, 5);
        assertThat(all.withFilter(Set.of(SentimentLabel.NEUTRAL), "").apply(store)).containsExactly(1, 3, 6);
        assertThat(all.withFilter(Set.of(SentimentLabel.POSITIVE, SentimentLabel.NEGATIVE), "").apply(store))
                .containsExactly(0, 2, 4, 5);
        assertThat(all.withFilter(Set.of(), "").apply(store)).isEmpty();
    }

    @Test
    void textFilterIgnoresCaseAndSurroundingSpaces() {
        ResultStore store = new ResultStore();
        store.addDocument("a.txt");
        add(store, "Great movie.", 0.6);
        add(store, "Terrible PLOT.", -0.5);
        add(store, "The movie was GREAT!", 0.7);
        add(store, "Greatness? Hardly.", -0.1);
        RowQuery all = RowQuery.all(T);
        Set<SentimentLabel> every = Set.of(SentimentLabel.values());

        assertThat(all.withFilter(every, "great").apply(store)).containsExactly(0, 2, 3);
        assertThat(all.withFilter(every, "  MOVIE ").apply(store)).containsExactly(0, 2);
        assertThat(all.withFilter(every, "plot").apply(store)).containsExactly(1);
        assertThat(all.withFilter(Set.of(SentimentLabel.POSITIVE), "GREAT").apply(store)).containsExactly(0, 2);
        assertThat(all.withFilter(every, "boring").apply(store)).isEmpty();
    }

    @Test
    void sortByCompoundDescendingKeepsStoreOrderForTies() {
        ResultStore store = store("a.txt", 0.5, 0.9, 0.5, -0.2, 0.9, 0.5);

        int[] order = RowQuery.all(T).withSort(List.of(new SortKey(Column.COMPOUND, false))).apply(store);

        assertThat(order).containsExactly(1, 4, 0, 2, 5, 3);
    }

    @Test
    void sortByDocumentNameThenUnitKeepsSameNamedDocumentsApart() {
        ResultStore store = new ResultStore();
        addDocument(store, "zeta.txt", 0.1, 0.2);              // indices 0, 1
        addDocument(store, "alpha.txt", 0.3, 0.4, 0.5);        // indices 2, 3, 4
        addDocument(store, "alpha.txt", 0.6, 0.7);             // indices 5, 6: another folder's alpha.txt

        int[] ascending = RowQuery.all(T)
                .withSort(List.of(new SortKey(Column.DOCUMENT, true), new SortKey(Column.UNIT, true))).apply(store);

        assertThat(ascending).containsExactly(2, 3, 4, 5, 6, 0, 1);
    }

    @Test
    void laterSortKeysOrderRowsThatEarlierKeysTie() {
        ResultStore store = new ResultStore();
        addDocument(store, "b.txt", 0.2, -0.8, 0.9);           // indices 0, 1, 2
        addDocument(store, "a.txt", -0.3, 0.4);                // indices 3, 4

        int[] byDocumentThenCompound = RowQuery.all(T)
                .withSort(List.of(new SortKey(Column.DOCUMENT, true), new SortKey(Column.COMPOUND, false)))
                .apply(store);
        int[] byLabelThenText = RowQuery.all(T)
                .withSort(List.of(new SortKey(Column.LABEL, true), new SortKey(Column.TEXT, true)))
                .apply(store);

        assertThat(byDocumentThenCompound).containsExactly(4, 3, 2, 0, 1);
        // Label order is positive, neutral, negative; each text is "<document> <unit>".
        assertThat(byLabelThenText).containsExactly(4, 0, 2, 3, 1);
    }

    @Test
    void identityOnlyWithEveryLabelNoTextAndNoSort() {
        RowQuery all = RowQuery.all(T);
        Set<SentimentLabel> every = Set.of(SentimentLabel.values());

        assertThat(all.isIdentity()).isTrue();
        assertThat(all.withFilter(every, "   ").isIdentity()).isTrue();
        assertThat(all.withFilter(every, "x").isIdentity()).isFalse();
        assertThat(all.withFilter(Set.of(SentimentLabel.POSITIVE, SentimentLabel.NEUTRAL), "").isIdentity()).isFalse();
        assertThat(all.withSort(List.of(new SortKey(Column.UNIT, true))).isIdentity()).isFalse();
        assertThat(all.withSort(List.of(new SortKey(Column.UNIT, true))).withSort(List.of()).isIdentity()).isTrue();
        assertThat(all.apply(store("a.txt", 0.9, -0.9, 0.0))).containsExactly(0, 1, 2);
    }

    @Test
    void withThresholdChangesWhatTheLabelFilterKeeps() {
        ResultStore store = store("a.txt", 0.03, 0.07, 0.2, -0.07);
        RowQuery positive = RowQuery.all(T).withFilter(Set.of(SentimentLabel.POSITIVE), "");

        assertThat(positive.apply(store)).containsExactly(1, 2);
        assertThat(positive.withThreshold(0.1).apply(store)).containsExactly(2);
        assertThat(positive.withThreshold(0.02).apply(store)).containsExactly(0, 1, 2);
        assertThat(positive.withThreshold(0.1).labels()).containsExactly(SentimentLabel.POSITIVE);
        assertThat(positive.withThreshold(0.1).withFilter(Set.of(SentimentLabel.NEUTRAL), "").apply(store))
                .containsExactly(0, 1, 3);
    }

    private static ResultStore store(String name, double... compounds) {
        ResultStore store = new ResultStore();
        addDocument(store, name, compounds);
        return store;
    }

    private static void addDocument(ResultStore store, String name, double... compounds) {
        store.addDocument(name);
        for (double compound : compounds) {
            add(store, name + " " + (store.documentSize(store.documents() - 1) + 1), compound);
        }
    }

    private static void add(ResultStore store, String text, double compound) {
        int document = store.documents() - 1;
        long unit = store.documentSize(document) + 1;
        store.add(new TextUnit(store.documentName(document), unit, text, 0, 0, text.length()),
                new SentimentScores(0, 1, 0, compound), "w");
    }
}
