package org.sentigrid.desktop.lexicon;

/**
 * One row of the lexicon editor: a word or phrase, its value as the overlay file writes it (a valence,
 * booster, dampener, remove, or an emoji's description), and where it comes from.
 */
public record LexiconRow(String word, String value, String source) {
    public static final String VADER = "VADER lexicon";
    public static final String IDIOM = "VADER idiom";
    public static final String BOOSTER = "VADER booster";
    public static final String EMOJI = "emoji lexicon";
    public static final String OVERLAY = "overlay";
}
