package org.sentigrid.api.grid;

import java.io.Serial;
import java.util.Arrays;
import java.util.Objects;

/**
 * Units to score, packed: all texts in one string and where each ends, not one object per unit.
 *
 * @param jobId    the job
 * @param batchId  the batch within the job
 * @param settings how to score
 * @param texts    the units' texts, one after another
 * @param ends     {@code ends[i]} is where unit i ends in {@code texts}; unit i starts where unit i-1 ends
 */
public record Batch(long jobId, long batchId, JobSettings settings, String texts, int[] ends) implements Work {
    @Serial
    private static final long serialVersionUID = 1L;

    public Batch {
        Wire.requireId("jobId", jobId);
        Wire.requireId("batchId", batchId);
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(texts, "texts");
        Objects.requireNonNull(ends, "ends");
        if (ends.length == 0 || ends.length > Wire.MAX_BATCH_UNITS || texts.length() > Wire.MAX_BATCH_CHARS) {
            throw new IllegalArgumentException("a batch holds 1 to " + Wire.MAX_BATCH_UNITS + " units of at most "
                    + Wire.MAX_BATCH_CHARS + " chars, not " + ends.length + " units of " + texts.length());
        }
        ends = ends.clone();
        Wire.requireEnds("unit", ends, texts.length(), true);
    }

    /** Packs texts into a batch. */
    public static Batch of(long jobId, long batchId, JobSettings settings, java.util.List<String> units) {
        StringBuilder texts = new StringBuilder();
        int[] ends = new int[units.size()];
        for (int i = 0; i < ends.length; i++) {
            texts.append(units.get(i));
            ends[i] = texts.length();
        }
        return new Batch(jobId, batchId, settings, texts.toString(), ends);
    }

    @Override
    public boolean answeredBy(WorkResult result) {
        return result instanceof BatchResult && result.jobId() == jobId && result.batchId() == batchId
                && result.units() == ends.length;
    }

    public int size() {
        return ends.length;
    }

    /** The text of unit {@code i}. */
    public String unit(int i) {
        return texts.substring(i == 0 ? 0 : ends[i - 1], ends[i]);
    }

    @Override
    public int[] ends() {
        return ends.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Batch that && jobId == that.jobId && batchId == that.batchId
                && settings.equals(that.settings) && texts.equals(that.texts) && Arrays.equals(ends, that.ends);
    }

    @Override
    public int hashCode() {
        return Objects.hash(jobId, batchId, texts.length(), ends.length);
    }

    @Override
    public String toString() {
        return "Batch[job=" + jobId + ", batch=" + batchId + ", units=" + ends.length + ", chars=" + texts.length() + "]";
    }
}
