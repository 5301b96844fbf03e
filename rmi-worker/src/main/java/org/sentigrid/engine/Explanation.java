package org.sentigrid.engine;

import java.util.List;
import org.sentigrid.api.SentimentScores;

/**
 * Why a unit scored what it did: each token with its lexicon and final valence, and the emphasis
 * that "!" and "?" added.
 */
public record Explanation(SentimentScores scores, List<TokenExplanation> tokens, double punctuationEmphasis) {
    public Explanation {
        tokens = List.copyOf(tokens);
    }

    /** A word as the lexicon is looked up: Python's {@code str.lower()} of it. */
    public static String lowerCase(String word) {
        return PythonText.lower(word);
    }
}
