package org.sentigrid.desktop.results;

/**
 * One document's results in brief.
 *
 * @param meanCompound NaN for a document without units
 * @param positive     share of its units labelled positive (0..1); likewise neutral and negative
 */
public record DocumentSummary(String document, int units, double meanCompound, double positive, double neutral,
                              double negative) {
}
