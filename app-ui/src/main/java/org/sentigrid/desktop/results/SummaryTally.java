package org.sentigrid.desktop.results;

import java.util.ArrayList;
import java.util.List;
import org.sentigrid.api.SentimentLabel;

/**
 * Running totals per document (units, sum of compounds, units per label under one threshold), kept up
 * as results arrive, so the summary costs O(documents) however many units there are. A new threshold
 * re-counts everything once.
 */
public final class SummaryTally {
    private final List<long[]> counts = new ArrayList<>(); // per document: units, then one count per label
    private final List<double[]> sums = new ArrayList<>();
    private double threshold;

    public SummaryTally(double threshold) {
        this.threshold = threshold;
    }

    /** Counts every unit of the results again under this threshold. */
    public void reset(ResultStore results, double newThreshold) {
        threshold = newThreshold;
        counts.clear();
        sums.clear();
        for (int i = 0; i < results.size(); i++) {
            add(results.document(i), results.compound(i));
        }
    }

    public void add(int document, double compound) {
        while (counts.size() <= document) {
            counts.add(new long[1 + SentimentLabel.values().length]);
            sums.add(new double[1]);
        }
        long[] c = counts.get(document);
        c[0]++;
        c[1 + SentimentLabel.of(compound, threshold).ordinal()]++;
        sums.get(document)[0] += compound;
    }

    /** One summary per document of the results (named as there), in order. */
    public List<DocumentSummary> summaries(ResultStore results) {
        List<DocumentSummary> summaries = new ArrayList<>();
        for (int d = 0; d < results.documents(); d++) {
            long[] c = d < counts.size() ? counts.get(d) : new long[1 + SentimentLabel.values().length];
            double sum = d < sums.size() ? sums.get(d)[0] : 0;
            double n = Math.max(1, c[0]);
            summaries.add(new DocumentSummary(results.documentName(d), (int) c[0], c[0] == 0 ? Double.NaN : sum / c[0],
                    c[1 + SentimentLabel.POSITIVE.ordinal()] / n, c[1 + SentimentLabel.NEUTRAL.ordinal()] / n,
                    c[1 + SentimentLabel.NEGATIVE.ordinal()] / n));
        }
        return summaries;
    }
}
