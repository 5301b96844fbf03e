package org.sentigrid.text;

import java.io.IOException;
import java.io.Reader;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * Cuts text into units (sentences, lines or the whole text) and hands them to the sink, numbered
 * across all the texts of one source. Text is read a block (paragraph or line) at a time; a block
 * longer than {@link #CHUNK} is cut at its last sentence end and the rest is carried over, so memory
 * stays bounded by the longest unit, which is capped at {@link #MAX_UNIT} chars.
 */
final class UnitReader {
    static final int CHUNK = 1 << 20;
    static final int MAX_UNIT = 1 << 24;
    static final String MAX_UNIT_TEXT = String.format(Locale.ROOT, "%,d", MAX_UNIT);

    /** ICU and the splitter's fix-ups look ahead; an end this close to the end of an unfinished block could still move. */
    static final int LOOKAHEAD = 1024;

    private final SplitMode mode;
    private final String sourceName;
    private final UnitSink sink;
    private final SentenceSplitter splitter;
    private final BitSet noEnds = new BitSet();
    private final char[] readBuffer = new char[1 << 16];
    private final StringBuilder text = new StringBuilder();
    private long count;
    /** The kept columns' values of the text being read. */
    private List<String> kept = List.of();

    /** @param sourceName what the units name as their source ({@link Source#name()}) */
    UnitReader(SplitMode mode, String sourceName, UnitSink sink) {
        this(mode, sourceName, sink, 0);
    }

    /** @param unitsBefore how many units of the source came before: the first one handed over is numbered one more */
    UnitReader(SplitMode mode, String sourceName, UnitSink sink, long unitsBefore) {
        this.count = unitsBefore;
        this.mode = mode;
        this.sourceName = sourceName;
        this.sink = sink;
        this.splitter = mode == SplitMode.SENTENCES ? new SentenceSplitter() : null;
    }

    /** The number of the last unit handed over so far (units before included). */
    long count() {
        return count;
    }

    /**
     * Reads one text (a file, or one CSV cell or JSON field) to its end.
     *
     * @param record the units' record number (0 for plain text)
     * @param where  the text as messages name it, e.g. "reviews.csv row 3"
     */
    void read(Reader in, long record, String where) throws IOException, InputProblem {
        read(in, record, where, 0);
    }

    /** Like {@link #read(Reader, long, String)}, the units carrying {@code kept} ({@link TextUnit#kept()}). */
    void read(Reader in, long record, String where, List<String> kept) throws IOException, InputProblem {
        this.kept = kept;
        try {
            read(in, record, where, 0);
        } finally {
            this.kept = List.of();
        }
    }

    /** Like {@link #read(Reader, long, String)} for text that begins {@code offset} chars into its source. */
    void read(Reader in, long record, String where, long offset) throws IOException, InputProblem {
        BlockReader blocks = new BlockReader(in, blockEnd(), readBuffer);
        text.setLength(0);
        long base = offset; // offset of text[0] in the whole text
        int limit = CHUNK;
        while (true) {
            boolean whole = blocks.read(text, limit);
            BitSet ends = splitter == null ? noEnds : splitter.split(text);
            int cut = whole ? text.length() : lastSafeEnd(ends);
            if (cut == 0 && !whole) {
                if (text.length() <= MAX_UNIT) { // no end yet: read on, twice as far, up to the cap
                    limit = (int) Math.min(MAX_UNIT + 1L, 2L * limit);
                    continue;
                }
                cut = forcedCut(where);
            }
            emit(ends, cut, base, record);
            if (whole && blocks.atEnd()) {
                return;
            }
            text.delete(0, cut);
            base += cut;
            limit = Math.min(MAX_UNIT + 1, text.length() + CHUNK);
        }
    }

    private BlockReader.End blockEnd() {
        return switch (mode) {
            case SENTENCES -> BlockReader.End.BLANK_LINE;
            case LINES -> BlockReader.End.LINE;
            case NONE -> BlockReader.End.INPUT;
        };
    }

    private int lastSafeEnd(BitSet ends) {
        int safe = text.length() - LOOKAHEAD;
        return safe < 1 ? 0 : Math.max(0, ends.previousSetBit(safe));
    }

    /** Where to cut a run longer than the cap: after its last whitespace, else hard at the cap. */
    private int forcedCut(String where) throws InputProblem {
        if (mode == SplitMode.NONE) {
            throw new InputProblem(where + " is longer than " + MAX_UNIT_TEXT
                    + " characters, too long to score as one unit; use --split sentences or --split lines.");
        }
        int cut = MAX_UNIT;
        while (cut > 1 && !Whitespace.is(text.charAt(cut - 1))) {
            cut--;
        }
        if (cut == 1) {
            cut = Character.isHighSurrogate(text.charAt(MAX_UNIT - 1)) ? MAX_UNIT - 1 : MAX_UNIT;
        }
        sink.warning(where + " has a " + (mode == SplitMode.LINES ? "line" : "sentence") + " longer than "
                + MAX_UNIT_TEXT + " characters; it was cut into pieces, starting with unit " + (count + 1) + ".");
        return cut;
    }

    /** Emits the units in text[0, cut): one per span between consecutive ends. */
    private void emit(BitSet ends, int cut, long base, long record) {
        int from = 0;
        for (int end = ends.nextSetBit(0); end >= 0 && end < cut; end = ends.nextSetBit(end + 1)) {
            emitTrimmed(from, end, base, record);
            from = end;
        }
        emitTrimmed(from, cut, base, record);
    }

    private void emitTrimmed(int from, int to, long base, long record) {
        int start = from;
        int end = to;
        while (start < end && Whitespace.is(text.charAt(start))) {
            start++;
        }
        while (end > start && Whitespace.is(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            count++;
            sink.unit(new TextUnit(sourceName, count, text.substring(start, end), record, base + start, base + end, kept));
        }
    }
}
