package org.sentigrid.desktop.main;

import javafx.beans.value.ObservableIntegerValue;
import org.sentigrid.desktop.charts.ScoredPoints;
import org.sentigrid.desktop.results.ResultStore;

/** The results as far as the window shows them (its count of units shown): what the charts draw. */
final class ShownPoints implements ScoredPoints {
    private final ResultStore store;
    private final ObservableIntegerValue unitsShown;

    ShownPoints(ResultStore store, ObservableIntegerValue unitsShown) {
        this.store = store;
        this.unitsShown = unitsShown;
    }

    @Override
    public int size() {
        return Math.min(unitsShown.get(), store.size());
    }

    @Override
    public double compound(int index) {
        return store.compound(index);
    }

    @Override
    public int documents() {
        return store.documents();
    }

    @Override
    public String documentName(int document) {
        return store.documentName(document);
    }

    @Override
    public int documentStart(int document) {
        return store.documentStart(document);
    }

    @Override
    public int documentSize(int document) {
        return store.documentSize(document);
    }
}
