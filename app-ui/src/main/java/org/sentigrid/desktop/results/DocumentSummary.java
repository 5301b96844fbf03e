package org.sentigrid.desktop.results;

import java.util.ArrayList;
import java.util.List;
import org.sentigrid.api.SentimentLabel;

/**
 * One document's results in brief.
 *
 * @param meanCompound NaN for a document without units
 * @param positive     share of its units labelled positive (0..1); likewise neutral and negative
 */
public record DocumentSummary(String document, int units, double meanCompound, double positive, double neutral,
                              double negative) {
    /** The summary of every document in the results, under this threshold. O(units). */
    public static List<DocumentSummary> of(ResultStore results, double threshold) {
        List<DocumentSummary> summaries = new ArrayList<>();
        for (int d = 0; d < results.documents(); d++) {
            int start = results.documentStart(d);
            int units = results.documentSize(d);
            double sum = 0;
            int[] labels = new int[SentimentLabel.values().length];
            for (int i = start; i < start + units; i++) {
                double compound = results.compound(i);
                sum += compound;
                labels[SentimentLabel.of(compound, threshold).ordinal()]++;
            }
            double n = Math.max(1, units);
            summaries.add(new DocumentSummary(results.documentName(d), units, units == 0 ? Double.NaN : sum / units,
                    labels[SentimentLabel.POSITIVE.ordinal()] / n, labels[SentimentLabel.NEUTRAL.ordinal()] / n,
                    labels[SentimentLabel.NEGATIVE.ordinal()] / n));
        }
        return summaries;
    }
}
