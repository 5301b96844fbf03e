package org.sentigrid.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every word the engine looks up, in one table: the lexicon's words with their valence, and the words
 * the rules single out (boosters and dampeners, negations, first words of idioms and booster phrases).
 * One look-up per token, as it is cut, tells the rules all they ask of it later.
 */
final class Vocabulary {
    /** What the engine knows of one lower-case word (set while the vocabulary is built, then only read). */
    static final class Entry {
        /** Valence in the lexicon; NaN when the word is not in it. */
        double valence = Double.NaN;
        /** BOOSTER_DICT's value for it (B_INCR or B_DECR); 0 when it is no booster or dampener. */
        double booster;
        /** In NEGATE (a word containing "n't" negates too; see {@link Tokens#isNegation}). */
        boolean negation;
        /** The first word of a multi-word idiom or booster phrase. */
        boolean opensPhrase;
    }

    private final Map<String, Entry> entries = new HashMap<>();

    Vocabulary(Lexicon lexicon, ModeRules rules) {
        lexicon.forEach((word, valence) -> entry(word).valence = valence);
        rules.boosters.forEach((phrase, value) -> {
            if (value == 0) {
                throw new IllegalArgumentException("a booster of 0 would read as no booster: " + phrase);
            }
            if (phrase.indexOf(' ') < 0) {
                entry(phrase).booster = value;
            }
        });
        ModeRules.NEGATIONS.forEach(word -> entry(word).negation = true);
        for (Map<String, Double> phrases : List.of(rules.idioms, rules.boosters)) {
            for (String phrase : phrases.keySet()) {
                int space = phrase.indexOf(' ');
                if (space > 0) {
                    String first = phrase.substring(0, space);
                    if (!PythonText.lower(first).equals(first)) {
                        // The rules skip windows by the tokens' lower case, which needs lower-case phrases.
                        throw new IllegalStateException("phrase not in lower case: " + phrase);
                    }
                    entry(first).opensPhrase = true;
                }
            }
        }
    }

    /** What is known of a lower-case word; null when nothing is (most words). */
    Entry get(String lowerCaseWord) {
        return entries.get(lowerCaseWord);
    }

    private Entry entry(String word) {
        return entries.computeIfAbsent(word, w -> new Entry());
    }
}
