package org.sentigrid.session;

import java.util.Objects;
import org.sentigrid.api.EngineMode;
import org.sentigrid.engine.LexiconOverlay;
import org.sentigrid.text.SplitMode;

/**
 * How the results were made and are shown: engine, split mode, the user's lexicon overlay, label
 * threshold and the arc's window.
 */
public record SessionSettings(EngineMode engine, SplitMode split, double threshold, int arcWindow, LexiconOverlay overlay) {
    public SessionSettings {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(overlay, "overlay");
    }

    /** Settings without an overlay. */
    public SessionSettings(EngineMode engine, SplitMode split, double threshold, int arcWindow) {
        this(engine, split, threshold, arcWindow, LexiconOverlay.empty());
    }
}
