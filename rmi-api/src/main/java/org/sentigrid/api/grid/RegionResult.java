package org.sentigrid.api.grid;

import java.io.Serial;
import java.util.Arrays;
import java.util.Objects;

/**
 * A region's units, scored and formatted: for each unit, its output record from its text column to
 * the end of the line. The coordinator, which alone knows how many units came before, writes each
 * record's beginning (source, unit number, what precedes the text) and then these bytes. A text that
 * the format holds as its plain bytes is not sent back at all: the coordinator has the region, and
 * {@code texts} says where in it the text is; only texts the format must quote or escape are in
 * {@code records}.
 *
 * @param records the records' formatted rests, one after another (UTF-8), in chunks of
 *                {@link #CHUNK_BYTES} (the last one shorter): no array on the wire is longer than a region
 * @param ends    {@code ends[i]} is where unit i's bytes end in the records; may be empty (a region of blank lines)
 * @param texts   for unit i, {@code texts[2i]} to {@code texts[2i + 1]} is its text's byte range in the
 *                region, whose bytes the coordinator writes before the unit's bytes here; -1 and -1 when
 *                the text is in {@code records} instead
 */
public record RegionResult(long jobId, long batchId, byte[][] records, int[] ends, int[] texts) implements WorkResult {
    @Serial
    private static final long serialVersionUID = 1L;

    public static final int CHUNK_BYTES = Wire.RECORD_CHUNK_BYTES;

    /** Receives a piece of the records: {@code bytes[from, to)}. */
    @FunctionalInterface
    public interface Pieces {
        void accept(byte[] bytes, int from, int to);
    }

    public RegionResult {
        Wire.requireId("jobId", jobId);
        Wire.requireId("batchId", batchId);
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(ends, "ends");
        Objects.requireNonNull(texts, "texts");
        if (ends.length > Wire.MAX_REGION_UNITS || records.length > Wire.MAX_RECORD_CHUNKS) {
            throw new IllegalArgumentException("a region result holds at most " + Wire.MAX_REGION_UNITS + " units in "
                    + Wire.MAX_RECORD_CHUNKS + " chunks, not " + ends.length + " in " + records.length);
        }
        long length = 0;
        for (int i = 0; i < records.length; i++) {
            Objects.requireNonNull(records[i], "records chunk");
            if (records[i].length > CHUNK_BYTES || (i < records.length - 1 && records[i].length != CHUNK_BYTES)) {
                throw new IllegalArgumentException("record chunks hold " + CHUNK_BYTES + " bytes, the last one at most");
            }
            length += records[i].length;
        }
        Wire.requireEnds("record", ends, length, false);
        if (texts.length != 2 * ends.length) {
            throw new IllegalArgumentException("texts must hold two numbers per unit");
        }
        for (int i = 0; i < texts.length; i += 2) {
            boolean inRecords = texts[i] == -1 && texts[i + 1] == -1;
            if (!inRecords && (texts[i] < 0 || texts[i + 1] < texts[i])) {
                throw new IllegalArgumentException("a text's byte range must be -1..-1 or ascending, not "
                        + texts[i] + ".." + texts[i + 1]);
            }
        }
    }

    /** The chunks themselves; not copied, as they are large and only ever read. */
    @Override
    public byte[][] records() {
        return records;
    }

    /** Hands {@code pieces} the records' bytes from {@code from} to {@code to}, a piece per chunk they span. */
    public void records(int from, int to, Pieces pieces) {
        for (int at = from; at < to; ) {
            int chunk = at / CHUNK_BYTES;
            int start = at - chunk * CHUNK_BYTES;
            int end = Math.min(to - chunk * CHUNK_BYTES, records[chunk].length);
            pieces.accept(records[chunk], start, end);
            at += end - start;
        }
    }

    /** Not copied either. */
    @Override
    public int[] ends() {
        return ends;
    }

    /** Not copied either. */
    @Override
    public int[] texts() {
        return texts;
    }

    /** Whether every text range lies inside a region of {@code regionBytes} bytes. */
    boolean textsWithin(int regionBytes) {
        for (int i = 1; i < texts.length; i += 2) {
            if (texts[i] > regionBytes) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int units() {
        return ends.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RegionResult that && jobId == that.jobId && batchId == that.batchId
                && Arrays.deepEquals(records, that.records) && Arrays.equals(ends, that.ends) && Arrays.equals(texts, that.texts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(jobId, batchId, records.length, ends.length);
    }

    @Override
    public String toString() {
        return "RegionResult[job=" + jobId + ", batch=" + batchId + ", units=" + ends.length + ", bytes=" + records.length + "]";
    }
}
