package org.sentigrid.desktop.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sentigrid.api.SentimentScores;
import org.sentigrid.text.TextUnit;

/** The paged result store gives back exactly what was appended, per document, across pages and copies. */
class ResultStoreTest {
    private static final int FIRST_DOCUMENT_UNITS = 25_000;
    private static final int SECOND_DOCUMENT_UNITS = 15_000;

    @Test
    void aStoreTakesOverAnothersResultsWhichIsLeftEmpty() {
        ResultStore loaded = new ResultStore();
        fill(loaded, "first.txt", FIRST_DOCUMENT_UNITS, 0);
        ResultStore expected = loaded.copy();
        ResultStore shown = new ResultStore();
        fill(shown, "old.txt", 10, 0);

        shown.replaceWith(loaded);

        assertThat(loaded.size()).isZero();
        assertThat(loaded.documents()).isZero();
        assertThat(shown.size()).isEqualTo(FIRST_DOCUMENT_UNITS);
        assertThat(shown.documents()).isEqualTo(1);
        assertThat(shown.documentName(0)).isEqualTo("first.txt");
        for (int i = 0; i < shown.size(); i += 997) {
            assertThat(shown.textUnit(i)).isEqualTo(expected.textUnit(i));
            assertThat(shown.scores(i)).isEqualTo(expected.scores(i));
        }
        fill(shown, "more.txt", 3, FIRST_DOCUMENT_UNITS);
        assertThat(shown.documentSize(1)).isEqualTo(3);
    }

    @Test
    void unitsOfADocumentWhoseTextTheStoreHasReadBackFromItAndOthersFromTheirOwnBytes() {
        String typed = "Good day. \u00c9t\u00e9 was bad! Fine.";
        ResultStore store = new ResultStore();
        store.addDocument("typed", typed);
        TextUnit first = new TextUnit("typed", 1, "Good day.", 0, 0, 9);
        TextUnit second = new TextUnit("typed", 2, "\u00c9t\u00e9 was bad!", 0, 10, 22);
        // A unit whose text is not where its offsets say (say, a table cell): its own bytes are kept.
        TextUnit cell = new TextUnit("typed", 3, "Not in there.", 1, 0, 13);
        for (TextUnit unit : java.util.List.of(first, second, cell)) {
            store.add(unit, SentimentScores.EMPTY, "local-1");
        }
        store.addDocument("file.txt");
        TextUnit fromFile = new TextUnit("file.txt", 1, "Fine.", 0, 23, 28);
        store.add(fromFile, SentimentScores.EMPTY, "local-1");

        assertThat(store.textUnit(0)).isEqualTo(first);
        assertThat(store.textUnit(1)).isEqualTo(second);
        assertThat(store.textUnit(2)).isEqualTo(cell);
        assertThat(store.text(3)).isEqualTo("Fine.");
        ResultStore copy = store.copy();
        assertThat(copy.text(1)).isEqualTo(second.text());
        assertThat(copy.text(2)).isEqualTo(cell.text());
    }

    @Test
    void unitsAcrossSeveralPagesReadBackExactly() {
        ResultStore store = new ResultStore();
        fill(store, "first.txt", FIRST_DOCUMENT_UNITS, 0);
        fill(store, "second.csv", SECOND_DOCUMENT_UNITS, FIRST_DOCUMENT_UNITS);

        assertThat(store.size()).isEqualTo(FIRST_DOCUMENT_UNITS + SECOND_DOCUMENT_UNITS).isGreaterThan(2 * ResultStore.PAGE);
        for (int i = 0; i < store.size(); i++) {
            boolean first = i < FIRST_DOCUMENT_UNITS;
            String name = first ? "first.txt" : "second.csv";
            long unit = first ? i + 1 : i - FIRST_DOCUMENT_UNITS + 1;
            TextUnit expected = unitOf(name, unit, i);
            assertThat(store.document(i)).as("document of %d", i).isEqualTo(first ? 0 : 1);
            assertThat(store.unit(i)).as("unit of %d", i).isEqualTo(unit);
            assertThat(store.text(i)).as("text of %d", i).isEqualTo(expected.text());
            assertThat(store.worker(i)).as("worker of %d", i).isEqualTo("worker-" + (i % 3));
            assertThat(store.scores(i)).as("scores of %d", i).isEqualTo(scoresOf(i));
            assertThat(store.compound(i)).isEqualTo(scoresOf(i).compound());
            assertThat(store.textUnit(i)).as("text unit %d", i).isEqualTo(expected);
        }
    }

    @Test
    void documentStartAndSizeDelimitEachDocumentIncludingEmptyOnes() {
        ResultStore store = new ResultStore();
        fill(store, "a.txt", 3, 0);
        store.addDocument("empty.txt");
        fill(store, "c.txt", 2, 3);
        store.addDocument("trailing-empty.txt");

        assertThat(store.documents()).isEqualTo(4);
        assertThat(store.documentName(1)).isEqualTo("empty.txt");
        assertThat(new int[] {store.documentStart(0), store.documentSize(0)}).containsExactly(0, 3);
        assertThat(new int[] {store.documentStart(1), store.documentSize(1)}).containsExactly(3, 0);
        assertThat(new int[] {store.documentStart(2), store.documentSize(2)}).containsExactly(3, 2);
        assertThat(new int[] {store.documentStart(3), store.documentSize(3)}).containsExactly(5, 0);
        assertThat(store.document(3)).isEqualTo(2);
        assertThat(store.textUnit(4).source()).isEqualTo("c.txt");
    }

    @Test
    void copyIsIndependentOfLaterAppendsAndClear() {
        ResultStore store = new ResultStore();
        fill(store, "a.txt", 10, 0);
        ResultStore copy = store.copy();

        store.add(unitOf("a.txt", 11, 10), scoresOf(10), "late");
        store.addDocument("b.txt");
        copy.add(unitOf("a.txt", 11, 99), scoresOf(99), "copy only");

        assertThat(store.text(10)).isEqualTo(unitOf("a.txt", 11, 10).text());
        assertThat(store.documentSize(0)).isEqualTo(11);
        assertThat(copy.size()).isEqualTo(11);
        assertThat(copy.documents()).isEqualTo(1);
        assertThat(copy.text(10)).isEqualTo(unitOf("a.txt", 11, 99).text());

        store.clear();

        assertThat(store.size()).isZero();
        assertThat(store.documents()).isZero();
        assertThat(copy.documentName(0)).isEqualTo("a.txt");
        for (int i = 0; i < 10; i++) {
            assertThat(copy.textUnit(i)).isEqualTo(unitOf("a.txt", i + 1, i));
            assertThat(copy.scores(i)).isEqualTo(scoresOf(i));
        }
    }

    @Test
    void indexOutOfRangeThrows() {
        ResultStore store = new ResultStore();
        assertThatThrownBy(() -> store.compound(0)).isInstanceOf(IndexOutOfBoundsException.class);

        fill(store, "a.txt", 3, 0);

        assertThatThrownBy(() -> store.text(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> store.textUnit(3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> store.scores(3)).isInstanceOf(IndexOutOfBoundsException.class);
        // The last slot of the first page is allocated, but holds no unit yet.
        assertThatThrownBy(() -> store.unit(ResultStore.PAGE - 1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void addWithoutDocumentThrows() {
        ResultStore store = new ResultStore();
        assertThatThrownBy(() -> store.add(unitOf("a.txt", 1, 0), scoresOf(0), "w"))
                .isInstanceOf(IllegalStateException.class);

        fill(store, "a.txt", 2, 0);
        store.clear();

        assertThatThrownBy(() -> store.add(unitOf("a.txt", 1, 0), scoresOf(0), "w"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(store.size()).isZero();
    }

    /** Appends a document of {@code count} units; {@code seed} numbers the first one across the store. */
    private static void fill(ResultStore store, String name, int count, int seed) {
        store.addDocument(name);
        for (int u = 0; u < count; u++) {
            store.add(unitOf(name, u + 1, seed + u), scoresOf(seed + u), "worker-" + ((seed + u) % 3));
        }
    }

    private static TextUnit unitOf(String name, long unit, int seed) {
        String text = "Sentence " + seed + " of " + name + ".";
        long record = seed % 5; // 0 for plain text, else a data row
        long start = 7L * seed;
        return new TextUnit(name, unit, text, record, start, start + text.length());
    }

    private static SentimentScores scoresOf(int seed) {
        double neg = (seed % 7) / 10.0;
        double pos = (seed % 3) / 10.0;
        double compound = ((seed * 37) % 2001 - 1000) / 1000.0;
        return new SentimentScores(neg, 1 - neg - pos, pos, compound);
    }
}
