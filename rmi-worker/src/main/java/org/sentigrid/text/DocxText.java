package org.sentigrid.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** A Word document's (.docx) text (POI): its paragraphs in order, and those of its tables' cells. */
final class DocxText {
    private DocxText() {
    }

    static Document read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); XWPFDocument docx = new XWPFDocument(in)) {
            Paragraphs paragraphs = new Paragraphs();
            body(docx.getBodyElements(), paragraphs);
            POIXMLProperties.CoreProperties core = docx.getProperties().getCoreProperties();
            return new Document(paragraphs.text(), Document.value(core.getTitle()), Document.value(core.getCreator()),
                    iso(core.getCreated()));
        }
    }

    private static void body(List<IBodyElement> elements, Paragraphs paragraphs) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                paragraphs.add(paragraph.getText());
            } else if (element instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        body(cell.getBodyElements(), paragraphs);
                    }
                }
            }
        }
    }

    private static String iso(Date date) {
        return date == null ? null : date.toInstant().toString();
    }
}
