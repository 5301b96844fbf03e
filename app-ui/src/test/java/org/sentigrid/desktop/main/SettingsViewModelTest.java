package org.sentigrid.desktop.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sentigrid.api.EngineMode;
import org.sentigrid.engine.LexiconOverlay;
import org.sentigrid.engine.SentimentAnalyzer;
import org.sentigrid.session.SessionSettings;
import org.sentigrid.text.SplitMode;

/** The main screen's settings without a window: a typed threshold, the analyzer kept per choice, a session's settings. */
class SettingsViewModelTest {
    private final StatusViewModel status = new StatusViewModel();
    private final SettingsViewModel settings = new SettingsViewModel(status);

    @Test
    void aTypedThresholdOutsideItsRangeOrNoNumberKeepsTheOneInForceAndSaysWhy() {
        String before = status.statusProperty().get();
        assertThat(settings.typedThreshold(" 0.3 ")).isEqualTo(0.3);
        assertThat(status.statusProperty().get()).isEqualTo(before);

        assertThat(settings.typedThreshold("1.5")).isEqualTo(0.05);
        assertThat(status.statusProperty().get())
                .isEqualTo("The threshold is a number from 0.01 to 0.99, and \"1.5\" is not; it stays 0.05.");
        assertThat(settings.typedThreshold("half")).isEqualTo(0.05);
        assertThat(status.statusProperty().get()).contains("\"half\" is not");
        assertThat(status.notices()).as("the status line says it; no notification").isEmpty();
    }

    @Test
    void theAnalyzerIsMadeOncePerEngineAndOverlay() {
        SentimentAnalyzer first = settings.analyzer();
        assertThat(settings.analyzer()).isSameAs(first);

        settings.engineProperty().set(EngineMode.NLTK);
        SentimentAnalyzer nltk = settings.analyzer();
        assertThat(nltk).isNotSameAs(first);
        assertThat(nltk.mode()).isEqualTo(EngineMode.NLTK);
        settings.thresholdProperty().set(0.2);
        assertThat(settings.analyzer()).as("the threshold is no analyzer's").isSameAs(nltk);
    }

    @Test
    void aSessionsSettingsArePutInPlaceAsRestoredAndGiveTheSameBack() {
        SessionSettings saved = new SessionSettings(EngineMode.NLTK, SplitMode.LINES, 0.25, 40, LexiconOverlay.empty());
        List<Boolean> restoringSeen = new ArrayList<>();
        settings.engineProperty().addListener((obs, old, now) -> restoringSeen.add(settings.isRestoring()));
        settings.splitProperty().addListener((obs, old, now) -> restoringSeen.add(settings.isRestoring()));

        settings.restore(saved);

        assertThat(restoringSeen).as("a change made by restoring re-runs nothing").containsExactly(true, true);
        assertThat(settings.isRestoring()).isFalse();
        assertThat(settings.sessionSettings()).isEqualTo(saved);
    }
}
