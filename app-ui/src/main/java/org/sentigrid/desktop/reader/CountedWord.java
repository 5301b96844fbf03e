package org.sentigrid.desktop.reader;

import java.util.ArrayList;
import java.util.List;
import org.sentigrid.engine.Explanation;
import org.sentigrid.engine.TokenExplanation;

/**
 * A word that counts in its unit's score: its place in the unit's text and its final valence (after
 * VADER's rules), from the engine's explanation, as {@code analyze --explain} gives it.
 */
public record CountedWord(int start, int end, double valence, String describe) {
    /** The words with a valence other than 0 that lie within {@code [from, to)} of the unit's text, in order. */
    public static List<CountedWord> in(Explanation explanation, int from, int to) {
        List<CountedWord> words = new ArrayList<>();
        int at = from;
        for (TokenExplanation token : explanation.tokens()) {
            // An emoji's description words share its place: it counts once, as the first of them.
            if (token.valence() == 0 || token.start() < at || token.end() > to) {
                continue;
            }
            words.add(new CountedWord(token.start(), token.end(), token.valence(),
                    String.format(java.util.Locale.ROOT, "%s: %+.3f", token.token(), token.valence())));
            at = token.end();
        }
        return words;
    }
}
