package org.sentigrid.desktop.terms;

import org.sentigrid.api.SentimentLabel;
import org.sentigrid.desktop.groups.GroupsViewModel;

/**
 * What the window's top terms are counted over: every unit, the units of one document (as {@code terms
 * --by source} counts a source), the units with one label (as {@code terms --by label}), or the units of one
 * group of the group column (as {@code terms --by group --group-by COL}).
 *
 * @param document the document's number in the results, or -1 for any
 * @param label    the label, or null for any
 * @param group    the group, or null for any
 */
public record TermsScope(String name, int document, SentimentLabel label, String group) {
    public static final TermsScope ALL = new TermsScope("All documents", -1, null, null);

    public static TermsScope document(int number, String name) {
        return new TermsScope("Document: " + name, number, null, null);
    }

    public static TermsScope label(SentimentLabel label) {
        return new TermsScope("Label: " + label.id(), -1, label, null);
    }

    /** A group of {@code column}: its name says the column, so that another column's group of that value is another scope. */
    public static TermsScope group(String column, String group) {
        return new TermsScope(column + ": " + GroupsViewModel.name(group), -1, null, group);
    }

    @Override
    public String toString() {
        return name;
    }
}
