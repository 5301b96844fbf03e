package org.sentigrid.desktop.results;

/**
 * One row of the results table, made on demand from the {@link ResultStore} when a cell shows it.
 *
 * @param index the unit's place in the store (and on the charts)
 */
public record ResultRow(int index, String document, long unit, String text, double neg, double neu, double pos,
                        double compound, String worker) {
    static ResultRow of(ResultStore store, int index) {
        return new ResultRow(index, store.documentName(store.document(index)), store.unit(index), store.text(index),
                store.neg(index), store.neu(index), store.pos(index), store.compound(index), store.worker(index));
    }
}
