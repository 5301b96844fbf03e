package org.sentigrid.desktop.explain;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.sentigrid.api.SentimentScores;
import org.sentigrid.engine.Explanation;
import org.sentigrid.engine.TokenExplanation;

/**
 * A unit and why it scored as it did, as the explanation view shows it: its scored words (where they are in
 * the text, their final valence and a description for a tooltip), its scores and the emphasis from ! and ?.
 */
public record Explained(String document, long unit, String text, List<Word> words, SentimentScores scores,
                        double punctuationEmphasis) {

    /** A scored word: {@code text.substring(start, end)}, its final valence, and how it got it. */
    public record Word(int start, int end, double valence, String description) {
    }

    /** The engine's explanation of {@code text}, in words the view shows. */
    static Explained of(String document, long unit, String text, Explanation explanation) {
        List<Word> words = explanation.tokens().stream()
                .map(token -> new Word(token.start(), token.end(), token.valence(), describe(token))).toList();
        return new Explained(document, unit, text, words, explanation.scores(), explanation.punctuationEmphasis());
    }

    static String describe(TokenExplanation token) {
        String lexicon = token.lexiconValence().isPresent()
                ? decimal(token.lexiconValence().getAsDouble()) : "not in the lexicon";
        String rules = token.rules().isEmpty() ? "none"
                : token.rules().stream().map(r -> r.name().toLowerCase(Locale.ROOT)).sorted().collect(Collectors.joining(", "));
        return "“" + token.token() + "”\nlexicon valence: " + lexicon + "\nfinal valence: " + decimal(token.valence())
                + "\nrules: " + rules;
    }

    /** A valence or compound as the view shows it: 4 decimals. */
    static String decimal(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
