package org.sentigrid.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import org.sentigrid.api.EngineMode;

/**
 * The contrastive "but": sentiment before the first "but" is halved, after it multiplied by 1.5.
 *
 * <p>nltk applies this by position. vaderSentiment 3.3.2 walks the list and, for each value, changes
 * the <em>first</em> entry equal to it ({@code sentiments.index(sentiment)}), so a repeated value
 * can be scaled twice and a later one not at all. That quirk is reproduced here, with an index of
 * value → positions so it stays O(n log n) instead of Python's O(n²).
 */
final class ButRule {
    private ButRule() {
    }

    /** {@code but}: the index of the first token that is "but" (lower-cased), or -1 when there is none. */
    static void apply(EngineMode mode, int but, double[] sentiments, int[] masks) {
        if (but < 0) {
            return;
        }
        if (mode == EngineMode.NLTK) {
            for (int k = 0; k < sentiments.length; k++) {
                scale(k, but, sentiments, masks);
            }
        } else {
            applyByValue(but, sentiments, masks);
        }
    }

    private static void applyByValue(int but, double[] sentiments, int[] masks) {
        // Positions already walked past, grouped by their current value. Zeros never change, so are skipped.
        Map<Double, TreeSet<Integer>> walked = new HashMap<>();
        for (int k = 0; k < sentiments.length; k++) {
            double value = sentiments[k];
            if (value == 0) {
                continue;
            }
            TreeSet<Integer> same = walked.get(value);
            int first = same == null || same.isEmpty() ? k : same.first();
            if (first != k) {
                same.remove(first);
            }
            scale(first, but, sentiments, masks);
            walked.computeIfAbsent(sentiments[first], v -> new TreeSet<>()).add(first);
            if (first != k) {
                walked.computeIfAbsent(sentiments[k], v -> new TreeSet<>()).add(k);
            }
        }
    }

    private static void scale(int position, int but, double[] sentiments, int[] masks) {
        if (position == but) {
            return;
        }
        sentiments[position] *= position < but ? 0.5 : 1.5;
        if (sentiments[position] != 0) {
            masks[position] |= ValenceRules.bit(Rule.BUT);
        }
    }
}
