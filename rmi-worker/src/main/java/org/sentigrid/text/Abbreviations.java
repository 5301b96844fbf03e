package org.sentigrid.text;

import java.util.Set;

/**
 * The word lists behind {@link SentenceSplitter}'s judgements on a period that ICU took for a sentence
 * end. Why each rule is as it is: docs/decisions/sentence-splitting.md.
 */
final class Abbreviations {
    /**
     * Titles that always stand before a name, missing from ICU's English suppressions (which already
     * has Mr., Mrs., Ms., Prof., Rev., Capt., Col., Sgt., Mt., Rep. and others). ICU matches these
     * case-sensitively, single-dot words only.
     */
    static final Set<String> TITLES = Set.of("Dr.", "Sen.", "Gov.", "Gen.", "Lt.", "Hon.", "Pres.", "Supt.", "Messrs.");

    /**
     * Words that open sentences and seldom come right after an abbreviation inside one. An abbreviation
     * that may or may not end its sentence ("U.S.", "St.", an initial) ends it only before one of
     * these: "in the U.S. How about you?" against "the U.S. Navy".
     */
    private static final Set<String> STARTERS = Set.of(
            "I", "It", "He", "She", "We", "They", "You", "My", "Our", "Their", "His", "Its",
            "The", "This", "That", "These", "Those", "There", "Here", "A", "An",
            "How", "What", "When", "Where", "Why", "Who", "Which",
            "But", "And", "So", "Then", "However", "Also", "Yet", "If", "Still", "Now", "To",
            "Did", "Do", "Does", "Is", "Are", "Was", "Were", "Can", "Please", "Thanks");

    /** Titles count as starters too ("at 6 P.M. Mr. Smith left"); they are written with their dot. */
    private static final Set<String> TITLE_STARTERS = Set.of("Mr", "Mrs", "Ms", "Dr");

    /** Abbreviations that stand before a number ("p. 55", "No. 7", "Fig. 2"); lower case here. */
    private static final Set<String> BEFORE_NUMBERS = Set.of(
            "p", "pp", "no", "nos", "nr", "n°", "vol", "vols", "fig", "figs", "ch", "chap", "sec", "art", "para", "pg", "op");

    /** Abbreviations that introduce what follows and so never end a sentence. */
    private static final Set<String> INTRODUCING = Set.of("e.g", "i.e", "cf", "viz", "vs");

    /** Names written with an exclamation mark, which does not end the sentence before a lower-case word. */
    private static final Set<String> EXCLAIMED_NAMES = Set.of("Yahoo", "Jeopardy", "Wham", "Oklahoma", "Airplane");

    private Abbreviations() {
    }

    /** Whether the word starting at {@code at} opens sentences (a starter word or a title with its dot). */
    static boolean startsSentence(String text, int at) {
        int end = at;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        if (end == at) {
            return false;
        }
        String word = text.substring(at, end);
        return STARTERS.contains(word)
                || (end < text.length() && text.charAt(end) == '.' && TITLE_STARTERS.contains(word));
    }

    /** "p", "No", "Fig": {@code word} is without its dot. */
    static boolean beforeNumbers(String word) {
        return word.length() <= 4 && BEFORE_NUMBERS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** "e.g", "cf": {@code word} is without its final dot. */
    static boolean introducing(String word) {
        return word.length() <= 3 && INTRODUCING.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    static boolean exclaimedName(String word) {
        return EXCLAIMED_NAMES.contains(word);
    }

    /**
     * Letters with a dot after each, at least two of them: "U.S", "e.g", "a.m", "Ph.D" ({@code word} is
     * without its final dot). Only the first group may have two letters, so that "it.So" (a missing
     * space) is not taken for one.
     */
    static boolean dotted(String word) {
        int groups = 0;
        int i = 0;
        while (i < word.length()) {
            int letters = 0;
            while (i < word.length() && Character.isLetter(word.charAt(i))) {
                i++;
                letters++;
            }
            if (letters == 0 || letters > (groups == 0 ? 2 : 1)) {
                return false;
            }
            groups++;
            if (i < word.length() && word.charAt(i++) != '.') {
                return false;
            }
        }
        return groups >= 2 && word.charAt(word.length() - 1) != '.';
    }

    /** "a.m" or "p.m" in any case. */
    static boolean timeOfDay(String word) {
        return word.length() == 3 && word.charAt(1) == '.' && (word.charAt(2) == 'm' || word.charAt(2) == 'M')
                && "aApP".indexOf(word.charAt(0)) >= 0;
    }
}
