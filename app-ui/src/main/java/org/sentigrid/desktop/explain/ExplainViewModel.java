package org.sentigrid.desktop.explain;

import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.sentigrid.engine.SentimentAnalyzer;

/**
 * The explanation of the selected unit: made in the background with the engine the results came from
 * (explanations do not travel over the grid; one sentence takes microseconds here).
 */
public final class ExplainViewModel {
    private final Executor background;
    private final ReadOnlyObjectWrapper<Explained> explained = new ReadOnlyObjectWrapper<>();
    private long asked;

    public ExplainViewModel(Executor background) {
        this.background = background;
    }

    /** Explains this unit; null text clears the explanation. FX thread. */
    public void explain(String document, long unit, String text, SentimentAnalyzer analyzer) {
        long request = ++asked;
        if (text == null) {
            explained.set(null);
            return;
        }
        background.execute(() -> {
            Explained result = Explained.of(document, unit, text, analyzer.explain(text));
            Platform.runLater(() -> {
                if (request == asked) {
                    explained.set(result);
                }
            });
        });
    }

    /** The selected unit's explanation; null when nothing is selected. */
    public ReadOnlyObjectProperty<Explained> explainedProperty() {
        return explained.getReadOnlyProperty();
    }
}
