package org.sentigrid.engine;

import org.sentigrid.api.EngineMode;
import org.sentigrid.api.SentimentScores;

/** STUB: being implemented. Public API is final. Immutable and thread-safe. */
public final class SentimentAnalyzer {
    /** The analyzer for a mode with the shipped lexicons. */
    public static SentimentAnalyzer of(EngineMode mode) {
        throw new UnsupportedOperationException("TODO");
    }

    /** The analyzer for a mode with the shipped lexicons plus the user's overlay. */
    public static SentimentAnalyzer of(EngineMode mode, LexiconOverlay overlay) {
        throw new UnsupportedOperationException("TODO");
    }

    public EngineMode mode() {
        throw new UnsupportedOperationException("TODO");
    }

    /** Scores text as one unit. Rejects null. */
    public SentimentScores score(String text) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Scores text as one unit and says why. Rejects null. */
    public Explanation explain(String text) {
        throw new UnsupportedOperationException("TODO");
    }

    /** A hex digest of the engine version, mode and lexicon contents: equal fingerprints score alike. */
    public String fingerprint() {
        throw new UnsupportedOperationException("TODO");
    }
}
