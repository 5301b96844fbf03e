package org.sentigrid.terms;

/**
 * One word's part in the scores of a set of units.
 *
 * @param group        what the row is counted over: a source, a label, or "" for all units
 * @param word         the word as the lexicon knows it (lower case)
 * @param count        how often it counted (each occurrence as a lexicon word)
 * @param valenceSum   the sum of its final valences, after VADER's rules (what it moved the scores by)
 * @param meanCompound the mean compound of the units it stands in (each unit once)
 * @param positive     how many of those units are positive
 * @param neutral      ... neutral
 * @param negative     ... negative
 */
public record TermRow(String group, String word, long count, double valenceSum, double meanCompound,
                      long positive, long neutral, long negative) {
    /** The valence sum as written: 3 decimals, as VADER's valences have at most. */
    public String valenceSumText() {
        return Numbers.fixed(valenceSum, 3);
    }

    /** The mean compound as written: 4 decimals, as VADER gives a compound. */
    public String meanCompoundText() {
        return Numbers.fixed(meanCompound, 4);
    }
}
