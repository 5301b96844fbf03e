package org.sentigrid.engine;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.sentigrid.api.EngineMode;

/**
 * What a mode ships with, for browsing and editing: the lexicon's words, VADER's idioms and boosters
 * (B_INCR or B_DECR), and (vader mode) the emoji lexicon's descriptions. Each map is sorted and
 * unmodifiable.
 */
public record ShippedLists(Map<String, Double> words, Map<String, Double> idioms, Map<String, Double> boosters,
                           Map<String, String> emoji) {
    public ShippedLists {
        words = Collections.unmodifiableMap(new TreeMap<>(words));
        idioms = Collections.unmodifiableMap(new TreeMap<>(idioms));
        boosters = Collections.unmodifiableMap(new TreeMap<>(boosters));
        emoji = Collections.unmodifiableMap(new TreeMap<>(emoji));
    }

    public static ShippedLists of(EngineMode mode) {
        ModeRules rules = ModeRules.of(mode);
        Map<String, String> emoji = new HashMap<>();
        if (mode == EngineMode.VADER) {
            SentimentAnalyzer.emojiDescriptions().forEach((codePoint, description) ->
                    emoji.put(new String(Character.toChars(codePoint)), description));
        }
        return new ShippedLists(SentimentAnalyzer.shippedLexicon(mode).valences(), rules.idioms, rules.boosters, emoji);
    }
}
