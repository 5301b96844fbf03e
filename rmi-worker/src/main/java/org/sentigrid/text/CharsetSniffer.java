package org.sentigrid.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Decides how to decode a file: a UTF-16 byte order mark wins; otherwise the file is refused if its
 * start looks binary, read as UTF-8 (BOM or not) if all its bytes are valid UTF-8, and as
 * windows-1252 if not.
 */
final class CharsetSniffer {
    private static final int SAMPLE = 8192;
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** How to read a file: skip {@code bomLength} bytes, then decode with {@code charset}. */
    record Encoding(Charset charset, int bomLength, boolean fallback) {
        Reader open(Path file) throws IOException {
            InputStream in = Files.newInputStream(file);
            try {
                in.skipNBytes(bomLength);
            } catch (IOException e) {
                in.close();
                throw e;
            }
            return reader(in);
        }

        /** Decodes bytes that follow the byte order mark. */
        Reader reader(InputStream in) {
            return CharsetSniffer.reader(in, charset);
        }
    }

    /** Decodes {@code in} with {@code charset}, replacing what does not decode. */
    static Reader reader(InputStream in, Charset charset) {
        return new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    private CharsetSniffer() {
    }

    /** @param name the file as messages name it */
    static Encoding sniff(Path file, String name) throws IOException, InputProblem {
        byte[] head = head(file);
        if (startsWith(head, 0xFF, 0xFE)) {
            return new Encoding(StandardCharsets.UTF_16LE, 2, false);
        }
        if (startsWith(head, 0xFE, 0xFF)) {
            return new Encoding(StandardCharsets.UTF_16BE, 2, false);
        }
        if (looksBinary(head)) {
            throw binary(name);
        }
        int bom = startsWith(head, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        return isUtf8(file, bom)
                ? new Encoding(StandardCharsets.UTF_8, bom, false)
                : new Encoding(WINDOWS_1252, bom, true);
    }

    static InputProblem binary(String name) {
        return new InputProblem(name + " looks like a binary file, not text; give Sentigrid plain text, CSV, TSV, JSON Lines, a spreadsheet or a document.");
    }

    /** Whether a file looks binary from its first bytes (for skipping such files in directories). */
    static boolean looksBinary(Path file) throws IOException {
        byte[] head = head(file);
        return !startsWith(head, 0xFF, 0xFE) && !startsWith(head, 0xFE, 0xFF) && looksBinary(head);
    }

    /** NUL bytes never occur in text without a UTF-16 BOM; nor do many other control bytes (more than 30%). */
    private static boolean looksBinary(byte[] head) {
        int controls = 0;
        for (byte b : head) {
            int c = b & 0xFF;
            if (c == 0) {
                return true;
            }
            boolean textControl = (c >= '\t' && c <= '\r') || c == 0x1B; // tab, line breaks, form feed, escape
            if ((c < 0x20 && !textControl) || c == 0x7F) {
                controls++;
            }
        }
        return controls * 10 > head.length * 3;
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SAMPLE);
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Checks the whole file, stopping at the first invalid byte. */
    private static boolean isUtf8(Path file, int skip) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(skip);
            return Utf8.isValid(in);
        }
    }
}
