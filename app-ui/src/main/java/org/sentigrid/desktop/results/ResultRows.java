package org.sentigrid.desktop.results;

import javafx.collections.ObservableListBase;

/**
 * The results table's items: a list of store indices (filtered and sorted, or all in order) whose rows
 * are made only when a cell asks, so the table stays virtual at a million units. FX thread only.
 */
public final class ResultRows extends ObservableListBase<ResultRow> {
    private final ResultStore store;
    private int[] view = new int[0];
    private int size;

    public ResultRows(ResultStore store) {
        this.store = store;
    }

    @Override
    public ResultRow get(int position) {
        if (position < 0 || position >= size) {
            throw new IndexOutOfBoundsException(position);
        }
        return ResultRow.of(store, view[position]);
    }

    /** The store index shown at this position. */
    public int indexAt(int position) {
        return view[position];
    }

    /** Where the store index is shown; -1 when the filter hides it. Linear: for a click, not a loop. */
    public int positionOf(int index) {
        for (int i = 0; i < size; i++) {
            if (view[i] == index) {
                return i;
            }
        }
        return -1;
    }

    /** The store indices shown, in the order shown. */
    public int[] indices() {
        return java.util.Arrays.copyOf(view, size);
    }

    @Override
    public int size() {
        return size;
    }

    /** Shows these store indices, in this order. */
    public void show(int[] indices) {
        beginChange();
        if (size > 0) {
            nextRemove(0, removed(view, size));
        }
        view = indices;
        size = indices.length;
        if (size > 0) {
            nextAdd(0, size);
        }
        endChange();
    }

    /** The rows that were shown, made only if a listener looks at them. */
    private java.util.List<ResultRow> removed(int[] oldView, int oldSize) {
        return new java.util.AbstractList<>() {
            @Override
            public ResultRow get(int position) {
                return oldView[position] < store.size() ? ResultRow.of(store, oldView[position]) : null;
            }

            @Override
            public int size() {
                return oldSize;
            }
        };
    }

    /** Appends these store indices to the end (new results that the view shows). */
    public void append(int[] indices) {
        if (indices.length == 0) {
            return;
        }
        if (size + indices.length > view.length) {
            view = java.util.Arrays.copyOf(view, Math.max(1024, Math.max(2 * view.length, size + indices.length)));
        }
        int start = size;
        System.arraycopy(indices, 0, view, size, indices.length);
        size += indices.length;
        beginChange();
        nextAdd(start, size);
        endChange();
    }
}
