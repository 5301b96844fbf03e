package org.sentigrid.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesUnitsTest {
    @TempDir
    Path dir;

    @Test
    void splitsTheFieldOfEachLineWithLineNumbersAsRecords() throws Exception {
        String jsonl = """
                {"id": 1, "text": "Loved it. Would buy again!", "meta": {"text": 5}}

                {"text": "  Line one\\nline two.  ", "id": 2}
                {"id": 3, "tags": ["a", {"b": null}], "text": "Last \\u00e9."}
                """;

        CollectingSink sink = read("reviews.jsonl", jsonl, SplitMode.SENTENCES);

        assertThat(sink.units).extracting(TextUnit::unit, TextUnit::record, TextUnit::text, TextUnit::start, TextUnit::end)
                .containsExactly(
                        tuple(1L, 1L, "Loved it.", 0L, 9L),
                        tuple(2L, 1L, "Would buy again!", 10L, 26L),
                        tuple(3L, 3L, "Line one\nline two.", 2L, 20L),
                        tuple(4L, 4L, "Last é.", 0L, 7L));
        assertThat(sink.warnings).isEmpty();
    }

    @Test
    void ndjsonExtensionAndNoneMode() throws Exception {
        CollectingSink sink = read("x.ndjson", "{\"body\":\"One. Two.\"}\r\n{\"body\":\"Three.\"}\r\n", SplitMode.NONE, "body");

        assertThat(sink.units).extracting(TextUnit::record, TextUnit::text).containsExactly(tuple(1L, "One. Two."), tuple(2L, "Three."));
    }

    @Test
    void lineWithoutTheStringFieldIsSkippedWithAWarning() throws Exception {
        String jsonl = "{\"text\":\"Kept.\"}\n{\"title\":\"No text\"}\n{\"text\":42}\n[\"text\"]\n{\"text\":\"Also kept.\"}\n";

        CollectingSink sink = read("mixed.jsonl", jsonl, SplitMode.SENTENCES);

        assertThat(sink.units).extracting(TextUnit::record, TextUnit::text).containsExactly(tuple(1L, "Kept."), tuple(5L, "Also kept."));
        assertThat(sink.warnings).containsExactly(
                "mixed.jsonl line 2 has no string field \"text\"; skipped.",
                "mixed.jsonl line 3 has no string field \"text\"; skipped.",
                "mixed.jsonl line 4 has no string field \"text\"; skipped.");
    }

    @Test
    void linesWithoutTheFieldBeforeTheFirstWithItAreOneWarning() throws Exception {
        CollectingSink sink = read("late.jsonl", "{\"title\":\"a\"}\n\n{\"title\":\"b\"}\n{\"text\":\"Kept.\"}\n{\"title\":\"c\"}\n",
                SplitMode.SENTENCES);

        assertThat(sink.texts()).containsExactly("Kept.");
        assertThat(sink.warnings).containsExactly(
                "late.jsonl lines 1\u20133 have no string field \"text\"; skipped.",
                "late.jsonl line 5 has no string field \"text\"; skipped.");
    }

    @Test
    void noLineWithTheFieldIsAProblemSayingWhatTheFirstLineHas() {
        assertThatThrownBy(() -> read("stars.jsonl", "{\"stars\":5,\"body\":\"Good.\"}\n{\"stars\":1}\n", SplitMode.SENTENCES, "stars"))
                .hasMessage("stars.jsonl has no line with a string field \"stars\" (on line 1 \"stars\" is a number;"
                        + " its fields are \"stars\", \"body\"), so nothing was analyzed from it.");
        assertThatThrownBy(() -> read("other.jsonl", "[1, 2]\n{\"title\":\"x\"}\n", SplitMode.SENTENCES))
                .hasMessage("other.jsonl has no line with a string field \"text\" (on line 1 it is a list, not an object),"
                        + " so nothing was analyzed from it.");
    }

    @Test
    void malformedLineIsAProblemNamingTheLineAfterEarlierUnitsWereDelivered() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.jsonl"), "{\"text\":\"Fine.\"}\n\n{\"text\" \"no colon\"}\n{\"text\":\"Never.\"}\n");
        CollectingSink sink = new CollectingSink();

        assertThatThrownBy(() -> TextInput.read(new Source("bad.jsonl", file), new InputOptions(SplitMode.SENTENCES, null, "text"), sink))
                .isInstanceOf(InputProblem.class)
                .hasMessage("bad.jsonl line 3 is not valid JSON; fix or remove that line.");
        assertThat(sink.texts()).containsExactly("Fine.");
    }

    @Test
    void unterminatedStringIsAProblemOnItsLine() {
        assertThatThrownBy(() -> read("cut.jsonl", "{\"text\":\"a\"}\n{\"text\":\"cut off\n{\"text\":\"b\"}\n", SplitMode.SENTENCES))
                .hasMessage("cut.jsonl line 2 is not valid JSON; fix or remove that line.");
    }

    @Test
    void twoValuesOnOneLineAreAProblem() {
        assertThatThrownBy(() -> read("two.jsonl", "{\"text\":\"a\"}\n{\"text\":\"b\"} {\"text\":\"c\"}\n", SplitMode.SENTENCES))
                .hasMessage("two.jsonl line 2 holds more than one JSON value; put one object on each line.");
    }

    @Test
    void aStringLongerThanTheCapIsAProblem() {
        String jsonl = "{\"text\":\"ok\"}\n{\"text\":\"" + "x".repeat(UnitReader.MAX_UNIT + 1) + "\"}\n";

        assertThatThrownBy(() -> read("huge.jsonl", jsonl, SplitMode.SENTENCES))
                .hasMessage("huge.jsonl line 2 is too large or too deeply nested to read (texts may have up to 16,777,216 characters);"
                        + " shorten that line.");
    }

    @Test
    void missingFieldOptionIsAProblem() {
        assertThatThrownBy(() -> read("reviews.jsonl", "{\"text\":\"a\"}\n", SplitMode.SENTENCES, null))
                .hasMessage("reviews.jsonl is a JSON Lines file; pass --field with the name of the field that holds the text.");
    }

    @Test
    void blankJsonLinesFileGivesAWarning() throws Exception {
        assertThat(read("blank.jsonl", "\n  \n", SplitMode.SENTENCES).warnings).containsExactly("blank.jsonl is empty.");
    }

    private CollectingSink read(String name, String content, SplitMode mode) throws Exception {
        return read(name, content, mode, "text");
    }

    private CollectingSink read(String name, String content, SplitMode mode, String field) throws Exception {
        return CollectingSink.read(Files.writeString(dir.resolve(name), content), new InputOptions(mode, null, field));
    }
}
