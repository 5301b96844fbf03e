package org.sentigrid.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.swing.text.BadLocationException;
import javax.swing.text.DefaultStyledDocument;
import javax.swing.text.rtf.RTFEditorKit;

/** A Rich Text Format file's text (the JDK's RTF reader): each paragraph and line break a paragraph. No metadata. */
final class RtfText {
    private RtfText() {
    }

    static Document read(Path file, String name) throws IOException, InputProblem {
        DefaultStyledDocument styled = new DefaultStyledDocument();
        try (InputStream in = Files.newInputStream(file)) {
            if (!new String(in.readNBytes(5), java.nio.charset.StandardCharsets.ISO_8859_1).equals("{\\rtf")) {
                throw new InputProblem(name + " is not an RTF file (it does not begin with {\\rtf); check that it was saved as Rich Text.");
            }
        }
        try (InputStream in = Files.newInputStream(file)) {
            new RTFEditorKit().read(in, styled, 0);
            Paragraphs paragraphs = new Paragraphs();
            for (String paragraph : styled.getText(0, styled.getLength()).split("\n")) {
                paragraphs.add(paragraph);
            }
            return new Document(paragraphs.text(), null, null, null);
        } catch (BadLocationException e) {
            throw new IllegalStateException("the whole of a document is always in it", e);
        }
    }
}
