package org.sentigrid.desktop.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sentigrid.desktop.results.ResultStore;
import org.sentigrid.engine.Explanation;
import org.sentigrid.engine.SentimentAnalyzer;
import org.sentigrid.engine.TokenExplanation;

/**
 * Words worth adding to the lexicon: words of three or more letters (and hyphens or apostrophes) that
 * are not lexicon words and that no rule changed, ranked by how often they occur in the rows the table shows (its text and label filter),
 * weighted by how rare they are in all the results: {@code score = shown count × ln(all units / units
 * with the word)}, ties by word. So a word that is frequent where the user looks and rare elsewhere comes
 * first, and words that are everywhere ("the") score near 0. No model, nothing learned.
 */
public final class Suggestions {
    private Suggestions() {
    }

    /** The {@code top} best suggestions; {@code shown} are the store indices the table shows. */
    public static List<Suggestion> rank(ResultStore results, int[] shown, SentimentAnalyzer analyzer, int top) {
        Map<String, Integer> units = new HashMap<>();
        for (int i = 0; i < results.size(); i++) {
            for (String word : candidates(analyzer.explain(results.text(i)))) {
                units.merge(word, 1, Integer::sum);
            }
        }
        Map<String, Integer> shownCounts = new HashMap<>();
        for (int index : shown) {
            for (TokenExplanation token : analyzer.explain(results.text(index)).tokens()) {
                if (isCandidate(token)) {
                    shownCounts.merge(token.lowerCase(), 1, Integer::sum);
                }
            }
        }
        List<Suggestion> ranked = new ArrayList<>();
        shownCounts.forEach((word, count) -> ranked.add(new Suggestion(word, count, units.get(word),
                count * Math.log((double) results.size() / units.get(word)))));
        ranked.sort((a, b) -> a.score() != b.score() ? Double.compare(b.score(), a.score()) : a.word().compareTo(b.word()));
        return ranked.subList(0, Math.min(top, ranked.size()));
    }

    private static Set<String> candidates(Explanation explanation) {
        Set<String> words = new HashSet<>();
        for (TokenExplanation token : explanation.tokens()) {
            if (isCandidate(token)) {
                words.add(token.lowerCase());
            }
        }
        return words;
    }

    private static boolean isCandidate(TokenExplanation token) {
        String word = token.token();
        if (token.lexiconValence().isPresent() || word.length() < 3 || !token.rules().isEmpty()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLetter(word.charAt(i)) && word.charAt(i) != '-' && word.charAt(i) != '\'') {
                return false;
            }
        }
        return true;
    }
}
