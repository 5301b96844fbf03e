package org.sentigrid.api;

import java.util.Locale;

/** Which reference implementation of VADER the engine reproduces. */
public enum EngineMode {
    /** vaderSentiment 3.3.2 (C.J. Hutto's package): the default. */
    VADER("vader"),
    /** NLTK 3.8.1 {@code nltk.sentiment.vader.SentimentIntensityAnalyzer}. */
    NLTK("nltk");

    private final String id;

    EngineMode(String id) {
        this.id = id;
    }

    /** The name used on the command line and in files: {@code vader} or {@code nltk}. */
    public String id() {
        return id;
    }

    /** Parses {@code vader} or {@code nltk} (any case). */
    public static EngineMode fromId(String id) {
        String wanted = id.toLowerCase(Locale.ROOT);
        for (EngineMode mode : values()) {
            if (mode.id.equals(wanted)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("unknown engine '" + id + "' (expected vader or nltk)");
    }
}
