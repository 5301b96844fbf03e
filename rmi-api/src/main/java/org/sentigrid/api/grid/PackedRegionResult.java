package org.sentigrid.api.grid;

import com.github.luben.zstd.Zstd;
import java.io.Serial;
import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * A {@link RegionResult} compressed (zstd, its fastest level), as a worker sends back the result of a
 * {@link PackedRegion}. Packed: the number of units and the records' length, the records' bytes, then
 * each unit's end and text range as four-byte ints.
 *
 * @param jobId   the job
 * @param batchId the region's batch
 * @param units   how many units the result holds
 * @param length  how many bytes the result unpacks to
 * @param packed  the result, compressed
 */
public record PackedRegionResult(long jobId, long batchId, int units, int length, byte[] packed) implements WorkResult {
    @Serial
    private static final long serialVersionUID = 1L;
    private static final int LEVEL = 1;
    /** Records of a region and three ints a unit. */
    static final long MAX_LENGTH = 8L + (long) Wire.MAX_RECORD_CHUNKS * Wire.RECORD_CHUNK_BYTES + 12L * Wire.MAX_REGION_UNITS;

    public PackedRegionResult {
        Wire.requireId("jobId", jobId);
        Wire.requireId("batchId", batchId);
        Objects.requireNonNull(packed, "packed");
        if (units < 0 || units > Wire.MAX_REGION_UNITS || length < 8 + 12L * units || length > MAX_LENGTH
                || packed.length == 0 || packed.length > Wire.RECORD_CHUNK_BYTES) {
            throw new IllegalArgumentException("a packed region result of " + units + " units cannot be " + length
                    + " bytes packed into " + packed.length);
        }
    }

    /** The result packed, or the result itself when packing would not make it smaller, or too large. */
    public static WorkResult of(RegionResult result) {
        int units = result.units();
        int recordsLength = units == 0 ? 0 : result.ends()[units - 1];
        ByteBuffer plain = ByteBuffer.allocate(8 + recordsLength + 12 * units);
        plain.putInt(units).putInt(recordsLength);
        result.records(0, recordsLength, (bytes, from, to) -> plain.put(bytes, from, to - from));
        plain.asIntBuffer().put(result.ends()).put(result.texts());
        byte[] packed = Zstd.compress(plain.array(), LEVEL);
        if (packed.length >= plain.capacity() || packed.length > Wire.RECORD_CHUNK_BYTES) {
            return result;
        }
        return new PackedRegionResult(result.jobId(), result.batchId(), units, plain.capacity(), packed);
    }

    /** The result as it was packed; refused (by the result's own checks too) when the bytes do not fit. */
    public RegionResult unpack() {
        ByteBuffer plain = ByteBuffer.wrap(Packing.decompress(packed, length));
        if (plain.getInt() != units) {
            throw new IllegalArgumentException("the packed result holds another number of units than it says");
        }
        int recordsLength = plain.getInt();
        if (recordsLength < 0 || (long) recordsLength + 8 + 12L * units != length) {
            throw new IllegalArgumentException("the packed result's parts do not add up to its length");
        }
        int chunks = (recordsLength + RegionResult.CHUNK_BYTES - 1) / RegionResult.CHUNK_BYTES;
        if (chunks > Wire.MAX_RECORD_CHUNKS) {
            throw new IllegalArgumentException("the packed result's records are too long");
        }
        byte[][] records = new byte[chunks][];
        for (int i = 0; i < chunks; i++) {
            records[i] = new byte[Math.min(RegionResult.CHUNK_BYTES, recordsLength - i * RegionResult.CHUNK_BYTES)];
            plain.get(records[i]);
        }
        int[] ends = new int[units];
        int[] texts = new int[2 * units];
        plain.asIntBuffer().get(ends).get(texts);
        return new RegionResult(jobId, batchId, records, ends, texts);
    }

    /** Not copied: only ever read. */
    @Override
    public byte[] packed() {
        return packed;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PackedRegionResult that && jobId == that.jobId && batchId == that.batchId
                && units == that.units && length == that.length && java.util.Arrays.equals(packed, that.packed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(jobId, batchId, units, length);
    }

    @Override
    public String toString() {
        return "PackedRegionResult[job=" + jobId + ", batch=" + batchId + ", units=" + units + ", " + length
                + " bytes packed into " + packed.length + "]";
    }
}
