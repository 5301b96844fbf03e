package org.sentigrid.cli;

import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import org.sentigrid.format.Bytes;
import org.sentigrid.format.RowFormat;
import org.sentigrid.text.TextUnit;

/**
 * Writes results in one {@link RowFormat}: its header (where it has one) when created, then one record
 * per unit, as head + unit number + tail. Records come scored here ({@link #write}) or already formatted
 * by a worker ({@link #writeFormatted}). {@link #flush} at the end; closing the stream is the caller's.
 */
final class ResultWriter implements Flushable {
    private final OutputStream out;
    private final RowFormat format;
    private final Bytes record = new Bytes();
    /** The last source's head: consecutive units mostly share their source. */
    private String source;
    private byte[] head;

    /** {@code out} should be buffered: records are written in small pieces. */
    ResultWriter(OutputStream out, RowFormat format, boolean explain) throws IOException {
        this.out = out;
        this.format = format;
        out.write(format.header(explain));
    }

    void write(ScoredUnit result) throws IOException {
        TextUnit unit = result.unit();
        record.reset();
        record.append(head(unit.source())).appendLong(unit.unit());
        format.tail(record, unit.text(), 0, unit.text().length(), result.scores(), result.label(), unit.record(),
                unit.start(), unit.end(), result.explanation());
        record.writeTo(out);
    }

    /**
     * Records whose tails a worker formatted: tail i is {@code tails[tailEnds[i - 1], tailEnds[i])} (from 0
     * for the first) and gets unit number {@code firstUnit + i}.
     */
    void writeFormatted(String source, long firstUnit, byte[] tails, int[] tailEnds) throws IOException {
        byte[] head = head(source);
        int from = 0;
        for (int i = 0; i < tailEnds.length; i++) {
            record.reset();
            record.append(head).appendLong(firstUnit + i).writeTo(out);
            out.write(tails, from, tailEnds[i] - from);
            from = tailEnds[i];
        }
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
