package org.sentigrid.spark;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.sentigrid.api.EngineMode;
import org.sentigrid.api.SentimentLabel;
import org.sentigrid.engine.LexiconOverlay;
import org.sentigrid.engine.SentimentAnalyzer;

/**
 * How the functions and the job score: the label threshold and the user's lexicon words. It travels to
 * the executors as data (a few numbers and words); each executor JVM builds one analyzer per engine mode
 * and word list, the first time a task asks, and all its tasks share it.
 */
public final class SentigridOptions implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    /** This JVM's analyzers, by mode and words: built once, shared by every task (they are immutable). */
    private static final Map<List<Object>, SentimentAnalyzer> ANALYZERS = new ConcurrentHashMap<>();

    private final double threshold;
    /**
     * The lexicon overlay in the {@code --lexicon} file format (words, idioms, boosters, removals), as one
     * string: it serializes and compares as one value. Empty for none.
     */
    private final String overlay;

    private SentigridOptions(double threshold, LexiconOverlay overlay) {
        if (!SentimentLabel.isThreshold(threshold)) {
            throw new IllegalArgumentException("the threshold must be greater than 0 and less than 1, was " + threshold);
        }
        this.threshold = threshold;
        this.overlay = overlay.text();
    }

    /** VADER's threshold (0.05) and the shipped lexicons. */
    public static SentigridOptions defaults() {
        return new SentigridOptions(SentimentLabel.DEFAULT_THRESHOLD, LexiconOverlay.empty());
    }

    /** The same words, another threshold: compound >= T is positive, <= -T negative; 0 < T < 1. */
    public SentigridOptions withThreshold(double threshold) {
        return new SentigridOptions(threshold, overlay());
    }

    /** Words added to the lexicon or given new valences (-4 to 4), as {@code analyze --lexicon} adds them. */
    public SentigridOptions withWords(Map<String, Double> words) {
        return new SentigridOptions(threshold, LexiconOverlay.of(words));
    }

    /**
     * The words of a lexicon overlay file ({@code word<TAB>valence} lines), read here, on the driver.
     *
     * @throws org.sentigrid.engine.LexiconFormatException a line that is not a word and a valence, named by its number
     */
    public SentigridOptions withLexicon(Path file) throws IOException {
        return new SentigridOptions(threshold, LexiconOverlay.read(file));
    }

    public double threshold() {
        return threshold;
    }

    /** This JVM's analyzer for the mode and these words. */
    SentimentAnalyzer analyzer(EngineMode mode) {
        Objects.requireNonNull(mode, "mode");
        if (overlay.isEmpty()) {
            return SentimentAnalyzer.of(mode);
        }
        return ANALYZERS.computeIfAbsent(List.of(mode, overlay), key -> SentimentAnalyzer.of(mode, overlay()));
    }

    private LexiconOverlay overlay() {
        try {
            return LexiconOverlay.read("the options' lexicon", new StringReader(overlay));
        } catch (IOException e) {
            throw new IllegalStateException("an overlay's own text reads back", e);
        }
    }
}
