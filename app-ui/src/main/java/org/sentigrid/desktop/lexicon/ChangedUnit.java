package org.sentigrid.desktop.lexicon;

import org.sentigrid.api.SentimentLabel;
import org.sentigrid.api.SentimentScores;

/** A unit whose score an edit of the lexicon changed: before and after. */
public record ChangedUnit(int index, String document, long unit, String text, double oldCompound,
                          SentimentLabel oldLabel, SentimentScores newScores, SentimentLabel newLabel) {
    public double newCompound() {
        return newScores.compound();
    }
}
