package org.sentigrid.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first rows of CSV, TSV and JSON Lines files as shown for choosing the text column. */
class TablePreviewTest {
    @TempDir
    Path dir;

    @Test
    void csvGivesTheHeaderAndTheFirstRowsWithQuotedCommasAndNewlines() throws Exception {
        TablePreview preview = preview("reviews.csv", """
                id,text,stars
                1,"Great, really great",5
                2,"Two
                lines",3
                3,plain,4
                """, 2);

        assertThat(preview.columns()).containsExactly("id", "text", "stars");
        assertThat(preview.rows()).containsExactly(
                List.of("1", "Great, really great", "5"),
                List.of("2", "Two\nlines", "3"));
    }

    @Test
    void tsvSplitsOnTabs() throws Exception {
        TablePreview preview = preview("reviews.tsv", "id\ttext, with comma\n1\tGood day, mostly\n2\tBad day\n", 10);

        assertThat(preview.columns()).containsExactly("id", "text, with comma");
        assertThat(preview.rows()).containsExactly(List.of("1", "Good day, mostly"), List.of("2", "Bad day"));
    }

    @Test
    void jsonLinesColumnsAreStringFieldsInFirstSeenOrder() throws Exception {
        TablePreview preview = preview("reviews.jsonl", """
                {"id": 1, "text": "Nice", "meta": {"inner": "x"}, "lang": "en"}
                {"title": "T", "text": "Meh", "tags": ["a", "b"], "ok": true}
                {"lang": "de", "stars": null}
                """, 10);

        assertThat(preview.columns()).containsExactly("text", "lang", "title");
        assertThat(preview.rows()).containsExactly(
                List.of("Nice", "en", ""),
                List.of("Meh", "", "T"),
                List.of("", "de", ""));
    }

    @Test
    void readsAtMostTheRequestedRows() throws Exception {
        StringBuilder csv = new StringBuilder("n,text\n");
        for (int i = 1; i <= 1_000; i++) {
            csv.append(i).append(",row ").append(i).append('\n');
        }

        TablePreview five = preview("long.csv", csv.toString(), 5);
        TablePreview jsonTwo = preview("long.ndjson", "{\"t\":\"a\"}\n{\"t\":\"b\"}\n{\"t\":\"c\"}\n", 2);

        assertThat(five.rows()).extracting(row -> row.get(0)).containsExactly("1", "2", "3", "4", "5");
        assertThat(jsonTwo.rows()).containsExactly(List.of("a"), List.of("b"));
        assertThat(preview("short.csv", "n,text\n1,only\n", 5).rows()).containsExactly(List.of("1", "only"));
    }

    @Test
    void plainTextHasNoPreview() throws Exception {
        assertThat(preview("notes.txt", "a,b\n1,2\n", 5)).isNull();
        assertThat(preview("README", "a,b\n1,2\n", 5)).isNull();
    }

    @Test
    void binaryCsvIsRefusedNamingTheFile() throws Exception {
        Path file = Files.write(dir.resolve("data.csv"), new byte[] {'a', ',', 'b', '\n', 0, 1, 2, 0});

        assertThatThrownBy(() -> TablePreview.of(new Source("exports/data.csv", file), 5))
                .isInstanceOf(InputProblem.class)
                .hasMessageContaining("exports/data.csv")
                .hasMessageContaining("binary");
    }

    @Test
    void cellsLongerThan200CharactersAreCut() throws Exception {
        String exactly200 = "y".repeat(200);
        String long250 = "x".repeat(250);

        TablePreview csv = preview("long.csv", "a,b\n" + exactly200 + "," + long250 + "\n", 5);
        TablePreview json = preview("long.jsonl", "{\"a\": \"" + long250 + "\"}\n", 5);

        assertThat(csv.rows().get(0)).containsExactly(exactly200, "x".repeat(200) + "…");
        assertThat(json.rows().get(0)).containsExactly("x".repeat(200) + "…");
    }

    @Test
    void cuttingALongCellNeverSplitsACharacterInHalf() throws Exception {
        // 199 letters, then emoji (two UTF-16 chars each): char 200 is the first half of an emoji.
        String cell = "x".repeat(199) + "\uD83D\uDE00".repeat(10);

        String shown = preview("emoji.csv", "text\n" + cell + "\n", 5).rows().get(0).get(0);

        assertThat(shown).endsWith("…");
        assertThat(Character.isHighSurrogate(shown.charAt(shown.length() - 2))).as("a lone high surrogate before the …").isFalse();
    }

    private TablePreview preview(String name, String content, int maxRows) throws Exception {
        Path file = Files.writeString(dir.resolve(name), content);
        return TablePreview.of(new Source(name, file), maxRows);
    }
}
