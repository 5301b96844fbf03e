package org.sentigrid.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sentigrid.app.SentigridProcess;
import org.sentigrid.app.SentigridProcess.Result;

/** {@code analyze --format xlsx}: the same records as csv, numbers as numbers, and a summary sheet. */
class XlsxOutputTest {
    @TempDir
    Path dir;

    @Test
    void theWorkbookHoldsTheCsvRecordsAsTypedCellsAndASummary() throws IOException {
        Files.writeString(dir.resolve("r.csv"), "id,text\nA1,Nice. Fine.\nA2,Terrible results.\n");
        Files.writeString(dir.resolve("n.txt"), "Great work.\n");

        Result csv = SentigridProcess.run(dir, null, "analyze", "--column", "text", "--keep", "id", "r.csv", "n.txt");
        Result xlsx = SentigridProcess.run(dir, null, "analyze", "--column", "text", "--keep", "id", "--format", "xlsx",
                "--output", "out.xlsx", "r.csv", "n.txt").assertNoStackTrace();

        assertThat(xlsx.exit()).isZero();
        try (Workbook workbook = WorkbookFactory.create(dir.resolve("out.xlsx").toFile())) {
            Sheet results = workbook.getSheet("Results");
            List<String> asCsv = new ArrayList<>();
            for (Row row : results) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < 12; i++) {
                    cells.add(text(row.getCell(i)));
                }
                asCsv.add(String.join(",", cells));
            }
            assertThat(asCsv).isEqualTo(csv.out().lines().toList());
            assertThat(results.getRow(1).getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(results.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(0.4215);

            Sheet summary = workbook.getSheet("Summary");
            assertThat(text(summary.getRow(0).getCell(0)) + "," + text(summary.getRow(0).getCell(2)))
                    .isEqualTo("source,mean_compound");
            assertThat(summary.getRow(1).getCell(0).getStringCellValue()).isEqualTo("r.csv");
            assertThat(summary.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(3);
            assertThat(summary.getRow(1).getCell(2).getNumericCellValue()).isCloseTo((0.4215 + 0.2023 - 0.4767) / 3, org.assertj.core.api.Assertions.within(1e-9));
            assertThat(summary.getRow(2).getCell(3)).isNull(); // one unit: no interval
        }
    }

    @Test
    void xlsxNeedsAnOutputFile() {
        Result result = SentigridProcess.run(dir, "Nice.", "analyze", "--format", "xlsx", "-");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("--format xlsx needs --output FILE");
    }

    /** A cell as the csv writes it: numbers with the decimals of their column. */
    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() != CellType.NUMERIC) {
            return cell.getStringCellValue();
        }
        double value = cell.getNumericCellValue();
        int column = cell.getColumnIndex();
        return column >= 3 && column <= 5 ? String.format(java.util.Locale.ROOT, "%.3f", value)
                : column == 6 ? String.format(java.util.Locale.ROOT, "%.4f", value) : Long.toString((long) value);
    }
}
