package org.sentigrid.bench;

import java.util.HashMap;
import java.util.Map;

/**
 * The floor every lexicon-based scorer pays: split on whitespace, look each token up once in a
 * {@code HashMap<String, Double>} built from the same VADER lexicon, sum the valences. No lower-casing,
 * no punctuation stripping, no rules, no normalisation: anything a real scorer does costs more than this.
 */
public final class FloorScorer {
    /** The engine's own copy of vaderSentiment's lexicon, on the classpath through rmi-worker's jar. */
    static final String LEXICON = "/org/sentigrid/engine/vader_lexicon.txt";

    private final Map<String, Double> valences;

    public FloorScorer() {
        this.valences = load();
    }

    /** Words in the lexicon (duplicated words counted once: the last line wins, as in a Python dict). */
    public int size() {
        return valences.size();
    }

    /** The sum of the lexicon valences of the whitespace-separated tokens of {@code text}. */
    public double score(String text) {
        double sum = 0.0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                Double valence = valences.get(text.substring(start, i));
                if (valence != null) {
                    sum += valence;
                }
            }
        }
        return sum;
    }

    private static Map<String, Double> load() {
        Map<String, Double> map = new HashMap<>(16_384);
        for (String line : Corpus.resource(LEXICON).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split("\t", 3);
            if (fields.length < 2) {
                throw new IllegalStateException(LEXICON + ": not word<TAB>mean...: " + line);
            }
            map.put(fields[0], Double.parseDouble(fields[1].strip()));
        }
        return map;
    }
}
