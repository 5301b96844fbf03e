package org.sentigrid.format;

import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import org.sentigrid.api.grid.RegionResult;
import org.sentigrid.text.TextUnit;

/**
 * Writes results in one {@link RowFormat}: its header (where it has one) when created, then one record
 * per unit, as head + unit number + tail. Records come scored here ({@link #write}) or already formatted
 * by a worker ({@link #writeFormatted}). {@link #flush} at the end; closing the stream is the caller's.
 */
public final class ResultWriter implements Flushable {
    private final OutputStream out;
    private final RowFormat format;
    private final byte[] textPrefix;
    private final KeptOutput kept;
    /** One record, or all of a region's: written out in one piece. */
    private final Bytes record = new Bytes();
    /** The last source's head: consecutive units mostly share their source. */
    private String source;
    private byte[] head;

    /** {@code out} should be buffered: records are written in small pieces. */
    public ResultWriter(OutputStream out, RowFormat format, boolean explain) throws IOException {
        this(out, format, explain, KeptOutput.NONE);
    }

    /**
     * With kept columns after the standard ones. Records a worker formatted ({@link #writeFormatted}) have
     * none, so with kept columns every unit must come through {@link #write} or {@link #appendTail}.
     */
    public ResultWriter(OutputStream out, RowFormat format, boolean explain, KeptOutput kept) throws IOException {
        this(out, format, kept);
        out.write(format.header(explain, kept));
    }

    private ResultWriter(OutputStream out, RowFormat format, KeptOutput kept) {
        this.out = out;
        this.format = format;
        this.textPrefix = format.verbatimPrefix();
        this.kept = kept;
    }

    /** Writes records only, to follow those of another writer, which wrote the header: one output in several files. */
    public static ResultWriter continuing(OutputStream out, RowFormat format) {
        return new ResultWriter(out, format, KeptOutput.NONE);
    }

    public void write(ScoredUnit result) throws IOException {
        TextUnit unit = result.unit();
        record.reset();
        record.append(head(unit.source())).appendLong(unit.unit());
        appendTail(record, result);
        record.writeTo(out);
    }

    /** What {@link #write} writes after the unit's number: its text column to the end of the line. */
    public void appendTail(Bytes to, ScoredUnit result) {
        TextUnit unit = result.unit();
        format.tail(to, unit.text(), 0, unit.text().length(), result.scores(), result.label(), unit.record(),
                unit.start(), unit.end(), result.explanation(), kept, unit.kept());
    }

    /** Writes a record as {@link #write} did: {@code tail} is what {@link #appendTail} gave for it. */
    public void writeTail(String source, long unit, byte[] tail, int from, int to) throws IOException {
        record.reset();
        record.append(head(source)).appendLong(unit).append(tail, from, to);
        record.writeTo(out);
    }

    /**
     * The records of a region a worker scored: each is the head, its unit number (from
     * {@code firstUnit} on), what precedes the text, the text's bytes from the region when the worker
     * left it there, and the rest the worker formatted.
     */
    public void writeFormatted(String source, long firstUnit, byte[] region, RegionResult result) throws IOException {
        byte[] head = head(source);
        int[] ends = result.ends();
        int[] texts = result.texts();
        record.reset();
        int from = 0;
        for (int i = 0; i < ends.length; i++) {
            record.append(head).appendLong(firstUnit + i).append(textPrefix);
            if (texts[2 * i] >= 0) {
                record.append(region, texts[2 * i], texts[2 * i + 1]);
            }
            result.records(from, ends[i], record::append);
            from = ends[i];
        }
        record.writeTo(out);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    private byte[] head(String unitSource) {
        if (!unitSource.equals(source)) {
            source = unitSource;
            head = format.head(unitSource);
        }
        return head;
    }
}
