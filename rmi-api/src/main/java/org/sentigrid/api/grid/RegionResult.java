package org.sentigrid.api.grid;

import java.io.Serial;
import java.util.Arrays;
import java.util.Objects;

/**
 * A region's units, scored and formatted: for each unit, its output record from just after the unit
 * number to the end of the line. The coordinator, which alone knows how many units came before,
 * writes each record's beginning (source and unit number) and then these bytes.
 *
 * @param records the records' formatted rests, one after another (UTF-8)
 * @param ends    {@code ends[i]} is where unit i's bytes end in {@code records}; may be empty (a region of blank lines)
 */
public record RegionResult(long jobId, long batchId, byte[] records, int[] ends) implements WorkResult {
    @Serial
    private static final long serialVersionUID = 1L;

    public RegionResult {
        Wire.requireId("jobId", jobId);
        Wire.requireId("batchId", batchId);
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(ends, "ends");
        if (ends.length > Wire.MAX_REGION_UNITS || records.length > Wire.MAX_REGION_RECORD_BYTES) {
            throw new IllegalArgumentException("a region result holds at most " + Wire.MAX_REGION_UNITS + " units in "
                    + Wire.MAX_REGION_RECORD_BYTES + " bytes, not " + ends.length + " in " + records.length);
        }
        int previous = 0;
        for (int end : ends) {
            if (end <= previous) {
                throw new IllegalArgumentException("every record must have bytes, and record ends must increase");
            }
            previous = end;
        }
        if (previous != records.length) {
            throw new IllegalArgumentException("the last record must end where the bytes end");
        }
    }

    /** The bytes themselves; not copied, as they are large and only ever read. */
    @Override
    public byte[] records() {
        return records;
    }

    /** Not copied either. */
    @Override
    public int[] ends() {
        return ends;
    }

    @Override
    public int units() {
        return ends.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RegionResult that && jobId == that.jobId && batchId == that.batchId
                && Arrays.equals(records, that.records) && Arrays.equals(ends, that.ends);
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
