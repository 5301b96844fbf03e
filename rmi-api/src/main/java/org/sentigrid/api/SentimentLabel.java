package org.sentigrid.api;

import java.util.Locale;

/** The three-way reading of a compound score. */
public enum SentimentLabel {
    POSITIVE, NEUTRAL, NEGATIVE;

    /** The conventional VADER threshold. */
    public static final double DEFAULT_THRESHOLD = 0.05;

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
