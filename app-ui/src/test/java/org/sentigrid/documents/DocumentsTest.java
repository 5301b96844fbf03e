package org.sentigrid.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sentigrid.text.InputOptions;
import org.sentigrid.text.InputProblem;
import org.sentigrid.text.Source;
import org.sentigrid.text.SplitMode;
import org.sentigrid.text.TextInput;
import org.sentigrid.text.TextUnit;
import org.sentigrid.text.UnitSink;

/** Documents read as text: paragraphs as hard breaks, a PDF's lines joined, offsets into the text, metadata kept. */
class DocumentsTest {
    private static final InputOptions META = new InputOptions(SplitMode.SENTENCES, null, null, null, List.of("title", "author", "created"));

    @TempDir
    Path dir;

    private static List<TextUnit> read(Path file, InputOptions options) throws InputProblem {
        List<TextUnit> units = new ArrayList<>();
        TextInput.read(new Source(file.getFileName().toString(), file), options, new UnitSink() {
            @Override
            public void unit(TextUnit unit) {
                units.add(unit);
            }

            @Override
            public void warning(String message) {
                throw new AssertionError(message);
            }
        });
        return units;
    }

    private static List<String> texts(List<TextUnit> units) {
        return units.stream().map(TextUnit::text).toList();
    }

    @Test
    void aWordDocumentsParagraphsAreHardBreaksAndItsMetadataIsKept() throws InputProblem {
        Path docx = TestFiles.docx(dir.resolve("memo.docx"), "Memo", "Ann Lee",
                "The results were good", "and the team was happy.\nVery happy.");

        List<TextUnit> units = read(docx, META);

        // Without the paragraph break "good and the team" would be one sentence.
        assertThat(texts(units)).containsExactly("The results were good", "and the team was happy.", "Very happy.");
        String extracted = "The results were good\n\nand the team was happy.\nVery happy.";
        assertThat(units).allSatisfy(unit -> assertThat(extracted.substring((int) unit.start(), (int) unit.end())).isEqualTo(unit.text()));
        assertThat(units.get(0).kept()).containsExactly("Memo", "Ann Lee", "2024-03-01T10:00:00Z");
    }

    @Test
    void aPdfsLinesAreJoinedAndItsLineEndHyphenationUndone() throws InputProblem {
        Path pdf = TestFiles.pdf(dir.resolve("paper.pdf"), "A Paper", List.of(
                List.of("The service was won-", "derful and the staff", "kind"),
                List.of("A second paragraph, well-", "Known words stay.")));

        List<TextUnit> units = read(pdf, META);

        assertThat(texts(units)).containsExactly("The service was wonderful and the staff kind",
                "A second paragraph, well- Known words stay.");
        assertThat(units.get(1).start()).isEqualTo("The service was wonderful and the staff kind\n\n".length());
        assertThat(units.get(0).kept()).containsExactly("A Paper", null, "2024-03-01T10:00:00Z");
    }

    @Test
    void htmlBlocksAreParagraphsAndItsScriptsAreLeftOut() throws IOException, InputProblem {
        Path html = Files.writeString(dir.resolve("page.html"), "<html><head><title>Reviews</title>"
                + "<meta name=author content='Bo'><script>var bad = 'awful';</script></head><body>"
                + "<h1>Best pizza</h1><p>Crisp   crust,\n fresh basil</p><ul><li>great</li><li>cheap</li></ul></body></html>");

        List<TextUnit> units = read(html, META);

        assertThat(texts(units)).containsExactly("Best pizza", "Crisp crust, fresh basil", "great", "cheap");
        assertThat(units.get(0).kept()).containsExactly("Reviews", "Bo", null);
    }

    @Test
    void anOdtsParagraphsSpacesAndLineBreaksAreRead() throws InputProblem {
        Path odt = TestFiles.odt(dir.resolve("notes.odt"), "Notes", "Cy",
                "<text:h>Title line</text:h><text:p>One<text:s text:c=\"2\"/>two<text:line-break/>three</text:p>"
                        + "<text:p>Fine.<office:annotation><text:p>a comment</text:p></office:annotation></text:p>");

        List<TextUnit> units = read(odt, new InputOptions(SplitMode.LINES, null, null, null, List.of("title", "author", "created")));

        assertThat(texts(units)).containsExactly("Title line", "One  two", "three", "Fine.");
        assertThat(units.get(0).kept()).containsExactly("Notes", "Cy", "2024-03-01T10:00:00");
    }

    @Test
    void anEpubsChaptersAreReadInSpineOrder() throws InputProblem {
        Path epub = TestFiles.zip(dir.resolve("book.epub"), new java.util.LinkedHashMap<>(Map.of(
                "mimetype", "application/epub+zip",
                "META-INF/container.xml", "<container><rootfiles><rootfile full-path=\"OEBPS/book.opf\"/></rootfiles></container>",
                "OEBPS/book.opf", "<package xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><metadata><dc:title>Tales</dc:title>"
                        + "<dc:creator>Di</dc:creator><dc:date>2020-05-01</dc:date></metadata><manifest>"
                        + "<item id=\"c1\" href=\"text/one.xhtml\"/><item id=\"c2\" href=\"text/two.xhtml\"/></manifest>"
                        + "<spine><itemref idref=\"c2\"/><itemref idref=\"c1\"/></spine></package>",
                "OEBPS/text/one.xhtml", "<html><body><p>Chapter one is sad.</p></body></html>",
                "OEBPS/text/two.xhtml", "<html><body><p>Chapter two is happy</p></body></html>")));

        List<TextUnit> units = read(epub, META);

        assertThat(texts(units)).containsExactly("Chapter two is happy", "Chapter one is sad.");
        assertThat(units.get(0).kept()).containsExactly("Tales", "Di", "2020-05-01");
    }

    @Test
    void rtfParagraphsAndUnicodeAreRead() throws IOException, InputProblem {
        Path rtf = Files.writeString(dir.resolve("letter.rtf"), "{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0 Times;}}\\f0 "
                + "Caf\\'e9 was great\\par \\u8220?Truly\\u8221? bad service.\\par}");

        assertThat(texts(read(rtf, META))).containsExactly("Café was great", "“Truly” bad service.");
    }

    @Test
    void eachBadDocumentIsOnePlainSentence() throws IOException {
        Path good = TestFiles.docx(dir.resolve("good.docx"), "t", "a", "Fine words here.", "More words.");
        Map<Path, String> bad = Map.of(
                TestFiles.scannedPdf(dir.resolve("scan.pdf")),
                "scan.pdf has no text layer (1 page of images only, as a scan is); run it through OCR to add one, then try again.",
                TestFiles.encryptedPdf(dir.resolve("locked.pdf")),
                "locked.pdf is encrypted (it needs a password to open); save it without a password and try again.",
                TestFiles.encryptedDocx(dir.resolve("locked.docx")),
                "locked.docx is encrypted (it needs a password to open); save it without a password and try again.",
                TestFiles.truncated(good, dir.resolve("cut.docx"), 700),
                "cut.docx could not be read as a Word document (.docx)",
                Files.write(dir.resolve("empty.pdf"), new byte[0]),
                "empty.pdf is empty (0 bytes), so it is no a PDF; check that it was saved completely.",
                Files.writeString(dir.resolve("fake.docx"), "just some text, renamed"),
                "fake.docx is not a Word document (.docx) though its name says so (it is unknown content, not a zip of Office XML);"
                        + " check the file, or give it the extension of what it is.");
        for (Map.Entry<Path, String> file : bad.entrySet()) {
            assertThatThrownBy(() -> read(file.getKey(), META)).as(file.getKey().toString())
                    .isInstanceOf(InputProblem.class)
                    .message().startsWith(file.getValue()).doesNotContain("\n").doesNotContain("Exception");
        }
    }
}
