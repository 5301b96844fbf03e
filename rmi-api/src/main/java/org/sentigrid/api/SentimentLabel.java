package org.sentigrid.api;

import java.util.Locale;

/** The three-way reading of a compound score. */
public enum SentimentLabel {
    POSITIVE, NEUTRAL, NEGATIVE;

    /** The conventional VADER threshold. */
    public static final double DEFAULT_THRESHOLD = 0.05;

    /** Whether a threshold can tell the labels apart: greater than 0 and less than 1. */
    public static boolean isThreshold(double threshold) {
        return threshold > 0 && threshold < 1;
    }

    /** compound >= threshold is positive, compound <= -threshold negative, anything between neutral. */
    public static SentimentLabel of(double compound, double threshold) {
        if (compound >= threshold) {
            return POSITIVE;
        }
        if (compound <= -threshold) {
            return NEGATIVE;
        }
        return NEUTRAL;
    }

    /** {@code positive}, {@code neutral} or {@code negative}, as written in output files. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
