package org.sentigrid.terms;

import java.util.ArrayList;
import java.util.List;
import org.sentigrid.api.SentimentLabel;
import org.sentigrid.engine.Explanation;
import org.sentigrid.engine.TokenExplanation;
import org.sentigrid.text.TextUnit;

/**
 * Keyword in context: the occurrences of one word among a unit's tokens, as VADER cut them (so "good."
 * is "good", and case does not matter), each with up to {@code width} characters of its unit's text on
 * either side. {@code sentigrid kwic} and the window's Terms tab both find them with this class.
 */
public final class Kwic {
    /** Characters of context on either side unless asked otherwise. */
    public static final int DEFAULT_WIDTH = 40;

    private final String word;
    private final int width;
    private final double threshold;

    public Kwic(String word, int width, double threshold) {
        if (word.isBlank() || width < 0) {
            throw new IllegalArgumentException("a word to look for and a width of 0 or more");
        }
        this.word = Explanation.lowerCase(word.strip());
        this.width = width;
        this.threshold = threshold;
    }

    /** The word this looks for, in lower case. */
    public String word() {
        return word;
    }

    /** The occurrences of the word in one unit, in order. */
    public List<KwicLine> find(TextUnit unit, Explanation explanation) {
        List<KwicLine> lines = new ArrayList<>(1);
        String text = unit.text();
        int lastStart = -1;
        for (TokenExplanation token : explanation.tokens()) {
            // An emoji's description words share its span: the emoji is one occurrence.
            if (token.start() == lastStart || !token.lowerCase().equals(word)) {
                continue;
            }
            lastStart = token.start();
            double compound = explanation.scores().compound();
            lines.add(new KwicLine(unit.source(), unit.unit(), left(text, token.start()),
                    text.substring(token.start(), token.end()), right(text, token.end()), compound,
                    SentimentLabel.of(compound, threshold), token.start()));
        }
        return lines;
    }

    private String left(String text, int end) {
        String context = oneLine(text.substring(Math.max(0, end - 4 * width - 4), end)).stripTrailing();
        return context.length() <= width ? context : context.substring(context.length() - width);
    }

    private String right(String text, int start) {
        String context = oneLine(text.substring(start, Math.min(text.length(), start + 4 * width + 4))).stripLeading();
        return context.length() <= width ? context : context.substring(0, width);
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
