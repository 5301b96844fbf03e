package org.sentigrid.engine;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sentigrid.api.EngineMode;

/** The word lists and constants of VADER, with the differences between the two references. */
final class ModeRules {
    static final double B_INCR = 0.293;
    static final double B_DECR = -0.293;
    static final double C_INCR = 0.733;
    static final double N_SCALAR = -0.74;

    /** NEGATE: the same in both references. (HashSet and HashMap here: their lookups are faster than Set.of's on this hot path.) */
    static final Set<String> NEGATIONS = new HashSet<>(List.of(
            "aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt",
            "ain't", "aren't", "can't", "couldn't", "daren't", "didn't", "doesn't",
            "dont", "hadnt", "hasnt", "havent", "isnt", "mightnt", "mustnt", "neither",
            "don't", "hadn't", "hasn't", "haven't", "isn't", "mightn't", "mustn't",
            "neednt", "needn't", "never", "none", "nope", "nor", "not", "nothing", "nowhere",
            "oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent",
            "oughtn't", "shan't", "shouldn't", "uh-uh", "wasn't", "weren't",
            "without", "wont", "wouldnt", "won't", "wouldn't", "rarely", "seldom", "despite"));

    private static final String[] BOOSTERS_BOTH = {
        "absolutely", "amazingly", "awfully", "completely", "considerably", "decidedly", "deeply", "effing",
        "enormously", "entirely", "especially", "exceptionally", "extremely", "fabulously", "flipping", "flippin",
        "fricking", "frickin", "frigging", "friggin", "fully", "fucking", "greatly", "hella", "highly", "hugely",
        "incredibly", "intensely", "majorly", "more", "most", "particularly", "purely", "quite", "really",
        "remarkably", "so", "substantially", "thoroughly", "totally", "tremendously", "uber", "unbelievably",
        "unusually", "utterly", "very"};
    private static final String[] BOOSTERS_VADER_ONLY = {
        "considerable", "enormous", "exceptional", "extreme", "frackin", "fracking", "fuckin", "fuggin", "fugging",
        "incredible", "major", "total", "tremendous", "utter"};
    private static final String[] DAMPENERS_BOTH = {
        "almost", "barely", "hardly", "just enough", "kind of", "kinda", "kindof", "kind-of", "less", "little",
        "marginally", "occasionally", "partly", "scarcely", "slightly", "somewhat", "sort of", "sorta", "sortof",
        "sort-of"};
    private static final String[] DAMPENERS_VADER_ONLY = {"marginal", "occasional", "scarce", "slight"};

    final EngineMode mode;
    /** BOOSTER_DICT: word (or two-word phrase) → B_INCR or B_DECR. */
    final Map<String, Double> boosters;
    /** SPECIAL_CASES (vaderSentiment) / SPECIAL_CASE_IDIOMS (NLTK): phrase → valence that replaces the word's. */
    final Map<String, Double> idioms;

    private ModeRules(EngineMode mode, Map<String, Double> boosters, Map<String, Double> idioms) {
        this.mode = mode;
        this.boosters = Collections.unmodifiableMap(new HashMap<>(boosters));
        this.idioms = Collections.unmodifiableMap(new HashMap<>(idioms));
    }

    /** The mode's lists with the overlay's idioms and boosters added, and what it removes taken out. */
    static ModeRules of(EngineMode mode, LexiconOverlay overlay) {
        ModeRules shipped = of(mode);
        if (overlay.isEmpty()) {
            return shipped;
        }
        Map<String, Double> boosters = new HashMap<>(shipped.boosters);
        Map<String, Double> idioms = new HashMap<>(shipped.idioms);
        overlay.entries().forEach((phrase, entry) -> {
            switch (entry.kind()) {
                case IDIOM -> idioms.put(phrase, entry.valence());
                case BOOSTER -> boosters.put(phrase, B_INCR);
                case DAMPENER -> boosters.put(phrase, B_DECR);
                case REMOVE -> {
                    boosters.remove(phrase);
                    idioms.remove(phrase);
                }
                case WORD -> {
                    // The lexicon's (Lexicon.with).
                }
            }
        });
        return new ModeRules(mode, boosters, idioms);
    }

    static ModeRules of(EngineMode mode) {
        Map<String, Double> boosters = new HashMap<>();
        put(boosters, BOOSTERS_BOTH, B_INCR);
        put(boosters, DAMPENERS_BOTH, B_DECR);
        Map<String, Double> idioms = new HashMap<>();
        idioms.put("the shit", 3.0);
        idioms.put("the bomb", 3.0);
        idioms.put("bad ass", 1.5);
        idioms.put("yeah right", -2.0);
        idioms.put("kiss of death", -1.5);
        if (mode == EngineMode.VADER) {
            put(boosters, BOOSTERS_VADER_ONLY, B_INCR);
            put(boosters, DAMPENERS_VADER_ONLY, B_DECR);
            idioms.put("badass", 1.5);
            idioms.put("bus stop", 0.0);
            idioms.put("to die for", 3.0);
            idioms.put("beating heart", 3.1);
            idioms.put("broken heart", -2.9);
        } else {
            idioms.put("cut the mustard", 2.0);
            idioms.put("hand to mouth", -2.0);
        }
        return new ModeRules(mode, boosters, idioms);
    }

    private static void put(Map<String, Double> map, String[] words, double value) {
        for (String word : words) {
            map.put(word, value);
        }
    }
}
