package org.sentigrid.text;

import java.io.IOException;
import java.io.Reader;

/**
 * The start of a file's text, decoded as {@code analyze} decodes it, for a person to look at. Reading stops
 * after the lines shown (and at {@value #MAX_CHARS} characters, for a file of one long line), so a huge file
 * shows at once.
 *
 * @param text the first lines, each with its line end
 * @param more whether the file goes on after them
 */
public record TextPreview(String text, boolean more) {
    static final int MAX_CHARS = 64 * 1024;

    /** The first {@code maxLines} lines of a file (fewer when they are longer than {@value #MAX_CHARS} characters together). */
    public static TextPreview of(Source source, int maxLines) throws InputProblem {
        TextInput.check(source);
        char[] buffer = new char[MAX_CHARS];
        int read = 0;
        boolean more;
        try (Reader in = CharsetSniffer.sniff(source.path(), source.name()).open(source.path())) {
            for (int n; read < buffer.length && (n = in.read(buffer, read, buffer.length - read)) >= 0; ) {
                read += n;
            }
            more = read == buffer.length && in.read() >= 0;
        } catch (IOException e) {
            throw InputFiles.problem(source.name(), e);
        }
        int end = 0;
        for (int line = 0; line < maxLines && end < read; line++) {
            int lineEnd = indexOf(buffer, '\n', end, read);
            end = lineEnd < 0 ? read : lineEnd + 1;
        }
        return new TextPreview(new String(buffer, 0, end), more || end < read);
    }

    private static int indexOf(char[] chars, char wanted, int from, int to) {
        for (int i = from; i < to; i++) {
            if (chars[i] == wanted) {
                return i;
            }
        }
        return -1;
    }
}
