package org.sentigrid.engine;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sentigrid.api.EngineMode;

/**
 * Gives each token its valence after VADER's rules (boosters and dampeners, ALL CAPS, negation,
 * "least", "never so", idioms), for one unit. The two references differ in a few places, marked
 * "vader:" and "nltk:" below. Every rule looks at most three tokens back or two ahead, so one unit
 * costs time linear in its number of tokens.
 */
final class ValenceRules {
    private final ModeRules rules;
    private final Lexicon lexicon;
    /**
     * First word → second words of the multi-word idioms and booster phrases: a cheap test before
     * joining tokens (tokens hold no space, so a joined phrase matches only if its words do).
     */
    private final Map<String, Set<String>> phraseOpenings = new HashMap<>();

    ValenceRules(ModeRules rules, Lexicon lexicon) {
        this.rules = rules;
        this.lexicon = lexicon;
        for (Map<String, Double> phrases : List.of(rules.idioms, rules.boosters)) {
            for (String phrase : phrases.keySet()) {
                String[] words = phrase.split(" ");
                if (words.length > 1) {
                    phraseOpenings.computeIfAbsent(words[0], first -> new HashSet<>()).add(words[1]);
                }
            }
        }
    }

    /** The tokens' valences in order; {@code ruleMasks[k]} gets a bit per {@link Rule} that changed token k. */
    double[] valences(Tokens unit, int[] ruleMasks) {
        int n = unit.size;
        double[] sentiments = new double[n];
        if (rules.mode == EngineMode.VADER) {
            for (int i = 0; i < n; i++) {
                sentiments[i] = valenceAt(unit, i, ruleMasks);
            }
        } else {
            // nltk: each token is scored at the position of its first occurrence (words.index(item)),
            // so "good good not good" scores every "good" as the first one.
            Map<String, Integer> firstIndex = new HashMap<>();
            for (int k = 0; k < n; k++) {
                if (Double.isNaN(unit.lexicon[k])) {
                    continue; // valence 0, no rule: wherever its first occurrence is
                }
                Integer i = firstIndex.putIfAbsent(unit.words[k], k);
                if (i == null) {
                    sentiments[k] = valenceAt(unit, k, ruleMasks);
                } else {
                    sentiments[k] = sentiments[i];
                    ruleMasks[k] = ruleMasks[i];
                }
            }
        }
        return sentiments;
    }

    private double valenceAt(Tokens u, int i, int[] masks) {
        if (Double.isNaN(u.lexicon[i])) {
            return 0;
        }
        String word = u.lower[i];
        if (u.booster(i) != 0 || (i < u.size - 1 && word.equals("kind") && u.lower[i + 1].equals("of"))) {
            return 0;
        }
        double valence = u.lexicon[i];
        if (rules.mode == EngineMode.VADER) {
            valence = noAsNegation(u, i, valence, masks);
        }
        if (u.upper[i] && u.capsDiffer()) {
            valence += valence > 0 ? ModeRules.C_INCR : -ModeRules.C_INCR;
            masks[i] |= bit(Rule.ALL_CAPS);
        }
        for (int back = 0; back < 3; back++) {
            int j = i - (back + 1);
            if (i > back && Double.isNaN(u.lexicon[j])) {
                double scalar = scalarIncDec(u, j, valence);
                if (scalar != 0) {
                    scalar *= back == 1 ? 0.95 : back == 2 ? 0.9 : 1;
                    masks[i] |= bit(u.booster(j) > 0 ? Rule.BOOSTER : Rule.DAMPENER);
                }
                valence = valence + scalar;
                valence = negationCheck(u, back, i, valence, masks);
                if (back == 2) {
                    valence = idiomsCheck(u, i, valence, masks);
                }
            }
        }
        return leastCheck(u, i, valence, masks);
    }

    /** vader: "no" before a lexicon word negates it instead of counting as negative itself. */
    private double noAsNegation(Tokens u, int i, double valence, int[] masks) {
        String[] w = u.lower;
        if (w[i].equals("no") && i != u.size - 1 && lexicon.contains(w[i + 1])) {
            valence = 0.0;
            masks[i] |= bit(Rule.NEGATION);
        }
        if ((i > 0 && w[i - 1].equals("no")) || (i > 1 && w[i - 2].equals("no"))
                || (i > 2 && w[i - 3].equals("no") && (w[i - 1].equals("or") || w[i - 1].equals("nor")))) {
            valence = u.lexicon[i] * ModeRules.N_SCALAR;
            masks[i] |= bit(Rule.NEGATION);
        }
        return valence;
    }

    private double scalarIncDec(Tokens u, int j, double valence) {
        double booster = u.booster(j);
        if (booster == 0) {
            return 0.0;
        }
        double scalar = booster;
        if (valence < 0) {
            scalar *= -1;
        }
        if (u.upper[j] && u.capsDiffer()) {
            scalar += valence > 0 ? ModeRules.C_INCR : -ModeRules.C_INCR;
        }
        return scalar;
    }

    private double negationCheck(Tokens u, int back, int i, double valence, int[] masks) {
        boolean vader = rules.mode == EngineMode.VADER;
        // vader compares lower-cased words with "never", "so", "this"; nltk compares them as written.
        String[] w = vader ? u.lower : u.words;
        if (back == 1) {
            if (w[i - 2].equals("never") && isSoOrThis(w[i - 1])) {
                masks[i] |= bit(Rule.NEVER_SO);
                return valence * (vader ? 1.25 : 1.5);
            }
            if (vader && u.lower[i - 2].equals("without") && u.lower[i - 1].equals("doubt")) {
                return valence;
            }
        } else if (back == 2) {
            // Both references read this as "(never, then so/this) or so/this right before the word".
            if ((w[i - 3].equals("never") && isSoOrThis(w[i - 2])) || isSoOrThis(w[i - 1])) {
                masks[i] |= bit(Rule.NEVER_SO);
                return valence * 1.25;
            }
            if (vader && u.lower[i - 3].equals("without")
                    && (u.lower[i - 2].equals("doubt") || u.lower[i - 1].equals("doubt"))) {
                return valence;
            }
        }
        if (u.isNegation(i - (back + 1))) {
            masks[i] |= bit(Rule.NEGATION);
            return valence * ModeRules.N_SCALAR;
        }
        return valence;
    }

    /** Special-case idioms replace the valence; "kind of" / "sort of" / "just enough" before it damp it. */
    private double idiomsCheck(Tokens u, int i, double valence, int[] masks) {
        boolean vader = rules.mode == EngineMode.VADER;
        String[] w = vader ? u.lower : u.words;
        int n = u.size;
        // Phrases are lower case, so a window where no word's lower case opens one has none (most words).
        if (!u.mayOpenPhrase(i - 3) && !u.mayOpenPhrase(i - 2) && !u.mayOpenPhrase(i - 1) && !u.mayOpenPhrase(i)) {
            return valence;
        }
        Double idiom = firstNonNull(
                rules.idioms, phrase(w, n, i - 1, 2), phrase(w, n, i - 2, 3), phrase(w, n, i - 2, 2),
                phrase(w, n, i - 3, 3), phrase(w, n, i - 3, 2));
        if (idiom != null) {
            valence = idiom;
            masks[i] |= bit(Rule.IDIOM);
        }
        if (n - 1 > i) {
            Double ahead = lookup(rules.idioms, phrase(w, n, i, 2));
            if (ahead != null) {
                valence = ahead;
                masks[i] |= bit(Rule.IDIOM);
            }
        }
        if (n - 1 > i + 1) {
            Double ahead = lookup(rules.idioms, phrase(w, n, i, 3));
            if (ahead != null) {
                valence = ahead;
                masks[i] |= bit(Rule.IDIOM);
            }
        }
        if (vader) {
            for (String ngram : new String[] {phrase(w, n, i - 3, 3), phrase(w, n, i - 3, 2), phrase(w, n, i - 2, 2)}) {
                Double booster = lookup(rules.boosters, ngram);
                if (booster != null) {
                    valence = valence + booster;
                    masks[i] |= bit(booster > 0 ? Rule.BOOSTER : Rule.DAMPENER);
                }
            }
        } else if (lookup(rules.boosters, phrase(w, n, i - 3, 2)) != null || lookup(rules.boosters, phrase(w, n, i - 2, 2)) != null) {
            // nltk: any such phrase damps, once, by B_DECR.
            valence = valence + ModeRules.B_DECR;
            masks[i] |= bit(Rule.DAMPENER);
        }
        return valence;
    }

    private double leastCheck(Tokens u, int i, double valence, int[] masks) {
        String[] w = u.lower;
        if (i > 1 && Double.isNaN(u.lexicon[i - 1]) && w[i - 1].equals("least")) {
            if (!w[i - 2].equals("at") && !w[i - 2].equals("very")) {
                masks[i] |= bit(Rule.LEAST);
                return valence * ModeRules.N_SCALAR;
            }
        } else if (i > 0 && Double.isNaN(u.lexicon[i - 1]) && w[i - 1].equals("least")) {
            masks[i] |= bit(Rule.LEAST);
            return valence * ModeRules.N_SCALAR;
        }
        return valence;
    }

    /** The words from..from+length-1 joined by spaces, or null when no phrase can start there. */
    private String phrase(String[] words, int size, int from, int length) {
        if (from + length > size || !opensPhrase(words, size, from)) {
            return null;
        }
        StringBuilder joined = new StringBuilder(words[from]);
        for (int k = from + 1; k < from + length; k++) {
            joined.append(' ').append(words[k]);
        }
        return joined.toString();
    }

    /** Whether words[from] and words[from + 1] are the first two words of an idiom or booster phrase. */
    private boolean opensPhrase(String[] words, int size, int from) {
        if (from < 0 || from + 1 >= size) {
            return false;
        }
        Set<String> seconds = phraseOpenings.get(words[from]);
        return seconds != null && seconds.contains(words[from + 1]);
    }

    private static Double lookup(Map<String, Double> map, String key) {
        return key == null ? null : map.get(key);
    }

    private static Double firstNonNull(Map<String, Double> map, String... keys) {
        for (String key : keys) {
            Double value = lookup(map, key);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static boolean isSoOrThis(String word) {
        return word.equals("so") || word.equals("this");
    }

    static int bit(Rule rule) {
        return 1 << rule.ordinal();
    }
}
