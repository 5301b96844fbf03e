package org.sentigrid.session;

import java.util.Collections;
import java.util.List;
import org.sentigrid.api.SentimentScores;
import org.sentigrid.text.TextUnit;

/**
 * Consecutive scored units of one document, in order; units, scores and workers share indices.
 * The units' source names are not kept (a unit belongs to the document started last).
 */
public record ScoredChunk(List<TextUnit> units, List<SentimentScores> scores, List<String> workers) {
    public ScoredChunk {
        if (units.size() != scores.size() || units.size() != workers.size()) {
            throw new IllegalArgumentException("units, scores and workers differ in number");
        }
    }

    /** A batch scored by one worker. */
    public static ScoredChunk of(List<TextUnit> units, List<SentimentScores> scores, String worker) {
        return new ScoredChunk(units, scores, Collections.nCopies(units.size(), worker));
    }

    public int size() {
        return units.size();
    }
}
