package org.sentigrid.text;

import java.util.List;

/**
 * The front door of text input, shared by the command line and the desktop app: which sources the
 * user's arguments name, and the units of each source, streamed in bounded memory.
 */
public final class TextInput {
    private TextInput() {
    }

    /**
     * The sources named by command-line style arguments, in order: {@code -} is standard input, a
     * directory stands for the text files inside it (recursively, sorted by path), anything else is a
     * file. A path that does not exist still yields a source; reading it reports the problem.
     */
    public static List<Source> expand(List<String> arguments) {
        throw new UnsupportedOperationException("TODO");
    }

    /**
     * Reads one source and hands its units to the sink in order. Plain text of any extension, CSV/TSV
     * (by extension .csv/.tsv, needs {@code options.column()}) and JSON Lines (.jsonl/.ndjson, needs
     * {@code options.field()}).
     *
     * @throws InputProblem when the source cannot be read; units already handed over stay valid
     */
    public static void read(Source source, InputOptions options, UnitSink sink) throws InputProblem {
        throw new UnsupportedOperationException("TODO");
    }
}
