package org.sentigrid.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sentigrid.app.SentigridProcess;
import org.sentigrid.app.SentigridProcess.Result;

/** {@code sentigrid analyze} on documents and spreadsheets, as a real child process on files the test makes. */
class DocumentsEndToEndTest {
    private static final String STANDARD = "source,unit,text,neg,neu,pos,compound,label,record,start,end";

    @TempDir
    Path dir;

    private Result analyze(String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "analyze";
        System.arraycopy(args, 0, command, 1, args.length);
        return SentigridProcess.run(dir, null, command).assertNoStackTrace();
    }

    @Test
    void aMixedFolderIsReadWholeAndEachBadFileIsOneLine() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("mixed"));
        TestFiles.docx(folder.resolve("a.docx"), "Memo", "Ann", "Great work.");
        TestFiles.pdf(folder.resolve("b.pdf"), "Paper", List.of(List.of("Terrible", "results.")));
        Files.writeString(folder.resolve("c.txt"), "Plain is fine.\n");
        TestFiles.scannedPdf(folder.resolve("d-scan.pdf"));
        TestFiles.encryptedPdf(folder.resolve("e-locked.pdf"));
        TestFiles.truncated(folder.resolve("a.docx"), folder.resolve("f-cut.docx"), 600);
        Files.write(folder.resolve("g-empty.odt"), new byte[0]);
        Files.writeString(folder.resolve("h-fake.docx"), "not a document at all");
        TestFiles.encryptedDocx(folder.resolve("i-locked.docx"));
        Files.writeString(folder.resolve("z.html"), "<p>Lovely <b>day</b>.</p>");

        Result result = analyze("--keep", "title", "--in-process", "mixed");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out().lines().toList()).containsExactly(
                STANDARD + ",title",
                "mixed/a.docx,1,Great work.,0.000,0.196,0.804,0.6249,positive,,0,11,Memo",
                "mixed/b.pdf,1,Terrible results.,0.756,0.244,0.000,-0.4767,negative,,0,17,Paper",
                "mixed/c.txt,1,Plain is fine.,0.000,0.526,0.474,0.2023,positive,,0,14,",
                "mixed/z.html,1,Lovely day.,0.000,0.208,0.792,0.5859,positive,,0,11,");
        List<String> lines = result.errLines();
        assertThat(lines).filteredOn(line -> line.startsWith("sentigrid: mixed/")).extracting(line -> line.split(" ")[1])
                .containsExactly("mixed/d-scan.pdf", "mixed/e-locked.pdf", "mixed/f-cut.docx", "mixed/g-empty.odt",
                        "mixed/h-fake.docx", "mixed/i-locked.docx");
        assertThat(lines.get(lines.size() - 1)).startsWith("Analyzed 4 units from 4 sources").endsWith("; 6 sources could not be read.");
        assertThat(lines.size()).isEqualTo(7);
    }

    @Test
    void aSpreadsheetsColumnAndKeptColumnsAreReadFromTheNamedSheet() {
        List<List<Object>> rows = List.of(
                List.of("id", "review", "stars"),
                List.of(101, "Loved it. Would buy again!", 5),
                List.of("", "", ""),
                List.of(102, "Broke in a week.", 1.5));
        for (String name : List.of("r.xlsx", "r.xls")) {
            TestFiles.workbook(dir.resolve(name), "Answers", rows);
        }
        TestFiles.ods(dir.resolve("r.ods"), List.of(
                List.of("id", "review", "stars"),
                List.of("101", "Loved it. Would buy again!", "5"),
                List.of("", "", ""),
                List.of("102", "Broke in a week.", "1.5")));

        for (String name : List.of("r.xlsx", "r.xls", "r.ods")) {
            Result result = analyze("--column", "review", "--sheet", "Answers", "--keep", "id,stars", "--in-process", name);

            assertThat(result.exit()).as(name).isZero();
            assertThat(result.out().lines().toList()).as(name).containsExactly(
                    STANDARD + ",id,stars",
                    name + ",1,Loved it.,0.000,0.204,0.796,0.5994,positive,1,0,9,101,5",
                    name + ",2,Would buy again!,0.000,1.000,0.000,0.0000,neutral,1,10,26,101,5",
                    name + ",3,Broke in a week.,0.483,0.517,0.000,-0.4215,negative,3,0,16,102,1.5");
        }
    }

    @Test
    void aMissingSheetOrColumnNamesWhatThereIs() {
        TestFiles.workbook(dir.resolve("r.xlsx"), "Answers", List.of(List.of("id", "review"), List.of(1, "Good.")));

        Result noSheet = analyze("--column", "review", "--sheet", "Nope", "--in-process", "r.xlsx");
        Result noColumn = analyze("--in-process", "r.xlsx");

        assertThat(noSheet.exit()).isEqualTo(1);
        assertThat(noSheet.errLines()).contains("sentigrid: r.xlsx has no sheet \"Nope\"; pass --sheet with one of its sheets: \"Answers\", \"Other\".");
        assertThat(noColumn.errLines()).contains("sentigrid: r.xlsx is a spreadsheet; pass --column with the name of the column that holds"
                + " the text (its columns: \"id\", \"review\").");
    }

    @Test
    void onTheGridDocumentsGiveTheSameBytes() {
        TestFiles.docx(dir.resolve("memo.docx"), "Memo", "Ann", "The first point is good.", "The second is bad.\nSadly.");

        Result grid = analyze("memo.docx");
        Result inProcess = analyze("--in-process", "memo.docx");

        assertThat(grid.exit()).isZero();
        assertThat(grid.out()).isEqualTo(inProcess.out()).contains("memo.docx,3,Sadly.");
    }
}
