package org.sentigrid.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import com.vader.sentiment.analyzer.SentimentAnalyzer;

/**
 * {@code com.github.apanimesh061:vader-sentiment-analyzer:1.0}, driven the way its README shows. One instance
 * keeps the text being scored in fields, so it is NOT thread-safe: give every thread its own.
 */
public final class ApanimeshPort {
    private final SentimentAnalyzer analyzer = new SentimentAnalyzer();

    /** The port's compound score for {@code text} (a 32-bit float, as the port computes). */
    public float compound(String text) {
        analyzer.setInputString(text);
        try {
            analyzer.setInputStringProperties();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        analyzer.analyze();
        Map<String, Float> polarity = analyzer.getPolarity();
        return polarity.get("compound");
    }
}
