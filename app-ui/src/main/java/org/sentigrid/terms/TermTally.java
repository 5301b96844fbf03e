package org.sentigrid.terms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sentigrid.api.SentimentLabel;
import org.sentigrid.engine.Explanation;
import org.sentigrid.engine.TokenExplanation;

/**
 * The top terms of a set of units: for each lexicon word that stood in them, how often it counted, the
 * sum of its final valences, and the units it stood in (their mean compound and labels). Units are added
 * in input order; {@code sentigrid terms} and the window's Terms tab both count with this class, so
 * they give the same numbers. Ranked by the size of the valence sum (the words that moved the scores
 * most), then by count, then by word. Not thread-safe.
 */
public final class TermTally {
    /** Groups in the order they were first seen; in each, the words. */
    private final Map<String, Map<String, Term>> groups = new LinkedHashMap<>();
    private final double threshold;

    /** @param threshold labels the units as {@code analyze --threshold} does */
    public TermTally(double threshold) {
        this(threshold, List.of());
    }

    /** A tally whose groups come in the order given (those never added to give no rows), then any others. */
    public TermTally(double threshold, List<String> groupOrder) {
        this.threshold = threshold;
        groupOrder.forEach(group -> groups.put(group, new HashMap<>()));
    }

    /** Counts the lexicon words of one unit, in {@code group} ("" when nothing is grouped). */
    public void add(String group, Explanation explanation) {
        Map<String, Term> terms = groups.computeIfAbsent(group, g -> new HashMap<>());
        double compound = explanation.scores().compound();
        SentimentLabel label = SentimentLabel.of(compound, threshold);
        List<Term> inThisUnit = new ArrayList<>();
        for (TokenExplanation token : explanation.tokens()) {
            if (token.lexiconValence().isEmpty()) {
                continue;
            }
            Term term = terms.computeIfAbsent(token.lowerCase(), Term::new);
            term.count++;
            term.valenceSum += token.valence();
            if (term.lastUnit != explanation) {
                term.lastUnit = explanation;
                inThisUnit.add(term);
            }
        }
        for (Term term : inThisUnit) {
            term.units++;
            term.compoundSum += compound;
            term.labels[label.ordinal()]++;
        }
    }

    /** Each group's {@code top} highest-ranked words (all of them when {@code top} is 0), groups in order of first sight. */
    public List<TermRow> top(int top) {
        List<TermRow> rows = new ArrayList<>();
        groups.forEach((group, terms) -> terms.values().stream()
                .sorted(RANKING)
                .limit(top > 0 ? top : Long.MAX_VALUE)
                .forEach(term -> rows.add(term.row(group))));
        return rows;
    }

    private static final Comparator<Term> RANKING = Comparator
            .comparingDouble((Term term) -> -Math.abs(term.valenceSum))
            .thenComparing(term -> -term.count)
            .thenComparing(term -> term.word);

    private static final class Term {
        final String word;
        long count;
        double valenceSum;
        long units;
        double compoundSum;
        final long[] labels = new long[SentimentLabel.values().length];
        /** The unit last counted in, so that a unit counts once for the units' figures. */
        Explanation lastUnit;

        Term(String word) {
            this.word = word;
        }

        TermRow row(String group) {
            return new TermRow(group, word, count, valenceSum, compoundSum / units,
                    labels[SentimentLabel.POSITIVE.ordinal()], labels[SentimentLabel.NEUTRAL.ordinal()],
                    labels[SentimentLabel.NEGATIVE.ordinal()]);
        }
    }
}
