package org.sentigrid.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvUnitsTest {
    private static final String CSV = """
            id,text,stars
            1,"Great phone. Battery lasts, mostly.",5
            2,"She said ""wow"". Then
            she returned it.",2

            3,,1
            4,  Fine  ,3
            """;

    @TempDir
    Path dir;

    @Test
    void splitsTheChosenColumnOfEachRowWithOffsetsIntoTheCell() throws Exception {
        CollectingSink sink = read("reviews.csv", CSV, SplitMode.SENTENCES, "text");

        assertThat(sink.units).extracting(TextUnit::unit, TextUnit::record, TextUnit::text, TextUnit::start, TextUnit::end)
                .containsExactly(
                        tuple(1L, 1L, "Great phone.", 0L, 12L),
                        tuple(2L, 1L, "Battery lasts, mostly.", 13L, 35L),
                        tuple(3L, 2L, "She said \"wow\".", 0L, 15L),
                        tuple(4L, 2L, "Then\nshe returned it.", 16L, 37L),
                        tuple(5L, 4L, "Fine", 2L, 6L));
        assertThat(sink.warnings).isEmpty();
    }

    @Test
    void noneAndLinesModesApplyPerCell() throws Exception {
        assertThat(read("reviews.csv", CSV, SplitMode.NONE, "text").texts())
                .containsExactly("Great phone. Battery lasts, mostly.", "She said \"wow\". Then\nshe returned it.", "Fine");
        assertThat(read("reviews.csv", CSV, SplitMode.LINES, "text").texts())
                .containsExactly("Great phone. Battery lasts, mostly.", "She said \"wow\". Then", "she returned it.", "Fine");
    }

    @Test
    void tsvUsesTabsAndTheSameQuoting() throws Exception {
        String tsv = "text\tlang\n\"Tab\tinside. Quoted!\"\ten\nPlain row.\tfr\n";

        CollectingSink sink = read("reviews.TSV", tsv, SplitMode.SENTENCES, "text");

        assertThat(sink.units).extracting(TextUnit::record, TextUnit::text)
                .containsExactly(tuple(1L, "Tab\tinside."), tuple(1L, "Quoted!"), tuple(2L, "Plain row."));
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstColumnName() throws Exception {
        Path file = dir.resolve("bom.csv");
        Files.write(file, ("\uFEFFtext,id\nHello there.,1\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(CollectingSink.read(file, new InputOptions(SplitMode.SENTENCES, "text", null)).texts())
                .containsExactly("Hello there.");
    }

    @Test
    void missingColumnOptionListsTheColumns() {
        assertThatThrownBy(() -> read("reviews.csv", CSV, SplitMode.SENTENCES, null))
                .isInstanceOf(InputProblem.class)
                .hasMessage("reviews.csv is a CSV file; pass --column with the name of the column that holds the text"
                        + " (its columns: \"id\", \"text\", \"stars\").");
    }

    @Test
    void unknownColumnListsTheAvailableOnes() {
        assertThatThrownBy(() -> read("reviews.csv", CSV, SplitMode.SENTENCES, "body"))
                .isInstanceOf(InputProblem.class)
                .hasMessage("reviews.csv has no column \"body\"; pass --column with one of its columns: \"id\", \"text\", \"stars\".");
    }

    @Test
    void malformedRowIsAProblemNamingTheRowAfterEarlierUnitsWereDelivered() throws Exception {
        String csv = "id,text\n1,First row.\n2,\"Bad \"quote\" here\n3,Never read.\n";
        Path file = Files.writeString(dir.resolve("bad.csv"), csv);
        CollectingSink sink = new CollectingSink();

        assertThatThrownBy(() -> TextInput.read(new Source("bad.csv", file), new InputOptions(SplitMode.SENTENCES, "text", null), sink))
                .isInstanceOf(InputProblem.class)
                .hasMessage("bad.csv is not valid CSV at row 2 (line 3); check that row's quotes.");
        assertThat(sink.texts()).containsExactly("First row.");
    }

    @Test
    void unclosedQuoteIsAProblem() {
        assertThatThrownBy(() -> read("open.csv", "id,text\n1,ok\n2,\"never closed\n3,x\n", SplitMode.SENTENCES, "text"))
                .hasMessage("open.csv is not valid CSV at row 2 (line 3); check that row's quotes.");
    }

    @Test
    void malformedHeaderIsAProblem() {
        assertThatThrownBy(() -> read("head.tsv", "id\t\"text\"x\n1\tok\n", SplitMode.SENTENCES, "text"))
                .hasMessage("head.tsv has a header row that is not valid TSV; check its quotes.");
    }

    @Test
    void aStrayQuoteInAHugeFileIsAProblemRatherThanOneHugeCell() {
        String csv = "id,text\n1,\"never closed\n" + "more text, and more\n".repeat(UnitReader.MAX_UNIT / 20 + UnitReader.CHUNK);

        assertThatThrownBy(() -> read("open.csv", csv, SplitMode.SENTENCES, "text"))
                .hasMessage("open.csv row 1 (line 2) is longer than 16,777,216 characters; check that row for a missing closing quote.");
    }

    @Test
    void rowWithoutTheColumnIsSkippedWithAWarning() throws Exception {
        CollectingSink sink = read("short.csv", "id,stars,text\n1,5,Good.\n2,3\n3,1,Bad.\n", SplitMode.SENTENCES, "text");

        assertThat(sink.units).extracting(TextUnit::record, TextUnit::text).containsExactly(tuple(1L, "Good."), tuple(3L, "Bad."));
        assertThat(sink.warnings).containsExactly("short.csv row 2 has only 2 fields, so no \"text\"; skipped.");
    }

    @Test
    void tabSeparatedLinesHaveNoHeaderRowAndNoQuoting() throws Exception {
        // as in the VADER corpora: the first line is data, and a quote opens no quoted field, so each row ends at its line end
        Path file = Files.writeString(dir.resolve("corpus.txt"),
                "1\t-0.9\t\"ad-2500\" no picture. Scrolling.\r\n2\t1.5\tsays \"great.\r\n3\t0\tok");
        CollectingSink sink = new CollectingSink();

        TextInput.readAs(new Source("corpus.txt", file), TextInput.Format.TAB_LINES,
                new InputOptions(SplitMode.SENTENCES, "3", null, null, java.util.List.of("2", "1")), sink);

        assertThat(sink.units).extracting(TextUnit::record, TextUnit::text, TextUnit::kept).containsExactly(
                tuple(1L, "\"ad-2500\" no picture.", java.util.List.of("-0.9", "1")),
                tuple(1L, "Scrolling.", java.util.List.of("-0.9", "1")),
                tuple(2L, "says \"great.", java.util.List.of("1.5", "2")),
                tuple(3L, "ok", java.util.List.of("0", "3")));
        assertThat(sink.warnings).isEmpty();
    }

    @Test
    void tabSeparatedLinesNameTheirColumnsByNumber() throws Exception {
        Path file = Files.writeString(dir.resolve("corpus.txt"), "1\tok\n");

        assertThatThrownBy(() -> TextInput.readAs(new Source("corpus.txt", file), TextInput.Format.TAB_LINES,
                new InputOptions(SplitMode.SENTENCES, "text", null), new CollectingSink()))
                .isInstanceOf(InputProblem.class)
                .hasMessage("corpus.txt is read as tab-separated lines without a header row, so its columns go by number from 1;"
                        + " pass --column with the number of the column that holds the text, not \"text\".");
        CollectingSink sink = new CollectingSink();
        TextInput.readAs(new Source("corpus.txt", file), TextInput.Format.TAB_LINES,
                new InputOptions(SplitMode.SENTENCES, "2", null, null, java.util.List.of("rating", "7")), sink);
        assertThat(sink.units).extracting(TextUnit::kept).containsExactly(java.util.Arrays.asList(null, null));
        assertThat(sink.warnings).containsExactly("corpus.txt has no column \"rating\" to keep; it is left empty for this file.");
    }

    @Test
    void emptyTabSeparatedLinesGiveAWarning() throws Exception {
        Path file = Files.writeString(dir.resolve("empty.txt"), "");
        CollectingSink sink = new CollectingSink();

        TextInput.readAs(new Source("empty.txt", file), TextInput.Format.TAB_LINES, new InputOptions(SplitMode.SENTENCES, "1", null), sink);

        assertThat(sink.warnings).containsExactly("empty.txt is empty.");
    }

    @Test
    void emptyCsvGivesAWarning() throws Exception {
        assertThat(read("empty.csv", "", SplitMode.SENTENCES, "text").warnings).containsExactly("empty.csv is empty.");
    }

    private CollectingSink read(String name, String content, SplitMode mode, String column) throws Exception {
        return CollectingSink.read(Files.writeString(dir.resolve(name), content), new InputOptions(mode, column, null));
    }
}
