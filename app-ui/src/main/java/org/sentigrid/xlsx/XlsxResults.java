package org.sentigrid.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.sentigrid.format.Bytes;
import org.sentigrid.format.Decimals;
import org.sentigrid.format.KeptOutput;
import org.sentigrid.format.RowFormat;
import org.sentigrid.format.ScoredUnit;
import org.sentigrid.summary.SummaryCsv;
import org.sentigrid.summary.Tally;
import org.sentigrid.text.TextUnit;

/**
 * Results as an Excel workbook (.xlsx): a sheet "Results" with analyze's columns (numbers as numbers; the
 * record empty for plain text), then the kept columns as text; and a sheet "Summary" with a row per source:
 * units, mean compound with its 95% interval, and the share of each label. Rows are streamed to a temporary
 * file as they come (POI's SXSSF), so memory stays bounded.
 */
public final class XlsxResults implements AutoCloseable {
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(256);
    private final Sheet results = workbook.createSheet("Results");
    private final Tally bySource = new Tally();
    private int next;

    public XlsxResults(KeptOutput kept) {
        List<String> header = new ArrayList<>(RowFormat.columns(false));
        header.addAll(kept.headers());
        text(results.createRow(next++), header);
    }

    public void add(ScoredUnit scored) {
        TextUnit unit = scored.unit();
        Row row = results.createRow(next++);
        row.createCell(0).setCellValue(unit.source());
        row.createCell(1).setCellValue(unit.unit());
        row.createCell(2).setCellValue(unit.text());
        row.createCell(3).setCellValue(rounded(scored.scores().neg(), Decimals.PROPORTION_SCALE));
        row.createCell(4).setCellValue(rounded(scored.scores().neu(), Decimals.PROPORTION_SCALE));
        row.createCell(5).setCellValue(rounded(scored.scores().pos(), Decimals.PROPORTION_SCALE));
        row.createCell(6).setCellValue(rounded(scored.scores().compound(), Decimals.COMPOUND_SCALE));
        row.createCell(7).setCellValue(scored.label().id());
        if (unit.record() > 0) {
            row.createCell(8).setCellValue(unit.record());
        }
        row.createCell(9).setCellValue(unit.start());
        row.createCell(10).setCellValue(unit.end());
        for (int i = 0; i < unit.kept().size(); i++) {
            if (unit.kept(i) != null) {
                row.createCell(11 + i).setCellValue(unit.kept(i));
            }
        }
        bySource.add(unit.source(), null, scored.scores().compound(), scored.label());
    }

    /** The value as the text formats write it (rounded as VADER rounds), as a number. */
    private static double rounded(double value, int scale) {
        Bytes digits = new Bytes();
        Decimals.fixed(digits, value, scale);
        return Double.parseDouble(new String(digits.toByteArray(), StandardCharsets.US_ASCII));
    }

    /** Adds the summary sheet and writes the workbook. */
    public void write(OutputStream out) throws IOException {
        Sheet summary = workbook.createSheet("Summary");
        List<String> header = new ArrayList<>(SummaryCsv.HEADER);
        header.remove("period");
        header.set(0, "source");
        text(summary.createRow(0), header);
        int index = 1;
        for (Tally.Row source : bySource.rows()) {
            Row row = summary.createRow(index++);
            row.createCell(0).setCellValue(source.group());
            row.createCell(1).setCellValue(source.units());
            double[] numbers = {source.meanCompound(), source.ci95Low(), source.ci95High(), source.positive(),
                source.neutral(), source.negative()};
            for (int i = 0; i < numbers.length; i++) {
                if (!Double.isNaN(numbers[i])) {
                    row.createCell(2 + i).setCellValue(numbers[i]);
                }
            }
        }
        workbook.write(out);
    }

    private static void text(Row row, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(values.get(i));
        }
    }

    @Override
    public void close() throws IOException {
        workbook.close(); // and the temporary files of the streamed rows with it
    }
}
