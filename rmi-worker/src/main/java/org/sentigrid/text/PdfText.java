package org.sentigrid.text;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Calendar;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF's text layer (PDFBox), paragraph by paragraph as PDFBox finds them (a gap or an indent starts one;
 * so does a page). Within a paragraph the lines are joined: with a space, or, after a hyphen (or soft
 * hyphen) that splits a word at the line's end, with nothing and without the hyphen.
 */
final class PdfText {
    private static final String PARAGRAPH = "\u2029";

    private PdfText() {
    }

    static Document read(Path file, String name) throws IOException, InputProblem {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            stripper.setParagraphStart("");
            stripper.setParagraphEnd(PARAGRAPH);
            stripper.setPageStart("");
            stripper.setPageEnd(PARAGRAPH);
            String raw = stripper.getText(pdf);
            Paragraphs paragraphs = new Paragraphs();
            for (String paragraph : raw.split(PARAGRAPH)) {
                paragraphs.add(joinLines(paragraph));
            }
            String text = paragraphs.text();
            if (text.isEmpty()) {
                throw new InputProblem(name + " has no text layer (" + pdf.getNumberOfPages() + (pdf.getNumberOfPages() == 1 ? " page" : " pages")
                        + " of images only, as a scan is); run it through OCR to add one, then try again.");
            }
            PDDocumentInformation info = pdf.getDocumentInformation();
            return new Document(text, Document.value(info.getTitle()), Document.value(info.getAuthor()), iso(info.getCreationDate()));
        } catch (InvalidPasswordException e) {
            throw Documents.encrypted(name, e);
        }
    }

    /** One paragraph's lines as one line: hyphenation at line ends undone, other line ends a space. */
    static String joinLines(String paragraph) {
        String[] lines = paragraph.strip().split("\n");
        StringBuilder joined = new StringBuilder(paragraph.length());
        for (String line : lines) {
            String part = line.strip();
            if (part.isEmpty()) {
                continue;
            }
            int end = joined.length();
            if (end >= 2 && isHyphen(joined.charAt(end - 1)) && Character.isLetter(joined.charAt(end - 2))
                    && Character.isLowerCase(part.codePointAt(0))) {
                joined.setLength(end - 1);
            } else if (end > 0) {
                joined.append(' ');
            }
            joined.append(part);
        }
        return joined.toString();
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u00AD' || c == '\u2010';
    }

    private static String iso(Calendar date) {
        return date == null ? null : date.toInstant().toString();
    }
}
