package org.sentigrid.api.grid;

import java.io.Serial;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;

/**
 * A slice of one plain-text source, as bytes, for a worker to decode, split into units, score and
 * format as output records. The coordinator only moves bytes, so one desktop can feed many worker
 * cores. A region begins and ends where no unit can straddle (after a line end, or after a blank
 * line when splitting into sentences), so its units are exactly those a reading of the whole source
 * gives there.
 *
 * @param charset    how to decode: {@code UTF-8} or {@code windows-1252}
 * @param split      {@code sentences} or {@code lines}
 * @param format     how to format records: {@code csv}, {@code tsv}, {@code jsonl} or {@value #SCORES}
 * @param threshold  the label threshold (compound at or beyond it is positive or negative)
 * @param charOffset where the region's first char is in the decoded source (UTF-16 chars), for the
 *                   records' start and end columns
 * @param bytes      the slice
 */
public record Region(long jobId, long batchId, JobSettings settings, String charset, String split, String format,
                     double threshold, long charOffset, byte[] bytes) implements Work {
    @Serial
    private static final long serialVersionUID = 1L;

    /** The longest region. */
    public static final int MAX_BYTES = Wire.MAX_REGION_BYTES;

    public static final Set<String> CHARSETS = Set.of("UTF-8", "windows-1252");
    public static final Set<String> SPLITS = Set.of("sentences", "lines");
    /**
     * {@code analyze}'s record formats, and {@value #SCORES}: a compact binary record of each unit's place and
     * scores, with no text, for a front end that shows results rather than writing them (the window).
     */
    public static final String SCORES = "scores";
    public static final Set<String> FORMATS = Set.of("csv", "tsv", "jsonl", SCORES);

    public Region {
        Wire.requireId("jobId", jobId);
        Wire.requireId("batchId", batchId);
        Wire.requireId("charOffset", charOffset);
        Objects.requireNonNull(settings, "settings");
        requireOneOf("charset", charset, CHARSETS);
        requireOneOf("split", split, SPLITS);
        requireOneOf("format", format, FORMATS);
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must be between 0 and 1, was " + threshold);
        }
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length == 0 || bytes.length > Wire.MAX_REGION_BYTES) {
            throw new IllegalArgumentException("a region holds 1 to " + Wire.MAX_REGION_BYTES + " bytes, not " + bytes.length);
        }
    }

    private static void requireOneOf(String name, String value, Set<String> allowed) {
        if (!allowed.contains(value)) {
            throw new IllegalArgumentException(name + " must be one of " + allowed + ", was " + value);
        }
    }

    /** The bytes themselves; not copied, as regions are large and only ever read. */
    @Override
    public byte[] bytes() {
        return bytes;
    }

    @Override
    public boolean answeredBy(WorkResult result) {
        return result instanceof RegionResult records && records.jobId() == jobId && records.batchId() == batchId
                && records.textsWithin(bytes.length);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Region that && jobId == that.jobId && batchId == that.batchId
                && settings.equals(that.settings) && charset.equals(that.charset) && split.equals(that.split)
                && format.equals(that.format) && Double.compare(threshold, that.threshold) == 0
                && charOffset == that.charOffset && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(jobId, batchId, charOffset, bytes.length);
    }

    @Override
    public String toString() {
        return "Region[job=" + jobId + ", batch=" + batchId + ", " + bytes.length + " bytes of " + charset
                + ", split " + split + ", from char " + charOffset + "]";
    }
}
