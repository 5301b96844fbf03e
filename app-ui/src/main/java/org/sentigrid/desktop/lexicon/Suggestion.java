package org.sentigrid.desktop.lexicon;

/**
 * A word of the results that is not in the lexicon, with how often it occurs in the rows the table
 * shows, in how many units of all the results it occurs, and its rank score (see {@link Suggestions}).
 */
public record Suggestion(String word, int shownCount, int unitsWithIt, double score) {
}
