package org.sentigrid.desktop.main;

import java.util.EnumSet;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sentigrid.api.SentimentLabel;

/** The results table's filter: which labels it shows and the text its rows contain. FX thread. */
public final class TableFilterViewModel {
    private final ResultsViewModel results;
    private final BooleanProperty showPositive = new SimpleBooleanProperty(true);
    private final BooleanProperty showNeutral = new SimpleBooleanProperty(true);
    private final BooleanProperty showNegative = new SimpleBooleanProperty(true);
    private final StringProperty filterText = new SimpleStringProperty("");

    TableFilterViewModel(ResultsViewModel results) {
        this.results = results;
    }

    /** Applies the label and text filter. */
    public void applyFilter() {
        Set<SentimentLabel> labels = EnumSet.noneOf(SentimentLabel.class);
        if (showPositive.get()) {
            labels.add(SentimentLabel.POSITIVE);
        }
        if (showNeutral.get()) {
            labels.add(SentimentLabel.NEUTRAL);
        }
        if (showNegative.get()) {
            labels.add(SentimentLabel.NEGATIVE);
        }
        results.filter(labels, filterText.get());
    }

    /** Whether the filter hides any row. */
    public boolean isOn() {
        return !filterText.get().isBlank() || !showPositive.get() || !showNeutral.get() || !showNegative.get();
    }

    public BooleanProperty showPositiveProperty() {
        return showPositive;
    }

    public BooleanProperty showNeutralProperty() {
        return showNeutral;
    }

    public BooleanProperty showNegativeProperty() {
        return showNegative;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }
}
