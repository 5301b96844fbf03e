package org.sentigrid.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Tab-separated values with a header row; records end with LF. Tab, newline, carriage return and
 * backslash inside a field are written as {@code \t}, {@code \n}, {@code \r} and {@code \\}.
 */
final class TsvResultWriter implements ResultWriter {
    private final Writer out;
    private final boolean explain;

    TsvResultWriter(Writer out, boolean explain) throws IOException {
        this.out = out;
        this.explain = explain;
        writeRecord(Columns.header(explain));
    }

    @Override
    public void write(ScoredUnit result) throws IOException {
        writeRecord(Columns.cells(result, explain));
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    static String escape(String field) {
        return field.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private void writeRecord(List<String> fields) throws IOException {
        out.write(String.join("\t", fields.stream().map(TsvResultWriter::escape).toList()));
        out.write('\n');
    }
}
