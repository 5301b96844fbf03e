package org.sentigrid.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sentigrid.app.SentigridProcess;
import org.sentigrid.app.SentigridProcess.Result;
import org.sentigrid.documents.TestFiles;

/** {@code sentigrid summarize} as a real child process, against figures worked out here. */
class SummarizeEndToEndTest {
    private static final String HEADER = "group,period,units,mean_compound,ci95_low,ci95_high,positive,neutral,negative";
    // Compounds VADER gives these texts (as analyze writes them).
    private static final double NICE = 0.4215;
    private static final double FINE = 0.2023;
    private static final double TERRIBLE = -0.4767;
    private static final double GREAT = 0.6249;

    @TempDir
    Path dir;

    private Result summarize(String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "summarize";
        System.arraycopy(args, 0, command, 1, args.length);
        return SentigridProcess.run(dir, null, command).assertNoStackTrace();
    }

    /** mean, and the interval from Student's t (its 97.5% quantile for n-1 degrees of freedom, from tables). */
    private static String stats(double t, double... values) {
        double mean = 0;
        for (double value : values) {
            mean += value / values.length;
        }
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        double half = t * Math.sqrt(squares / (values.length - 1)) / Math.sqrt(values.length);
        return String.format(Locale.ROOT, "%.4f,%.4f,%.4f", mean, mean - half, mean + half);
    }

    @Test
    void groupsAndWeeksWithTheirMeansIntervalsAndShares() throws IOException {
        Files.writeString(dir.resolve("posts.csv"), """
                id,team,date,text
                1,a,2024-03-04,Nice.
                2,a,06/03/2024,Fine.
                3,a,1709942400,Terrible results.
                4,b,"March 11, 2024",The table.
                5,b,yesterday,Nice.
                6,b,2024-03-12T10:00:00Z,Great work.
                7,b,,Nice.
                """);

        Result result = summarize("--column", "text", "--split", "none", "--group-by", "team", "--time", "date",
                "--every", "week", "posts.csv");

        assertThat(result.exit()).isZero();
        assertThat(result.out().lines().toList()).containsExactly(HEADER,
                "a,2024-03-04,3," + stats(4.302652729911275, NICE, FINE, TERRIBLE) + ",0.6667,0.0000,0.3333",
                "b,2024-03-11,2," + stats(12.706204736174705, 0.0, GREAT) + ",0.5000,0.5000,0.0000");
        assertThat(result.errLines()).containsExactly(
                "sentigrid: warning: 2 units had a \"date\" that is not a date Sentigrid reads (the first: \"yesterday\" in posts.csv);"
                        + " left out of the summary. --time-format PATTERN reads other forms.",
                "Summarized 5 units from 1 source into 2 rows in " + result.errLines().get(1).replaceAll(".* in ([\\d.]+ s)\\.$", "$1") + ".");
    }

    @Test
    void withoutGroupByEachSourceIsAGroupAndDocumentsAndSpreadsheetsCount() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "Nice.\n\nFine.\n");
        TestFiles.docx(dir.resolve("memo.docx"), "Memo", "Ann", "Great work.");
        TestFiles.workbook(dir.resolve("r.xlsx"), "S", List.of(List.of("text"), List.of("Terrible results.")));

        Result result = summarize("--column", "text", "notes.txt", "memo.docx", "r.xlsx");

        assertThat(result.exit()).isZero();
        assertThat(result.out().lines().toList()).containsExactly(HEADER,
                "notes.txt,,2," + stats(12.706204736174705, NICE, FINE) + ",1.0000,0.0000,0.0000",
                "memo.docx,,1,0.6249,,,1.0000,0.0000,0.0000",
                "r.xlsx,,1,-0.4767,,,0.0000,0.0000,1.0000");
    }

    @Test
    void aTimeFormatReadsOnlyItsPatternAndEveryNeedsTime() throws IOException {
        Files.writeString(dir.resolve("p.csv"), "when,text\n03/31/2024,Nice.\n04/01/2024,Fine.\n");

        Result monthly = summarize("--column", "text", "--time", "when", "--time-format", "MM/dd/yyyy", "--every", "month", "p.csv");
        Result usage = summarize("--column", "text", "--every", "month", "p.csv");

        assertThat(monthly.out().lines().toList()).containsExactly(HEADER,
                "p.csv,2024-03-01,1,0.4215,,,1.0000,0.0000,0.0000",
                "p.csv,2024-04-01,1,0.2023,,,1.0000,0.0000,0.0000");
        assertThat(usage.exit()).isEqualTo(2);
        assertThat(usage.err()).contains("--every and --time-format need --time COL");
    }
}
