package org.sentigrid.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Test helper: real documents and spreadsheets, written with the libraries that read them (or by hand, as zips). */
public final class TestFiles {
    private TestFiles() {
    }

    /** A .docx with these paragraphs; "\n" inside one is a soft line break. */
    public static Path docx(Path file, String title, String author, String... paragraphs) {
        try (XWPFDocument docx = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String paragraph : paragraphs) {
                XWPFRun run = docx.createParagraph().createRun();
                String[] lines = paragraph.split("\n");
                for (int i = 0; i < lines.length; i++) {
                    if (i > 0) {
                        run.addBreak();
                    }
                    run.setText(lines[i], i);
                }
            }
            docx.getProperties().getCoreProperties().setTitle(title);
            docx.getProperties().getCoreProperties().setCreator(author);
            docx.getProperties().getCoreProperties().setCreated(java.util.Optional.of(new java.util.Date(1709287200000L)));
            docx.write(out);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A PDF of one page: each paragraph's lines as laid out (a list per paragraph), a gap between
     * paragraphs, as a word processor sets them.
     */
    public static Path pdf(Path file, String title, List<List<String>> paragraphs) {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.setLeading(14);
                content.newLineAtOffset(72, 700);
                for (List<String> lines : paragraphs) {
                    for (String line : lines) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.newLineAtOffset(0, -28);
                }
                content.endText();
            }
            pdf.getDocumentInformation().setTitle(title);
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            created.setTimeInMillis(1709287200000L);
            pdf.getDocumentInformation().setCreationDate(created);
            pdf.save(file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF whose one page is an image only, as a scanner makes it. */
    public static Path scannedPdf(Path file) {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            image.getGraphics().drawString("Scanned words", 10, 50);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.drawImage(LosslessFactory.createFromImage(pdf, image), 72, 500);
            }
            pdf.save(file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF that needs a password to open. */
    public static Path encryptedPdf(Path file) {
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            pdf.save(file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A .docx saved with a password: its zip encrypted inside an OLE2 file, as Word does it. */
    public static Path encryptedDocx(Path file) {
        try {
            byte[] plain = Files.readAllBytes(docx(Files.createTempFile("plain", ".docx"), "t", "a", "Secret words."));
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (POIFSFileSystem ole = new POIFSFileSystem()) {
                try (OutputStream out = encryptor.getDataStream(ole)) {
                    out.write(plain);
                }
                try (OutputStream out = Files.newOutputStream(file)) {
                    ole.writeFilesystem(out);
                }
            }
            return file;
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A zip with these entries (name to UTF-8 content), in order. */
    public static Path zip(Path file, Map<String, String> entries) {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An .odt as LibreOffice writes one (the parts that matter): paragraphs as given (XML inside office:text). */
    public static Path odt(Path file, String title, String creator, String bodyXml) {
        return zip(file, new java.util.LinkedHashMap<>(Map.of(
                "mimetype", "application/vnd.oasis.opendocument.text",
                "content.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
                        + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                        + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
                        + bodyXml + "</office:text></office:body></office:document-content>",
                "meta.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-meta"
                        + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                        + " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
                        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><office:meta><dc:title>" + title
                        + "</dc:title><meta:initial-creator>" + creator + "</meta:initial-creator>"
                        + "<meta:creation-date>2024-03-01T10:00:00</meta:creation-date></office:meta></office:document-meta>")));
    }

    /** An .ods whose first sheet (and a second, "Other") holds these rows: "" an empty cell. */
    public static Path ods(Path file, List<List<String>> rows) {
        StringBuilder table = new StringBuilder("<table:table table:name=\"Answers\">");
        for (List<String> row : rows) {
            table.append("<table:table-row>");
            for (String cell : row) {
                if (cell.isEmpty()) {
                    table.append("<table:table-cell/>");
                } else if (cell.matches("-?\\d+(\\.\\d+)?")) {
                    table.append("<table:table-cell office:value-type=\"float\" office:value=\"").append(cell)
                            .append("\"><text:p>").append(cell).append("</text:p></table:table-cell>");
                } else {
                    table.append("<table:table-cell office:value-type=\"string\"><text:p>").append(cell)
                            .append("</text:p></table:table-cell>");
                }
            }
            table.append("<table:table-cell table:number-columns-repeated=\"1020\"/></table:table-row>");
        }
        table.append("<table:table-row table:number-rows-repeated=\"1048000\"><table:table-cell/></table:table-row></table:table>");
        table.append("<table:table table:name=\"Other\"><table:table-row><table:table-cell office:value-type=\"string\">"
                + "<text:p>words</text:p></table:table-cell></table:table-row></table:table>");
        return zip(file, new java.util.LinkedHashMap<>(Map.of(
                "mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                "content.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
                        + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                        + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
                        + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:spreadsheet>"
                        + table + "</office:spreadsheet></office:body></office:document-content>")));
    }

    /** An .xlsx or .xls (by the file's extension) with a first sheet of these rows (and a second, "Other"): numbers as numbers, "" an empty cell. */
    public static Path workbook(Path file, String sheetName, List<List<Object>> rows) {
        try (Workbook workbook = file.toString().endsWith(".xls") ? new HSSFWorkbook() : new XSSFWorkbook();
             OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet(sheetName);
            workbook.createSheet("Other").createRow(0).createCell(0).setCellValue("not this sheet");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (!"".equals(value)) {
                        row.createCell(c).setCellValue((String) value);
                    }
                }
            }
            workbook.write(out);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first {@code bytes} bytes of a file, as a broken copy leaves it. */
    public static Path truncated(Path from, Path file, int bytes) {
        try {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            head.write(Files.readAllBytes(from), 0, bytes);
            return Files.write(file, head.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
