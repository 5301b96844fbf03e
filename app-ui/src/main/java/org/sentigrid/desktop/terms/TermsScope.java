package org.sentigrid.desktop.terms;

import org.sentigrid.api.SentimentLabel;

/**
 * What the window's top terms are counted over: every unit, the units of one document (as {@code terms
 * --by source} counts a source), or the units with one label (as {@code terms --by label}).
 *
 * @param document the document's number in the results, or -1 for any
 * @param label    the label, or null for any
 */
public record TermsScope(String name, int document, SentimentLabel label) {
    public static final TermsScope ALL = new TermsScope("All documents", -1, null);

    public static TermsScope document(int number, String name) {
        return new TermsScope("Document: " + name, number, null);
    }

    public static TermsScope label(SentimentLabel label) {
        return new TermsScope("Label: " + label.id(), -1, label);
    }

    @Override
    public String toString() {
        return name;
    }
}
