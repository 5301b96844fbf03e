package org.sentigrid.api.grid;

import java.io.Serial;
import java.util.Arrays;
import java.util.Objects;
import org.sentigrid.api.SentimentScores;

/**
 * A batch's scores, packed: neg, neu, pos, compound of unit 0, then of unit 1, and so on.
 *
 * @param jobId   the job
 * @param batchId the batch
 * @param scores  four numbers per unit, as the engine rounded them
 */
public record BatchResult(long jobId, long batchId, double[] scores) implements WorkResult {
    @Serial
    private static final long serialVersionUID = 1L;

    public BatchResult {
        Wire.requireId("jobId", jobId);
        Wire.requireId("batchId", batchId);
        Objects.requireNonNull(scores, "scores");
        if (scores.length == 0 || scores.length % 4 != 0 || scores.length > 4 * Wire.MAX_BATCH_UNITS) {
            throw new IllegalArgumentException("scores must hold 4 numbers per unit, held " + scores.length);
        }
        scores = scores.clone();
        for (int i = 0; i < scores.length; i += 4) {
            // Validates each unit's numbers (ranges) as SentimentScores does.
            new SentimentScores(scores[i], scores[i + 1], scores[i + 2], scores[i + 3]);
        }
    }

    /** Packs scores into a result. */
    public static BatchResult of(long jobId, long batchId, java.util.List<SentimentScores> units) {
        double[] packed = new double[units.size() * 4];
        for (int i = 0; i < units.size(); i++) {
            SentimentScores s = units.get(i);
            packed[4 * i] = s.neg();
            packed[4 * i + 1] = s.neu();
            packed[4 * i + 2] = s.pos();
            packed[4 * i + 3] = s.compound();
        }
        return new BatchResult(jobId, batchId, packed);
    }

    @Override
    public int units() {
        return scores.length / 4;
    }

    /** The scores of unit {@code i}. */
    public SentimentScores unit(int i) {
        return new SentimentScores(scores[4 * i], scores[4 * i + 1], scores[4 * i + 2], scores[4 * i + 3]);
    }

    @Override
    public double[] scores() {
        return scores.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BatchResult that && jobId == that.jobId && batchId == that.batchId
                && Arrays.equals(scores, that.scores);
    }

    @Override
    public int hashCode() {
        return Objects.hash(jobId, batchId, Arrays.hashCode(scores));
    }

    @Override
    public String toString() {
        return "BatchResult[job=" + jobId + ", batch=" + batchId + ", units=" + units() + "]";
    }
}
