package org.sentigrid.text;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jsoup.nodes.Element;

/**
 * The rows of one sheet of a spreadsheet (.xlsx and .xls with POI, .ods from its content.xml), each as
 * text cells: text as it is, numbers in their shortest decimal form ("3", "0.25"), dates as ISO 8601
 * ("2024-03-01", or with the time when it has one), true/false, and null for an empty cell. A formula
 * gives the value it was last saved with. Blank rows are left out.
 */
final class Spreadsheets {
    private Spreadsheets() {
    }

    /** Receives a sheet's rows in order; returns false to stop reading. */
    interface Rows {
        /** @param number the row's number in the sheet, from 1, as a spreadsheet program shows it */
        boolean row(long number, List<String> cells) throws IOException, InputProblem;
    }

    /** @param sheet the sheet's name, or null for the first */
    static void read(Path file, String name, String extension, String sheet, Rows rows) throws InputProblem {
        guarded(file, name, extension, () -> {
            if (extension.equals("ods")) {
                ods(file, name, sheet, rows);
            } else {
                excel(file, name, sheet, rows);
            }
        });
    }

    /** The names of the workbook's sheets, in order. */
    static List<String> sheets(Path file, String name, String extension) throws InputProblem {
        List<String> names = new ArrayList<>();
        guarded(file, name, extension, () -> {
            if (extension.equals("ods")) {
                odsTables(file, name).forEach(table -> names.add(table.attr("table:name")));
            } else {
                try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
                    workbook.forEach(sheet -> names.add(sheet.getSheetName()));
                }
            }
        });
        return names;
    }

    private interface Work {
        void run() throws IOException, InputProblem;
    }

    /** Runs {@code work} on the file, its failures said in one sentence that names the file. */
    private static void guarded(Path file, String name, String extension, Work work) throws InputProblem {
        String kind = extension.equals("ods") ? "an OpenDocument spreadsheet (.ods)" : "an Excel workbook (." + extension + ")";
        try {
            if (Files.size(file) == 0) {
                throw new InputProblem(name + " is empty (0 bytes), so it is no " + kind + "; check that it was saved completely.");
            }
            work.run();
        } catch (EncryptedDocumentException e) {
            throw Documents.encrypted(name, e);
        } catch (ZipException e) {
            throw new InputProblem(name + " is damaged (" + Documents.reason(e) + "), so it cannot be read as " + kind
                    + "; check that it was copied or saved completely.", e);
        } catch (IOException | RuntimeException e) { // the libraries' ways of saying a file is not what they read
            throw new InputProblem(name + " could not be read as " + kind + " (" + Documents.reason(e)
                    + "); check that it is one and that it is whole.", e);
        }
    }

    private static void excel(Path file, String name, String sheetName, Rows rows) throws IOException, InputProblem {
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            Sheet sheet = sheetName == null ? (names.isEmpty() ? null : workbook.getSheetAt(0)) : workbook.getSheet(sheetName);
            if (sheet == null) {
                throw noSheet(name, sheetName, names);
            }
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
                    cells.add(text(row.getCell(i)));
                }
                if (!blank(cells) && !rows.row(row.getRowNum() + 1L, cells)) {
                    return;
                }
            }
        }
    }

    private static InputProblem noSheet(String name, String sheet, List<String> names) {
        if (names.isEmpty()) {
            return new InputProblem(name + " has no sheets.");
        }
        return new InputProblem(name + " has no sheet \"" + sheet + "\"; pass --sheet with one of its sheets: \""
                + String.join("\", \"", names) + "\".");
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue().isEmpty() ? null : cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? date(cell.getLocalDateTimeCellValue()) : number(cell.getNumericCellValue());
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> null; // blank, or an error value
        };
    }

    /** A number in its shortest decimal form, without exponent or trailing zeros. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String date(LocalDateTime value) {
        return value.toLocalTime().equals(LocalTime.MIDNIGHT) ? value.toLocalDate().toString() : value.toString();
    }

    private static boolean blank(List<String> cells) {
        return cells.stream().allMatch(cell -> cell == null || cell.isBlank());
    }

    /** OpenDocument: the sheet is a table:table of table:table-rows; repeated rows and cells are written once with a count. */
    private static void ods(Path file, String name, String sheetName, Rows rows) throws IOException, InputProblem {
        List<Element> tables = odsTables(file, name);
        Element table = tables.stream().filter(t -> sheetName == null || t.attr("table:name").equals(sheetName)).findFirst().orElse(null);
        if (table == null) {
            throw noSheet(name, sheetName, tables.stream().map(t -> t.attr("table:name")).toList());
        }
        long number = 0;
        for (Element row : table.select("table|table-row")) {
            long repeated = count(row.attr("table:number-rows-repeated"));
            List<String> cells = odsCells(row);
            if (blank(cells)) {
                number += repeated;
                continue;
            }
            for (long i = 0; i < repeated; i++) {
                if (!rows.row(++number, cells)) {
                    return;
                }
            }
        }
    }

    /** The sheets of an OpenDocument spreadsheet: its content.xml's tables. */
    private static List<Element> odsTables(Path file, String name) throws IOException, InputProblem {
        org.jsoup.nodes.Document content;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (OdfEncryption.isEncrypted(zip)) {
                throw Documents.encrypted(name, null);
            }
            content = ZipEntries.xml(zip, "content.xml");
        }
        if (content == null) {
            throw new InputProblem(name + " is a zip archive but not an OpenDocument spreadsheet (it has no content.xml); check the file.");
        }
        return content.select("table|table");
    }

    /** A row's cells; empty cells at its end (often repeated a thousand times) are left out. */
    private static List<String> odsCells(Element row) {
        List<String> cells = new ArrayList<>();
        long emptyRun = 0;
        for (Element cell : row.children()) {
            if (!cell.nameIs("table:table-cell") && !cell.nameIs("table:covered-table-cell")) {
                continue;
            }
            long repeated = count(cell.attr("table:number-columns-repeated"));
            String value = odsValue(cell);
            if (value == null) {
                emptyRun += repeated;
                continue;
            }
            for (; emptyRun > 0; emptyRun--) {
                cells.add(null);
            }
            for (long i = 0; i < Math.min(repeated, 1024); i++) {
                cells.add(value);
            }
        }
        return cells;
    }

    private static String odsValue(Element cell) {
        String value = switch (cell.attr("office:value-type")) {
            case "float", "percentage", "currency" -> number(Double.parseDouble(cell.attr("office:value")));
            case "date" -> cell.attr("office:date-value");
            case "time" -> cell.attr("office:time-value");
            case "boolean" -> cell.attr("office:boolean-value");
            default -> String.join("\n", cell.select("text|p").eachText());
        };
        return value.isEmpty() ? null : value;
    }

    private static long count(String repeated) {
        try {
            return repeated.isEmpty() ? 1 : Math.max(1, Long.parseLong(repeated));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
