package org.sentigrid.engine;

import java.util.OptionalDouble;
import java.util.Set;

/**
 * How one token contributed to a score.
 *
 * @param token          the token as the engine saw it (punctuation stripped as the reference does)
 * @param start          offset (UTF-16 chars) of the token's source text in the scored string
 * @param end            offset just past it; for an emoji's description words, the emoji's span
 * @param lexiconValence the token's valence in the lexicon, empty when it is not a lexicon word
 * @param valence        the valence that went into the sums, after every rule
 * @param rules          the rules that changed it (empty when none did)
 */
public record TokenExplanation(String token, int start, int end, OptionalDouble lexiconValence,
                               double valence, Set<Rule> rules) {
    public TokenExplanation {
        rules = Set.copyOf(rules);
    }

    /** The token as the lexicon looks it up (lower case). */
    public String lowerCase() {
        return PythonText.lower(token);
    }
}
