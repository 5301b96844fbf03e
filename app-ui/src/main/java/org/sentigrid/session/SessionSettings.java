package org.sentigrid.session;

import java.util.Objects;
import org.sentigrid.api.EngineMode;
import org.sentigrid.text.SplitMode;

/** How the results were made and are shown: engine, split mode, label threshold and the arc's window. */
public record SessionSettings(EngineMode engine, SplitMode split, double threshold, int arcWindow) {
    public SessionSettings {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(split, "split");
    }
}
