package org.sentigrid.text;

import java.io.IOException;
import java.io.Reader;

/**
 * The start of a file's text as {@code analyze} reads it, for a person to look at: a text file decoded, a
 * document's extracted text, a spreadsheet's first rows (cells separated by tabs). Reading a text file stops
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
        return of(source, null, maxLines);
    }

    /** As {@link #of(Source, int)}; of a spreadsheet, the sheet named {@code sheet} (null: the first). */
    public static TextPreview of(Source source, String sheet, int maxLines) throws InputProblem {
        TextInput.check(source);
        switch (TextInput.format(source)) {
            case DOCUMENT -> {
                String text = Documents.read(source.path(), source.name(), TextInput.extension(source.path())).text();
                return head(text.toCharArray(), text.length(), maxLines, false);
            }
            case SPREADSHEET -> {
                TablePreview table = TablePreview.of(source, sheet, maxLines - 1); // and its header
                StringBuilder rows = new StringBuilder(String.join("\t", table.columns())).append('\n');
                table.rows().forEach(row -> rows.append(String.join("\t", row)).append('\n'));
                return head(rows.toString().toCharArray(), rows.length(), maxLines, table.rows().size() == maxLines - 1);
            }
            default -> {
                return textHead(source, maxLines);
            }
        }
    }

    private static TextPreview textHead(Source source, int maxLines) throws InputProblem {
        char[] buffer = new char[MAX_CHARS];
        int read;
        boolean more;
        try (Reader in = CharsetSniffer.sniff(source.path(), source.name()).open(source.path())) {
            read = TextInput.fill(in, buffer);
            more = read == buffer.length && in.read() >= 0;
        } catch (IOException e) {
            throw InputFiles.problem(source.name(), e);
        }
        return head(buffer, read, maxLines, more);
    }

    /** The first {@code maxLines} lines of the first {@code read} chars; more when those go on, or {@code more} says so. */
    private static TextPreview head(char[] buffer, int read, int maxLines, boolean more) {
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
