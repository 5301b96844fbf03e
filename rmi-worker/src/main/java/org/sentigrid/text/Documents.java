package org.sentigrid.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Documents read as text: .docx, .odt, .rtf, .pdf, .html/.htm and .epub, each by what its extension says.
 * A document that cannot be read (empty, encrypted, damaged, not what its name says, a PDF without a text
 * layer) is one plain sentence.
 */
final class Documents {
    private Documents() {
    }

    static Document read(Path file, String name, String extension) throws InputProblem {
        String kind = kind(extension);
        try {
            if (Files.size(file) == 0) {
                throw new InputProblem(name + " is empty (0 bytes), so it is no " + kind + "; check that it was saved completely.");
            }
            Document document = switch (extension) {
                case "pdf" -> PdfText.read(file, name);
                case "docx" -> {
                    requireOfficeXml(file, name, kind);
                    yield DocxText.read(file);
                }
                case "rtf" -> RtfText.read(file, name);
                case "html", "htm" -> HtmlText.read(file);
                default -> zipped(file, name, kind, extension);
            };
            if (document.text().isEmpty()) {
                throw new InputProblem(name + " has no text in it.");
            }
            return document;
        } catch (EncryptedDocumentException e) {
            throw encrypted(name, e);
        } catch (ZipException e) {
            throw new InputProblem(name + " is damaged (" + reason(e) + "), so it cannot be read as " + kind
                    + "; check that it was copied or saved completely.", e);
        } catch (IOException | RuntimeException e) { // the libraries' ways of saying a file is not what they read
            throw new InputProblem(name + " could not be read as " + kind + " (" + reason(e)
                    + "); check that it is one and that it is whole.", e);
        }
    }

    /** What the user calls a document of this extension. */
    static String kind(String extension) {
        return switch (extension) {
            case "pdf" -> "a PDF";
            case "docx" -> "a Word document (.docx)";
            case "odt" -> "an OpenDocument text (.odt)";
            case "rtf" -> "an RTF document";
            case "epub" -> "an EPUB book";
            default -> "an HTML page";
        };
    }

    /** A .docx is a zip of Office XML; one saved with a password is an OLE2 file with the zip encrypted inside. */
    private static void requireOfficeXml(Path file, String name, String kind) throws IOException, InputProblem {
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        }
        if (magic == FileMagic.OOXML) {
            return;
        }
        if (magic == FileMagic.OLE2) {
            try (POIFSFileSystem ole = new POIFSFileSystem(file.toFile(), true)) {
                if (ole.getRoot().hasEntry("EncryptedPackage")) {
                    throw encrypted(name, null);
                }
            }
            throw new InputProblem(name + " is an older Office file (.doc or another), not " + kind
                    + " as its name says; open it in Word or LibreOffice and save it as .docx.");
        }
        throw new InputProblem(name + " is not " + kind + " though its name says so (it is "
                + magic.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " content, not a zip of Office XML); "
                + "check the file, or give it the extension of what it is.");
    }

    private static Document zipped(Path file, String name, String kind, String extension) throws IOException, InputProblem {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (OdfEncryption.isEncrypted(zip)) {
                throw encrypted(name, null);
            }
            Document document = extension.equals("odt") ? OdfText.read(zip) : EpubText.read(zip);
            if (document == null) {
                throw new InputProblem(name + " is a zip archive but not " + kind + " (it lacks the parts one has); check the file.");
            }
            return document;
        }
    }

    static InputProblem encrypted(String name, Exception cause) {
        return new InputProblem(name + " is encrypted (it needs a password to open); save it without a password and try again.", cause);
    }

    /** An exception's message as a short clause: its first line, cut to 120 chars. */
    static String reason(Exception e) {
        String message = e.getMessage() == null ? "its structure is not as expected"
                : e.getMessage().strip().replaceFirst("^([\\w.$]+(Exception|Error):\\s*)+", "");
        int line = message.indexOf('\n');
        message = line < 0 ? message : message.substring(0, line);
        return message.length() > 120 ? message.substring(0, 117) + "..." : message;
    }
}
