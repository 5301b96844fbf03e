package org.sentigrid.desktop.main;

import java.util.Locale;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.sentigrid.api.EngineMode;
import org.sentigrid.api.SentimentLabel;
import org.sentigrid.desktop.charts.ArcChart;
import org.sentigrid.engine.LexiconOverlay;
import org.sentigrid.engine.SentimentAnalyzer;
import org.sentigrid.session.SessionSettings;
import org.sentigrid.text.SplitMode;

/**
 * How the main screen scores and shows: the engine, the split, the label threshold, the arc's window and the
 * user's lexicon overlay. The next job scores with them, and sessions and journals keep them. FX thread.
 */
public final class SettingsViewModel {
    /** The threshold's range: more than 0 and less than 1, as {@code analyze --threshold}, in the box's steps. */
    public static final double MIN_THRESHOLD = 0.01;
    public static final double MAX_THRESHOLD = 0.99;

    private final StatusViewModel status;
    private final ObjectProperty<EngineMode> engine = new SimpleObjectProperty<>(EngineMode.VADER);
    private final ObjectProperty<SplitMode> split = new SimpleObjectProperty<>(SplitMode.SENTENCES);
    private final DoubleProperty threshold = new SimpleDoubleProperty(SentimentLabel.DEFAULT_THRESHOLD);
    private final IntegerProperty arcWindow = new SimpleIntegerProperty(ArcChart.AUTO_WINDOW);
    /** The user's lexicon overlay: the next job scores with it, and sessions and journals keep it. */
    private final ObjectProperty<LexiconOverlay> overlay = new SimpleObjectProperty<>(LexiconOverlay.empty());
    private SentimentAnalyzer analyzer;
    /** Set while a session's settings are put in place: they must not re-run the job. */
    private boolean restoring;

    SettingsViewModel(StatusViewModel status) {
        this.status = status;
    }

    /**
     * The threshold typed in its box; when the text is not one (not a number, or outside 0.01–0.99), the one in
     * force, and the status bar says why.
     */
    public double typedThreshold(String text) {
        double current = threshold.get();
        String typed = text == null ? "" : text.strip();
        try {
            double value = Double.parseDouble(typed);
            if (value >= MIN_THRESHOLD && value <= MAX_THRESHOLD) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        status.set(String.format(Locale.ENGLISH, "The threshold is a number from %.2f to %.2f, and \"%s\" is not; it stays %.2f.",
                MIN_THRESHOLD, MAX_THRESHOLD, typed, current));
        return current;
    }

    /** The analyzer of the engine and overlay chosen now (made once per change: building one reads the lexicon). */
    public SentimentAnalyzer analyzer() {
        if (analyzer == null || analyzer.mode() != engine.get() || !analyzer.overlay().equals(overlay.get())) {
            analyzer = SentimentAnalyzer.of(engine.get(), overlay.get());
        }
        return analyzer;
    }

    /** The settings as a session or a journal keeps them. */
    SessionSettings sessionSettings() {
        return new SessionSettings(engine.get(), split.get(), threshold.get(), arcWindow.get(), overlay.get());
    }

    /** Puts a session's (or a journal's) settings in place, without re-running the job ({@link #isRestoring}). */
    void restore(SessionSettings settings) {
        restoring = true;
        try {
            engine.set(settings.engine());
            split.set(settings.split());
            threshold.set(settings.threshold());
            arcWindow.set(settings.arcWindow());
            overlay.set(settings.overlay());
        } finally {
            restoring = false;
        }
    }

    /** Whether the settings are being put in place from a session: a change then re-runs nothing. */
    boolean isRestoring() {
        return restoring;
    }

    public ObjectProperty<EngineMode> engineProperty() {
        return engine;
    }

    public ObjectProperty<SplitMode> splitProperty() {
        return split;
    }

    public DoubleProperty thresholdProperty() {
        return threshold;
    }

    public ObjectProperty<LexiconOverlay> overlayProperty() {
        return overlay;
    }

    public IntegerProperty arcWindowProperty() {
        return arcWindow;
    }
}
