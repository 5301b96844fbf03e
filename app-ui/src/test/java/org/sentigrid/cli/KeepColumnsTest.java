package org.sentigrid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sentigrid.app.SentigridProcess;
import org.sentigrid.app.SentigridProcess.Result;

/** {@code analyze --keep}: the named columns of table inputs follow the standard ones, in every format. */
class KeepColumnsTest {
    private static final String STANDARD = "source,unit,text,neg,neu,pos,compound,label,record,start,end";

    @TempDir
    Path dir;

    private Result analyze(String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "analyze";
        System.arraycopy(args, 0, command, 1, args.length);
        return SentigridProcess.run(dir, null, command).assertNoStackTrace();
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void csvColumnsFollowTheStandardOnesOnEveryUnitOfTheirRow() throws IOException {
        write("reviews.csv", "id,text,label\nA7,\"Great food. Awful service.\",mixed\nB2,Fine.,\"pos, mostly\"\n");

        Result result = analyze("--column", "text", "--keep", "id,label", "--in-process", "reviews.csv");

        assertThat(result.exit()).isZero();
        assertThat(result.out().lines().toList()).containsExactly(
                STANDARD + ",id,input_label",
                "reviews.csv,1,Great food.,0.000,0.196,0.804,0.6249,positive,1,0,11,A7,mixed",
                "reviews.csv,2,Awful service.,0.750,0.250,0.000,-0.4588,negative,1,12,26,A7,mixed",
                "reviews.csv,3,Fine.,0.000,0.000,1.000,0.2023,positive,2,0,5,B2,\"pos, mostly\"");
    }

    @Test
    void jsonLinesFieldsAreKeptAsTextAndAMissingOneIsNull() throws IOException {
        write("posts.jsonl", "{\"id\":17,\"text\":\"Love it.\",\"user\":\"ann\"}\n{\"text\":\"Hate it.\",\"user\":null}\n");

        Result result = analyze("--field", "text", "--keep", "id,user", "--format", "jsonl", "--in-process", "posts.jsonl");

        assertThat(result.exit()).isZero();
        List<Map<String, Object>> records = result.out().lines().map(Json::object).toList();
        assertThat(records.get(0)).containsEntry("id", "17").containsEntry("user", "ann");
        assertThat(records.get(1)).containsEntry("id", null).containsEntry("user", null);
        assertThat(List.copyOf(records.get(0).keySet()).subList(11, 13)).containsExactly("id", "user");
    }

    @Test
    void tsvEscapesKeptValuesAsItsOtherFields() throws IOException {
        write("notes.tsv", "text\tnote\nGood.\tline one\\nnot a break\n");

        Result result = analyze("--column", "text", "--keep", "note", "--format", "tsv", "--in-process", "notes.tsv");

        assertThat(result.out().lines().toList()).containsExactly(
                STANDARD.replace(',', '\t') + "\tnote",
                "notes.tsv\t1\tGood.\t0.000\t0.000\t1.000\t0.4404\tpositive\t1\t0\t5\tline one\\\\nnot a break");
    }

    @Test
    void aColumnAnInputLacksIsEmptyWithOneWarningAndPlainTextHasNone() throws IOException {
        write("a.csv", "text\nNice.\n");
        write("b.txt", "Nice.\n");

        Result result = analyze("--column", "text", "--keep", "id", "--in-process", "a.csv", "b.txt");

        assertThat(result.exit()).isZero();
        assertThat(result.out().lines().toList()).containsExactly(
                STANDARD + ",id",
                "a.csv,1,Nice.,0.000,0.000,1.000,0.4215,positive,1,0,5,",
                "b.txt,1,Nice.,0.000,0.000,1.000,0.4215,positive,,0,5,");
        assertThat(result.errLines()).contains("sentigrid: warning: a.csv has no column \"id\" to keep; it is left empty for this file.");
    }

    @Test
    void onTheGridTheOutputIsTheSame() throws IOException {
        write("reviews.csv", "id,text\n1,I love it. I hate it.\n2,Meh.\n");
        write("more.txt", "Plain text is read as units when columns are kept.\n\nA second paragraph.\n");

        Result inProcess = analyze("--column", "text", "--keep", "id", "--in-process", "reviews.csv", "more.txt");
        Result grid = analyze("--column", "text", "--keep", "id", "reviews.csv", "more.txt");

        assertThat(grid.exit()).isZero();
        assertThat(grid.out()).isEqualTo(inProcess.out());
    }

    @Test
    void aColumnNamedTwiceIsAUsageError() {
        Result result = analyze("--keep", "id,id", "-");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("--keep names the column \"id\" twice");
    }
}
