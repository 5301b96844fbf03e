package org.sentigrid.format;

import org.sentigrid.api.SentimentLabel;
import org.sentigrid.api.SentimentScores;
import org.sentigrid.engine.Explanation;
import org.sentigrid.text.TextUnit;

/**
 * One unit and what the engine made of it: one output record.
 *
 * @param explanation why it scored so; null unless {@code --explain} was given
 */
public record ScoredUnit(TextUnit unit, SentimentScores scores, SentimentLabel label, Explanation explanation) {
}
