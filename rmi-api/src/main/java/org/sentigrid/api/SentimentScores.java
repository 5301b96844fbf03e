package org.sentigrid.api;

import java.io.Serial;
import java.io.Serializable;

/**
 * VADER's four numbers for one unit of text, already rounded as the reference implementations round
 * them: neg, neu and pos to 3 decimals, compound to 4 (Python's {@code round}, half to even on the
 * exact binary value).
 */
public record SentimentScores(double neg, double neu, double pos, double compound) implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    /** The scores of text with nothing to score (empty or whitespace only). */
    public static final SentimentScores EMPTY = new SentimentScores(0.0, 0.0, 0.0, 0.0);

    public SentimentScores {
        requireInRange("neg", neg, 0.0, 1.0);
        requireInRange("neu", neu, 0.0, 1.0);
        requireInRange("pos", pos, 0.0, 1.0);
        requireInRange("compound", compound, -1.0, 1.0);
    }

    /** {@code positive} when compound >= threshold, {@code negative} when <= -threshold, else {@code neutral}. */
    public SentimentLabel label(double threshold) {
        return SentimentLabel.of(compound, threshold);
    }

    private static void requireInRange(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "], was " + value);
        }
    }
}
